package officialskg.cli;

import officialskg.rdf.IriMinter;
import officialskg.store.TdbStore;
import officialskg.vocab.Kg;
import officialskg.vocab.Prov;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code kg validate} on a real TDB2 store holding the seed and all 604 Wikinews articles (ingested once for the
 * class: slow, about two minutes), and on a store with a broken graph. The same store shows cross-article identity:
 * the seed and a Wikinews article both name 오세훈, and his posts meet on one IRI.
 */
class ValidateCommandTest {

    static final Path SEED = SharedDataIngestTest.SEED;
    static final Path WIKINEWS = SharedDataIngestTest.WIKINEWS;

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void ingestSeedAndWikinews() {
        assumeTrue(Files.exists(SEED) && Files.exists(WIKINEWS), "../shared is not beside the project");
        store = dir.resolve("store");
        KgRun run = KgRun.of("ingest", SEED.toString(), WIKINEWS.toString(), "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
    }

    @Test
    void theSeedAndEveryWikinewsArticleConformToTheShapes() {
        KgRun run = KgRun.of("validate", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("605 graphs checked, conforms"), run.out());
    }

    @Test
    void postsOfOneNameMeetOnOneIriAcrossArticles() {
        KgRun run = KgRun.of("query", "person-posts", "--param", "person=오세훈", "--format", "tsv",
                "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> rows = run.out().lines().skip(1).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"000_f4471e151cd5cea1\"") && r.contains("\"2024-01-08\"")
                && r.contains("서울시장") && r.contains("\"서울특별시\"")), run.out());
        long articles = rows.stream().map(r -> r.split("\t")[7]).distinct().count();
        assertTrue(articles >= 2, "the seed and a Wikinews article report 오세훈 as mayor: " + run.out());
    }

    @Test
    void aBrokenGraphIsReportedWithExitCodeOne() {
        Path broken = dir.resolve("broken");
        IriMinter iris = new IriMinter();
        try (TdbStore tdb = TdbStore.open(broken, iris)) {
            tdb.replaceArticle("bad", sink -> {
                var tenure = NodeFactory.createURI(iris.tenureIri("bad", "x"));
                sink.triple(Triple.create(tenure, RDF.type.asNode(), Kg.Tenure.asNode()));
                sink.triple(Triple.create(tenure, Prov.wasDerivedFrom.asNode(),
                        NodeFactory.createURI(iris.articleIri("bad"))));
            });
        }
        KgRun run = KgRun.of("validate", "--store", broken.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("violations"), run.out());
        assertTrue(run.out().contains("org#member"), "names the missing holder: " + run.out());
    }

    @Test
    void aMissingStoreIsAUserError() {
        KgRun run = KgRun.of("validate", "--store", dir.resolve("nowhere").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no store at"), run.err());
    }
}
