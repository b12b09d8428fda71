package officialskg.pipeline;

/** Hears about each input as ingest goes, e.g. to move a progress bar. Called from the writing thread only. */
public interface IngestListener {

    void stored(String articleId);

    void skipped(String reason);

    IngestListener SILENT = new IngestListener() {
        @Override
        public void stored(String articleId) {
        }

        @Override
        public void skipped(String reason) {
        }
    };
}
