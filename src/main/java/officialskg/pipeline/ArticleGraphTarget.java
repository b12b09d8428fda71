package officialskg.pipeline;

import org.apache.jena.riot.system.StreamRDF;

import java.util.function.Consumer;

/**
 * Where ingest writes each article's graph: a store ({@link officialskg.store.KgStore#replaceArticle}, one
 * transaction per article) or a bulk load's staging file ({@link officialskg.store.BulkLoad#writeArticle}). Either
 * way the writer is called once with a sink for that article's graph only; if it throws, nothing of the article
 * is kept and the exception propagates.
 */
@FunctionalInterface
public interface ArticleGraphTarget {

    void replaceArticle(String articleId, Consumer<StreamRDF> writer);
}
