package officialskg.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * What one ingest run did.
 *
 * @param read          articles read successfully from the inputs
 * @param stored        articles whose graph was written (new or replaced)
 * @param skipped       the first {@link #KEPT_REASONS} inputs or articles not stored, each with its one-line reason
 *                      naming the file (every reason was printed as it happened; only these are kept)
 * @param skippedCount  all inputs or articles not stored, kept or not
 * @param triples       quads written in this run
 */
public record IngestReport(long read, long stored, List<String> skipped, long skippedCount, long triples) {

    /** Skip reasons a run keeps for its report; later ones are only counted, so memory stays bounded. */
    public static final int KEPT_REASONS = 1_000;

    public IngestReport {
        skipped = List.copyOf(skipped);
        if (skippedCount < skipped.size()) {
            throw new IllegalArgumentException("skippedCount " + skippedCount + " is less than the " + skipped.size()
                    + " reasons kept");
        }
    }

    /** Skips counted but whose reason was not kept. */
    public long skippedNotKept() {
        return skippedCount - skipped.size();
    }

    /** The summary line printed after every ingest; says when reasons beyond the first ones were not kept. */
    public String summary() {
        String line = "articles read: " + read + ", stored: " + stored + ", skipped: " + skippedCount
                + ", triples written: " + triples;
        if (skippedNotKept() > 0) {
            line += String.format(Locale.ROOT, "; skip reasons kept: the first %,d … and %,d more "
                    + "(each was printed as it happened)", skipped.size(), skippedNotKept());
        }
        return line;
    }
}
