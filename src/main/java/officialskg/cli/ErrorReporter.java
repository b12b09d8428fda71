package officialskg.cli;

import officialskg.store.StoreException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line and an exit code: user errors (and store problems such as a
 * locked or foreign directory, which the user fixes) exit 1; anything else is a bug and exits 2 with its stack
 * trace when {@code KG_DEBUG} is set.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof UserError || ex instanceof StoreException) {
            cmd.getErr().println("kg: " + ex.getMessage());
            return ExitCodes.USER_ERROR;
        }
        cmd.getErr().println("kg: internal error: " + ex);
        if (System.getenv("KG_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("(set KG_DEBUG=1 for the stack trace)");
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
