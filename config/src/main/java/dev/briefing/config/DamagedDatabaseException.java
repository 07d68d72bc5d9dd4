package dev.briefing.config;

import java.nio.file.Files;

/**
 * An H2 store found missing or damaged before it was opened, told in one sentence with how to
 * recover: the backup of the last completed run, or what H2's Recover tool can read of the store.
 * The store is left as it was.
 */
public class DamagedDatabaseException extends IllegalStateException {

    public DamagedDatabaseException(H2DatabaseFiles files, String problem) {
        super("Database " + files.store() + " " + problem + "; it was not opened. " + recovery(files));
    }

    private static String recovery(H2DatabaseFiles files) {
        String recover = "H2's Recover tool reads what it holds (see the README's \"When the database is damaged\")";
        if (Files.exists(files.backup())) {
            return "Restore the backup of the last completed run, moving the damaged file aside first: mv "
                    + files.store() + " " + files.store() + ".damaged && unzip " + files.backup() + " -d "
                    + files.store().getParent() + " && rm -f " + files.checksum() + "; or " + recover;
        }
        return "There is no backup (" + files.backup() + "); " + recover;
    }
}
