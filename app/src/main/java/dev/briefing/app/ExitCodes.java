package dev.briefing.app;

/**
 * Exit codes of the command line, for cron, systemd and scripts.
 *
 * <ul>
 *   <li>0: the run completed (or the command did what was asked)</li>
 *   <li>1: the run failed or was stopped: {@code briefing restart} resumes it</li>
 *   <li>2: the command line is wrong (picocli's usage error)</li>
 *   <li>3: the run was refused before it started (bad input or output directory, nothing to restart)</li>
 * </ul>
 */
final class ExitCodes {

    static final int OK = 0;

    static final int FAILED = 1;

    static final int USAGE = 2;

    static final int REFUSED = 3;

    private ExitCodes() {
    }
}
