package officialskg.cli;

/** The exit codes every command keeps to. */
final class ExitCodes {
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 2;

    private ExitCodes() {
    }
}
