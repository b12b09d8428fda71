package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.rdf.ArticleRdf;
import officialskg.rdf.CountingStreamRDF;
import officialskg.resolve.Analysis;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one step that stores an analyzed article, shared by every path that writes articles ({@link Ingest}'s writer,
 * the REST API): decide who the article's people are ({@link PersonIdentities}), replace the article's named graph
 * in the target and count what was written. If any part fails, the identities forget the article, so a later
 * article is not joined to people that were never stored, and the failure propagates with nothing of the article
 * kept. Not thread-safe, like the identities it holds: one writer uses it.
 */
public final class ArticleWriter {

    private final ArticleRdf rdf;
    private final PersonIdentities identities;
    private final ArticleGraphTarget target;

    ArticleWriter(ArticleRdf rdf, PersonIdentities identities, ArticleGraphTarget target) {
        this.rdf = rdf;
        this.identities = identities;
        this.target = target;
    }

    /**
     * Stores {@code analyzed} as {@code article}'s graph.
     *
     * @return the analysis as written (with cross-article person ids) and the number of quads written
     * @throws RuntimeException whatever the identities or the target threw; the article is then not stored
     */
    public Written write(Article article, Analysis analyzed) {
        try {
            // Cross-article identity is decided here, right before the write, so every earlier article counts.
            Analysis analysis = identities.assign(article.id(), analyzed);
            AtomicLong count = new AtomicLong();
            target.replaceArticle(article.id(), sink -> {
                CountingStreamRDF counted = new CountingStreamRDF(sink);
                rdf.write(article, analysis, counted);
                count.set(counted.count());
            });
            return new Written(analysis, count.get());
        } catch (RuntimeException e) {
            identities.forget(article.id());
            throw e;
        }
    }

    /** What {@link #write} stored: the analysis with its people's cross-article ids, and the quads written. */
    public record Written(Analysis analysis, long triples) {
    }
}
