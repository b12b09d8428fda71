package officialskg.store;

import officialskg.resolve.EntityLookup;
import org.apache.jena.riot.system.StreamRDF;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A knowledge-graph store: one named graph per article, queried as the union of all graphs. Which one a
 * {@code --store} value names is decided by {@link StoreLocation}.
 * Implementations are safe to share between threads (each operation runs in its own transaction).
 */
public interface KgStore extends AutoCloseable {

    /**
     * Replaces an article's named graph atomically — one write transaction ({@link TdbStore}), one Graph Store
     * Protocol {@code PUT} ({@link RemoteSparqlStore}): its old quads go, and {@code writer} is called with a sink for
     * the new ones (typically {@code sink -> articleRdf.write(article, analysis, sink)}). Triples sent to the sink land
     * in the article's graph; quads for any other graph are refused. If the writer throws, nothing changes, the
     * previous graph stays as it was and the exception propagates.
     */
    void replaceArticle(String articleId, Consumer<StreamRDF> writer);

    /** Deletes an article's graph; false when there was none. */
    boolean deleteArticle(String articleId);

    /** Number of article graphs. */
    long articleCount();

    /** Number of distinct triples in the union of all graphs (the ontology graph included). */
    long tripleCount();

    /** Ids of the stored articles, sorted. */
    Set<String> articleIds();

    QueryRunner queries();

    /**
     * The stored people by name, for cross-article identity ({@link officialskg.resolve.NamesakeRule}). A store that
     * cannot answer gives {@link EntityLookup#NONE}: then each article's people are judged on that article alone.
     */
    default EntityLookup personLookup() {
        return EntityLookup.NONE;
    }

    Exporter exporter();

    @Override
    void close();
}
