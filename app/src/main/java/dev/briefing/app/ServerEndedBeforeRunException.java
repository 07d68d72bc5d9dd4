package dev.briefing.app;

/**
 * The process that served the shared H2 database file ended while this command was starting, before
 * its run had recorded anything: its connections died with that process (H2's automatic mixed mode),
 * and the command can be started again, this time opening the file itself or through the process that
 * serves it now.
 */
class ServerEndedBeforeRunException extends RuntimeException {

    ServerEndedBeforeRunException(RuntimeException cause) {
        super("The process serving the database ended before this run started: " + OneLineErrorHandler.rootMessage(cause),
                cause);
    }

    /** The failure as this exception where it is the server's end, otherwise the failure itself. */
    static RuntimeException orItself(RuntimeException ex) {
        return H2Failures.serverGone(ex) != null ? new ServerEndedBeforeRunException(ex) : ex;
    }
}
