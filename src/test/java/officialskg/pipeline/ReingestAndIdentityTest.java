package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-ingest is isomorphic; one name is one IRI in every article; Wikidata people carry their item. */
class ReingestAndIdentityTest {

    static final KgPipeline PIPELINE = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));

    @TempDir
    Path dir;

    private Path write(String name, String jsonLines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, jsonLines, StandardCharsets.UTF_8);
        return file;
    }

    private static void ingest(TdbStore store, Path file) {
        IngestReport report = PIPELINE.ingest().run(List.of(file), InputFormat.JSONL, store, IngestListener.SILENT);
        assertEquals(List.of(), report.skipped());
    }

    private static Graph copyOf(TdbStore store, String articleId) {
        Node name = NodeFactory.createURI(PIPELINE.iris().articleGraph(articleId));
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void ingestingTheSameArticleTwiceGivesAnIsomorphicGraph() throws IOException {
        Path file = write("press.jsonl", """
                {"id":"press","published":"2024-03-04","title":"오세훈 서울시장, 저출생 대책 발표 🚀","text":"오세훈 서울시장이 4일 서울시청에서 기자회견을 열고 저출생 대책을 발표했다. 오 시장은 김현기 서울시의회 의장과 만났다."}
                """);
        try (TdbStore store = TdbStore.openInMemory(PIPELINE.iris())) {
            ingest(store, file);
            Graph first = copyOf(store, "press");
            long triples = store.tripleCount();
            ingest(store, file);
            Graph second = copyOf(store, "press");
            assertTrue(first.size() > 100, "a real graph: " + first.size());
            assertTrue(first.isIsomorphicWith(second));
            assertEquals(triples, store.tripleCount());
        }
    }

    @Test
    void twoArticlesNamingOneMayorShareHisIriAndHisPost() throws IOException {
        Path file = write("two.jsonl", """
                {"id":"one","published":"2024-03-04","text":"오세훈 서울시장이 4일 서울시청에서 기자회견을 열었다."}
                {"id":"two","published":"2024-05-20","text":"서울시는 20일 오세훈 서울시장이 용산구를 찾았다고 밝혔다. 오 시장은 주민들과 만났다."}
                """);
        String mayor = PIPELINE.iris().entityIri("person/오세훈");
        String post = PIPELINE.iris().postIri("org/kostat-11", "시장");
        try (TdbStore store = TdbStore.openInMemory(PIPELINE.iris())) {
            ingest(store, file);
            for (String id : List.of("one", "two")) {
                Graph graph = copyOf(store, id);
                Node person = NodeFactory.createURI(mayor);
                assertTrue(graph.contains(Node.ANY, Node.ANY, person), id + " names " + mayor);
                assertTrue(graph.contains(person, NodeFactory.createURI("http://www.w3.org/ns/org#holds"),
                        NodeFactory.createURI(post)), id + ": 오세훈 holds " + post);
            }
        }
    }

    @Test
    void aWikidataPersonIsTheSameAsTheWikidataItem() throws IOException {
        Path file = write("sim.jsonl", """
                {"id":"sim","published":"2019-04-01","text":"심상정 정의당 대표는 1일 국회에서 기자회견을 열었다."}
                """);
        try (TdbStore store = TdbStore.openInMemory(PIPELINE.iris())) {
            ingest(store, file);
            Graph graph = copyOf(store, "sim");
            Set<String> sameAs = new TreeSet<>();
            Set<String> exact = new TreeSet<>();
            graph.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> sameAs.add(t.getObject().getURI()));
            graph.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(t -> exact.add(t.getObject().getURI()));
            assertTrue(sameAs.contains("http://www.wikidata.org/entity/Q11255427"), sameAs.toString());
            assertEquals(sameAs, exact);
        }
    }
}
