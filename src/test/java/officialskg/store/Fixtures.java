package officialskg.store;

import officialskg.article.Article;
import officialskg.rdf.ArticleRdf;
import officialskg.rdf.IriMinter;
import officialskg.rdf.SampleArticles;
import officialskg.resolve.Analysis;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** Fills stores with the composed sample articles through the real mapping. */
final class Fixtures {

    static final IriMinter IRIS = new IriMinter("http://example.org/kg/");
    static final ArticleRdf MAPPING = new ArticleRdf(IRIS, "0.1.0-test");

    private Fixtures() {
    }

    static void ingest(KgStore store, Article article, Analysis analysis) {
        store.replaceArticle(article.id(), sink -> MAPPING.write(article, analysis, sink));
    }

    /** The three sample articles: 2024-01-08 (date-time), 2009-01-20 (date only), 2024-03-20 23:30 (date-time). */
    static TdbStore threeArticles(TdbStore store) {
        ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
        ingest(store, SampleArticles.cabinet(), SampleArticles.cabinetAnalysis());
        ingest(store, SampleArticles.forum(), SampleArticles.forumAnalysis());
        return store;
    }

    /** A copy of every quad, read in a transaction, for comparisons after later writes. */
    static DatasetGraph snapshot(TdbStore store) {
        DatasetGraph graphs = store.datasetGraph();
        return Txn.calculateRead(graphs, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            graphs.find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
