package officialskg.pipeline;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param read     articles read successfully from the inputs
 * @param stored   articles whose graph was written (new or replaced)
 * @param skipped  inputs or articles not stored, each with its one-line reason naming the file
 * @param triples  quads written in this run
 */
public record IngestReport(long read, long stored, List<String> skipped, long triples) {

    public IngestReport {
        skipped = List.copyOf(skipped);
    }

    /** The summary line printed after every ingest. */
    public String summary() {
        return "articles read: " + read + ", stored: " + stored + ", skipped: " + skipped.size()
                + ", triples written: " + triples;
    }
}
