package dev.briefing.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps a copy of an H2 file database as the last completed run left it, so that one damaged night
 * loses nothing: H2's online {@code BACKUP TO}, a consistent zip of the store taken while other
 * processes may use it, written under a temporary name and moved onto {@link H2DatabaseFiles#backup()}.
 */
public class H2DatabaseBackup {

    private final DataSource dataSource;

    private final Optional<H2DatabaseFiles> files;

    public H2DatabaseBackup(DataSource dataSource, String jdbcUrl) {
        this.dataSource = dataSource;
        this.files = H2DatabaseFiles.ofUrl(jdbcUrl);
    }

    /**
     * Backs the database up.
     *
     * @return where the backup is, or empty when the database is not an H2 file
     */
    public Optional<Path> backUp() {
        return files.map(this::backUp);
    }

    private Path backUp(H2DatabaseFiles database) {
        Path part = database.backup().resolveSibling(database.backup().getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            new JdbcTemplate(dataSource).execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
            H2DatabaseFiles.restrict(part);
            return Files.move(part, database.backup(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot back up " + database.store() + " to " + database.backup() + ": "
                    + ex.getMessage(), ex);
        }
    }
}
