package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleRead;

import java.util.HashMap;
import java.util.Map;

/**
 * Which read outcomes one ingest run takes, the same for a local ingest and one sent through {@code kg serve}: a
 * failed read is skipped with its reason, another shard's article is passed over, and an id read before in the run
 * is skipped as a duplicate naming where it was first read. Counts what was read and keeps the first skip reasons
 * for the report. One run at a time; not thread-safe.
 */
public final class ArticleAdmission {

    private final Shard shard;
    private final IngestListener listener;
    private final Map<String, String> firstOrigin = new HashMap<>();
    private final SkipReasons skipped = new SkipReasons(IngestReport.KEPT_REASONS);
    private long read;

    public ArticleAdmission(Shard shard, IngestListener listener) {
        this.shard = shard;
        this.listener = listener;
    }

    /** The article to store, or null when the outcome is skipped (reported) or belongs to another shard. */
    public Article admit(ArticleRead outcome) {
        return switch (outcome) {
            case ArticleRead.Failed failed -> {
                skip(failed.message());
                yield null;
            }
            case ArticleRead.Ok ok -> {
                Article article = ok.article();
                if (!shard.owns(article.id())) {
                    listener.otherShard(article.id());
                    yield null;
                }
                read++;
                String earlier = firstOrigin.putIfAbsent(article.id(), article.origin());
                if (earlier != null) {
                    skip(article.origin() + ": duplicate article id " + article.id() + " (first read from "
                            + earlier + ")");
                    yield null;
                }
                yield article;
            }
        };
    }

    /** Counts and reports a skipped input or article. */
    public void skip(String reason) {
        skipped.add(reason);
        listener.skipped(reason);
    }

    /** The report of the run, given what was stored. */
    public IngestReport report(long stored, long triples) {
        return new IngestReport(read, stored, skipped.kept(), skipped.count(), triples);
    }
}
