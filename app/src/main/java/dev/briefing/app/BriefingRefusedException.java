package dev.briefing.app;

/** A command that cannot be carried out, with the one sentence that tells the user why. */
class BriefingRefusedException extends RuntimeException {

    BriefingRefusedException(String message) {
        super(message);
    }

    BriefingRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
