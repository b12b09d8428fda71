package officialskg.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress lines written when stderr is not a terminal, on a fake clock. */
class ProgressLinesTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter out = new StringWriter();
    private final ProgressLines lines = new ProgressLines(new PrintWriter(out), "ingest", "articles",
            Duration.ofSeconds(5), now::get);

    private void advance(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void oneLineEveryFiveSecondsWithCountRateAndEta() {
        lines.total(1000);
        for (int i = 0; i < 99; i++) {
            lines.step();
        }
        advance(4);
        lines.step();
        assertEquals("", out.toString(), "nothing before five seconds");
        advance(1);
        lines.tick();
        assertEquals("ingest: 100 of 1,000 articles (10.0%), 20.0 articles/s, elapsed 0:00:05, ETA 0:00:45\n",
                out.toString());
        lines.tick();
        advance(3);
        lines.step();
        assertEquals(1, out.toString().lines().count(), "the next line waits five seconds after the last one");
        advance(2);
        lines.tick();
        assertEquals("ingest: 101 of 1,000 articles (10.1%), 10.1 articles/s, elapsed 0:00:10, ETA 0:01:29",
                out.toString().lines().toList().get(1));
    }

    @Test
    void withoutATotalCountRateAndElapsedTimeOnly() {
        for (int i = 0; i < 12_345; i++) {
            lines.step();
        }
        advance(3700);
        lines.tick();
        String line = out.toString().strip();
        assertEquals("ingest: 12,345 articles, 3.3 articles/s, elapsed 1:01:40", line);
        assertTrue(!line.contains("ETA"));
    }

    @Test
    void anEtaNeedsARate() {
        lines.total(10);
        advance(5);
        lines.tick();
        assertEquals("ingest: 0 of 10 articles (0.0%), 0.0 articles/s, elapsed 0:00:05\n", out.toString());
    }
}
