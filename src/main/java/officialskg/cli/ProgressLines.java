package officialskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress for output that is not a terminal (nohup, a log file, CI): a bar would write a carriage-return frame many
 * times a second, so instead one line at most every {@code every}, with the count, the total once known, the rate,
 * the time elapsed and the time left. Thread-safe: counted by the writing thread, reported by a ticker as well.
 */
final class ProgressLines {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintWriter out;
    private final String task;
    private final String unit;
    private final long everyNanos;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long lastReportNanos;
    private long count;
    private long total = -1;

    /** @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; tests pass a fake one) */
    ProgressLines(PrintWriter out, String task, String unit, Duration every, LongSupplier nanoClock) {
        this.out = out;
        this.task = task;
        this.unit = unit;
        this.everyNanos = every.toNanos();
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastReportNanos = startNanos;
    }

    synchronized void step() {
        count++;
        tick();
    }

    synchronized void total(long n) {
        total = n;
    }

    /** Prints a line when the last one (or the start) is at least {@code every} ago. */
    synchronized void tick() {
        long now = nanoClock.getAsLong();
        if (now - lastReportNanos >= everyNanos) {
            lastReportNanos = now;
            out.println(line(now));
            out.flush();
        }
    }

    /**
     * {@code ingest: 1,200 of 5,000 articles (24.0%), 40.0 articles/s, elapsed 0:00:30, ETA 0:01:35}; without a
     * total, count, rate and elapsed time only.
     */
    synchronized String line(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - startNanos);
        double rate = elapsed == 0 ? 0 : count / (elapsed / 1e9);
        StringBuilder line = new StringBuilder(task).append(": ").append(String.format(Locale.ROOT, "%,d", count));
        if (total >= 0) {
            line.append(String.format(Locale.ROOT, " of %,d", total));
        }
        line.append(' ').append(unit);
        if (total > 0) {
            line.append(String.format(Locale.ROOT, " (%.1f%%)", Math.min(100.0, 100.0 * count / total)));
        }
        line.append(String.format(Locale.ROOT, ", %.1f %s/s, elapsed %s", rate, unit, clock(elapsed)));
        eta(rate).ifPresent(seconds -> line.append(", ETA ").append(clock(TimeUnit.SECONDS.toNanos(seconds))));
        return line.toString();
    }

    private OptionalLong eta(double rate) {
        if (total < 0 || rate <= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(Math.max(0, total - count) / rate));
    }

    /** {@code H:MM:SS}, as the terminal bar shows time. */
    static String clock(long nanos) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
