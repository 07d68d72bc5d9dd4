package dev.briefing.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

import org.h2.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of an H2 file database, generated when the database is created and kept in an
 * owner-only file beside it ({@link H2DatabaseFiles#credentials()}). Every process of the same user
 * reads it there; no other user can, so none can connect to the automatic mixed mode server whose
 * port and key the lock file holds (and then run code in the serving process with
 * {@code CREATE ALIAS}).
 *
 * <p>A database created by an earlier version, with H2's empty password and no credentials file,
 * gets a password the first time its owner opens it: the file is written first (so two processes
 * opening it at once agree on one password), then set with {@code ALTER USER}.
 */
public final class H2Credentials {

    private static final Logger log = LoggerFactory.getLogger(H2Credentials.class);

    private static final String PASSWORD = "password";

    private static final int PASSWORD_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private H2Credentials() {
    }

    /**
     * The database's password: read from its credentials file, or generated for a new database, or
     * set on a database that had none.
     *
     * @param url  the JDBC URL the database is opened with
     * @param user the user it is opened as
     */
    static String password(H2DatabaseFiles files, String url, String user) {
        try {
            if (Files.exists(files.credentials())) {
                return read(files);
            }
            if (!files.exists()) {
                String password = create(files);
                H2DatabaseFiles.createOwnerOnly(files.store());
                return password;
            }
            return migrate(files, url, user);
        }
        catch (FileAlreadyExistsException ex) {
            return read(files);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot keep the database password in " + files.credentials() + ": "
                    + ex.getMessage(), ex);
        }
    }

    /** Sets a password on a database created without one, once its credentials file is written. */
    private static String migrate(H2DatabaseFiles files, String url, String user) throws IOException {
        String password = create(files);
        Properties owner = new Properties();
        owner.setProperty("user", user);
        owner.setProperty("password", "");
        try (Connection connection = new Driver().connect(url, owner);
                PreparedStatement alter = connection.prepareStatement("ALTER USER \"" + user.toUpperCase()
                        + "\" SET PASSWORD ?")) {
            alter.setString(1, password);
            alter.execute();
            log.info("Database {} had no password: set one, kept in {}", files.store(), files.credentials());
            H2DatabaseFiles.restrict(files.store());
            return password;
        }
        catch (SQLException ex) {
            Files.deleteIfExists(files.credentials());
            throw new IllegalStateException("Database " + files.store() + " has a password but no credentials file "
                    + "beside it: give it with --spring.datasource.password=... (" + ex.getMessage() + ")", ex);
        }
    }

    /**
     * Writes a new password into the credentials file, complete before it appears under its name (a
     * hard link, which fails if the file exists): of two processes creating the database at once, one
     * writes it and the other reads it.
     *
     * @throws FileAlreadyExistsException when another process wrote it first
     */
    private static String create(H2DatabaseFiles files) throws IOException {
        files.createDirectory();
        Path part = files.credentials().resolveSibling(files.credentials().getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(part);
        H2DatabaseFiles.createOwnerOnly(part);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        Properties credentials = new Properties();
        credentials.setProperty(PASSWORD, password);
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            credentials.store(out, "The password of the H2 database " + files.store() + "; keep it owner-only (0600)");
        }
        try {
            Files.createLink(files.credentials(), part);
        }
        finally {
            Files.delete(part);
        }
        return password;
    }

    /** The password kept in the database's credentials file. */
    public static String read(H2DatabaseFiles files) {
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(files.credentials(), StandardCharsets.UTF_8)) {
            credentials.load(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the database password from " + files.credentials() + ": "
                    + ex.getMessage(), ex);
        }
        String password = credentials.getProperty(PASSWORD);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(files.credentials() + " holds no password");
        }
        return password;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
