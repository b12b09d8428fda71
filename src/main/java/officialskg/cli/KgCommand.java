package officialskg.cli;

import picocli.CommandLine;

import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command. Exit codes: 0 success, 1 user error (bad input, bad arguments — one line naming the file
 * and the reason), 2 internal error.
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = KgVersion.class,
        description = "Officials KG: Korean news articles to an RDF knowledge graph of officials, posts, "
                + "organizations, events, places and dates.",
        subcommands = {DemoCommand.class, IngestCommand.class, ServeCommand.class, ExtractCommand.class,
                QueryCommand.class, ExportCommand.class, ValidateCommand.class, StatsCommand.class, CompactCommand.class,
                EvalCommand.class, TrainCommand.class, GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class KgCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Binary standard output for result data (RDF, query results); text messages go through picocli's writers. */
    private PrintStream stdout = System.out;

    /** Held so the setting sticks: JUL keeps loggers weakly. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Lucene reports at start-up which vector code it uses; that is noise on a command line.
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line on the given streams and returns the exit code (tests call this). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        KgCommand root = new KgCommand();
        root.stdout = out;
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("kg: " + ex.getMessage());
            ex.getCommandLine().getErr().println("(see: kg " + ex.getCommandLine().getCommandName() + " --help)");
            return ExitCodes.USER_ERROR;
        });
        cli.setExecutionExceptionHandler(new ErrorReporter());
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }

    /** Standard output as bytes, never closed by the commands that write to it. */
    OutputStream stdout() {
        return new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
