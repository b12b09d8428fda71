package officialskg.pipeline;

/** Hears about each input as ingest goes, e.g. to move a progress bar. Called from the writing thread only. */
public interface IngestListener {

    void stored(String articleId);

    void skipped(String reason);

    /** An article read but left to another worker ({@link Ingest#onShard}); not analyzed, not stored. */
    default void otherShard(String articleId) {
    }

    IngestListener SILENT = new IngestListener() {
        @Override
        public void stored(String articleId) {
        }

        @Override
        public void skipped(String reason) {
        }
    };
}
