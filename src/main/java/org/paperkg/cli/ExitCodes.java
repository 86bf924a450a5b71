package org.paperkg.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    /** Problems under --strict, a failed validation, or a run that could not finish. */
    static final int FAILED = 1;
    /** Wrong command line. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
