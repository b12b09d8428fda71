package officialskg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.IngestReport;
import officialskg.pipeline.KgPipeline;
import officialskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read article files and store each as one named graph (re-ingesting replaces it).",
                "Formats: scraped page text (.txt), HTML (.html), JSON Lines (.jsonl); directories are read "
                        + "recursively. Exit 1 when any input was skipped (each reason is printed), after storing "
                        + "the rest."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Option(names = "--in", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto|text|html|jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        InputFormat inputFormat = Formats.input(format);
        KgPipeline pipeline = storeOptions.pipeline(threads);
        PrintWriter err = spec.commandLine().getErr();
        IngestReport report;
        try (KgStore store = pipeline.openStore(storeOptions.location());
             Progress progress = new Progress(err)) {
            report = pipeline.ingest().run(paths, inputFormat, store, progress);
        }
        spec.commandLine().getOut().println(report.summary() + " (store: " + storeOptions.store + ")");
        return report.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }

    /** Skipped inputs are printed as they happen; a progress bar runs only when stderr is a terminal. */
    static final class Progress implements IngestListener, AutoCloseable {
        private final PrintWriter err;
        private final ProgressBar bar;

        Progress(PrintWriter err) {
            this.err = err;
            this.bar = System.console() != null && System.getenv("CI") == null
                    ? new ProgressBarBuilder().setTaskName("ingest").setUnit(" articles", 1).setInitialMax(-1)
                            .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()
                    : null;
        }

        @Override
        public void stored(String articleId) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void skipped(String reason) {
            err.println("skipped: " + reason);
            err.flush();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
