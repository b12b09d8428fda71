package officialskg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import officialskg.article.ArticleInputs;
import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of an ingest on stderr. On a terminal a bar; elsewhere (nohup, a log file, CI) a {@link ProgressLines}
 * line every few seconds. The total (articles the inputs hold, {@link ArticleInputs#count}) is counted on a
 * background thread, so the run starts at once and the bar gets its total when the count is done. Every article
 * read counts: stored, skipped or left to another shard. Skipped inputs are printed as they happen.
 */
final class IngestProgress implements IngestListener, AutoCloseable {

    private final PrintWriter err;
    private final ProgressBar bar;
    private final ProgressLines lines;
    private final ScheduledExecutorService background;
    long otherShards;

    IngestProgress(PrintWriter err, List<Path> inputs, InputFormat format) {
        this(err, inputs, format, isTerminal());
    }

    IngestProgress(PrintWriter err, List<Path> inputs, InputFormat format, boolean terminal) {
        this.err = err;
        this.bar = terminal
                ? new ProgressBarBuilder().setTaskName("ingest").setUnit(" articles", 1).setInitialMax(-1)
                        .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()
                : null;
        this.lines = terminal ? null
                : new ProgressLines(err, "ingest", "articles", ProgressLines.EVERY, System::nanoTime);
        this.background = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "kg-progress");
            t.setDaemon(true);
            return t;
        });
        background.execute(() -> {
            ArticleInputs reader = new ArticleInputs();
            long total = inputs.stream().mapToLong(path -> reader.count(path, format)).sum();
            if (bar != null) {
                bar.maxHint(total);
            } else {
                lines.total(total);
            }
        });
        if (lines != null) {
            // A line is due even while one long article holds the writer up.
            background.scheduleAtFixedRate(lines::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    /**
     * Whether stdin and stdout are a terminal ({@code System.console()}; since JDK 22 a console exists for
     * redirected streams too, and only its {@code isTerminal()} tells, looked up reflectively to compile for 21).
     */
    static boolean isTerminal() {
        var console = System.console();
        if (console == null || System.getenv("CI") != null) {
            return false;
        }
        try {
            return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    private void step() {
        if (bar != null) {
            bar.step();
        } else {
            lines.step();
        }
    }

    @Override
    public void stored(String articleId) {
        step();
    }

    @Override
    public void otherShard(String articleId) {
        otherShards++;
        step();
    }

    @Override
    public void skipped(String reason) {
        err.println("skipped: " + reason);
        err.flush();
        step();
    }

    @Override
    public void close() {
        background.shutdownNow();
        if (bar != null) {
            bar.close();
        }
    }
}
