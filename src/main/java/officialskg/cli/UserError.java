package officialskg.cli;

/** A failure the user can fix (bad path, bad parameter, bad input): reported in one line, exit code 1. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
