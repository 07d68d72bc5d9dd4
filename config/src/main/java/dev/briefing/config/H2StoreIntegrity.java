package dev.briefing.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises an H2 store damaged while no process had it open, before H2 opens it: a truncated file
 * opened as an older version of itself (the last completed run reported as left running, every
 * article briefed again as new), a file with overwritten bytes failed deep in a query, and H2 then
 * rewrote what was left.
 *
 * <p>The process that closes the store last (the one serving it) records its length and CRC-32C
 * beside it ({@link H2DatabaseFiles#checksum()}); the next process to open it first compares them,
 * only reading, and refuses a store that changed. The record is removed as the store is opened, since
 * H2 changes the file from then on: a store left by a killed process has none, and H2's own recovery
 * (back to its last committed state) applies to it.
 */
final class H2StoreIntegrity {

    private static final Logger log = LoggerFactory.getLogger(H2StoreIntegrity.class);

    private static final int BUFFER = 1 << 16;

    private H2StoreIntegrity() {
    }

    /** A store's length and checksum. */
    record Seal(long length, long crc) {

        static Seal of(Path store) throws IOException {
            CRC32C crc = new CRC32C();
            long length = 0;
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = Files.newInputStream(store)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    crc.update(buffer, 0, read);
                    length += read;
                }
            }
            return new Seal(length, crc.getValue());
        }

        static Seal parse(String text) {
            String[] fields = text.strip().split("\\s+");
            return new Seal(Long.parseLong(fields[0]), Long.parseLong(fields[1], 16));
        }

        String format() {
            return length + " " + Long.toHexString(crc) + "\n";
        }
    }

    /**
     * Checks the store before it is opened, and removes its seal.
     *
     * @throws DamagedDatabaseException when the store is missing or changed since it was sealed
     */
    static void verifyBeforeOpening(H2DatabaseFiles files) {
        try {
            if (!files.exists()) {
                if (Files.exists(files.checksum())) {
                    throw new DamagedDatabaseException(files, "is missing, though it was closed there");
                }
                return;
            }
            if (Files.exists(files.checksum()) && !Files.exists(files.lock())) {
                Seal sealed = Seal.parse(Files.readString(files.checksum(), StandardCharsets.US_ASCII));
                Seal found = Seal.of(files.store());
                if (found.length() != sealed.length()) {
                    throw new DamagedDatabaseException(files, "is damaged: it is %,d bytes, it was %,d when it was "
                            .formatted(found.length(), sealed.length()) + "last closed");
                }
                if (found.crc() != sealed.crc()) {
                    throw new DamagedDatabaseException(files, "is damaged: its bytes changed since Briefing last closed it (if that was H2's own tools, remove "
                            + files.checksum() + ")");
                }
            }
            Files.deleteIfExists(files.checksum());
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof DamagedDatabaseException damaged) {
                throw damaged;
            }
            throw new DamagedDatabaseException(files, "cannot be checked (" + ex.getMessage() + ")");
        }
    }

    /**
     * Records the closed store's length and checksum, unless another process has opened it since.
     * A seal that cannot be written (a full disk) is logged and left out: the store is then opened
     * unchecked next time, as one left by a killed process is, rather than failing a second time a
     * command whose failure has been told.
     *
     * @return whether the store was sealed
     */
    static boolean seal(H2DatabaseFiles files) {
        if (!files.exists() || Files.exists(files.lock())) {
            return false;
        }
        Path part = files.checksum().resolveSibling(files.checksum().getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            H2DatabaseFiles.createOwnerOnly(part);
            Files.writeString(part, Seal.of(files.store()).format(), StandardCharsets.US_ASCII);
            Files.move(part, files.checksum(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        catch (IOException ex) {
            log.warn("Cannot record the checksum of {} ({}): it will be opened unchecked", files.store(), ex.getMessage());
            deleteQuietly(part);
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ex) {
            log.debug("Cannot remove {}", file, ex);
        }
    }
}
