package dev.briefing.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The files of an H2 file database and what Briefing keeps beside them: {@code NAME.mv.db} (H2's
 * store), {@code NAME.lock.db} (held while a process has it open, with the address of its automatic
 * mixed mode server), {@code NAME.credentials} (the generated password), {@code NAME.mv.db.crc} (the
 * store's length and checksum when it was last closed) and {@code NAME.backup.zip} (the database as
 * the last completed run left it).
 *
 * <p>Whatever Briefing creates here is the owner's only: directories 0700, files 0600, so that no
 * other user of the host reads job state or the password.
 *
 * @param db the database path as H2's URL names it, without {@code .mv.db}
 */
public record H2DatabaseFiles(Path db) {

    private static final String FILE_URL = "jdbc:h2:file:";

    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    public H2DatabaseFiles {
        db = Objects.requireNonNull(db, "db").toAbsolutePath().normalize();
    }

    /** The files of the database an H2 file URL names, or empty for any other database. */
    public static Optional<H2DatabaseFiles> ofUrl(String jdbcUrl) {
        if (!jdbcUrl.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(FILE_URL.length());
        int options = path.indexOf(';');
        return Optional.of(new H2DatabaseFiles(Path.of(options < 0 ? path : path.substring(0, options))));
    }

    public Path store() {
        return sibling(".mv.db");
    }

    public Path lock() {
        return sibling(".lock.db");
    }

    public Path credentials() {
        return sibling(".credentials");
    }

    public Path checksum() {
        return sibling(".mv.db.crc");
    }

    public Path backup() {
        return sibling(".backup.zip");
    }

    /** Whether the database has been created. */
    public boolean exists() {
        return Files.exists(store());
    }

    /** Creates the directories of the database that are missing, owner-only. */
    public void createDirectory() {
        try {
            Files.createDirectories(db.getParent(), ownerOnly(OWNER_ONLY_DIRECTORY));
        }
        catch (FileAlreadyExistsException ex) {
            throw new UncheckedIOException("Cannot create the database directory " + db.getParent()
                    + ": a file of that name is in the way", ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the database directory " + db.getParent() + ": "
                    + ex.getMessage(), ex);
        }
    }

    /** Creates an empty file that only the owner may read and write; H2 keeps the mode as it writes. */
    static void createOwnerOnly(Path file) throws IOException {
        Files.createFile(file, ownerOnly(OWNER_ONLY_FILE));
    }

    /** Makes an existing file the owner's only. */
    public static void restrict(Path file) throws IOException {
        if (Files.exists(file) && supportsPosix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return supportsPosix(Path.of("/")) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private Path sibling(String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }
}
