package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.store.TdbStore;
import officialskg.vocab.Kg;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one write step ({@link ArticleWriter}) that {@code kg ingest} and {@code POST /api/articles} share, over a real
 * on-disk TDB2 store: a write that fails inside the store's transaction leaves neither quads nor identities behind.
 */
class ArticleWriterTest {

    static final KgPipeline PIPELINE = ReingestAndIdentityTest.PIPELINE;

    /** Two different 김철수: had the executive been stored, the councillor would be told apart from him. */
    static final String EXECUTIVE = "{\"id\":\"samsung-1\",\"published\":\"2024-03-04\",\"text\":\"김철수 삼성전자 사장은 "
            + "4일 서울 서초구 본사에서 열린 신제품 발표회에서 새 반도체 전략을 소개했다.\"}";
    static final String COUNCILLOR = "{\"id\":\"council-1\",\"published\":\"2024-03-05\",\"text\":\"김철수 경기도의회 "
            + "의원은 5일 도의회 본회의에서 버스 예산을 늘려야 한다고 말했다.\"}";

    @TempDir
    Path dir;

    private static Article article(String jsonLine) {
        List<ArticleRead> reads = new ArrayList<>();
        PIPELINE.inputs().read("test.jsonl", new ByteArrayInputStream(jsonLine.getBytes(StandardCharsets.UTF_8)),
                InputFormat.JSONL, reads::add);
        return ((ArticleRead.Ok) reads.getFirst()).article();
    }

    private static Set<String> peopleNamed(TdbStore store, String articleId, String name) {
        Node graph = NodeFactory.createURI(PIPELINE.iris().articleGraph(articleId));
        Set<String> ids = new TreeSet<>();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find(graph, Node.ANY, Kg.nameKey.asNode(),
                        NodeFactory.createLiteralString(name))
                .forEachRemaining(q -> ids.add(PIPELINE.iris().entityIdOf(q.getSubject().getURI()).orElseThrow())));
        return ids;
    }

    @Test
    void aFailedWriteLeavesNoQuadsAndItsPeopleAreForgotten() {
        try (TdbStore store = TdbStore.open(dir.resolve("tdb2"), PIPELINE.iris())) {
            // The store's own transaction fails after the whole graph was handed to it (as a full disk would).
            ArticleGraphTarget failsForTheExecutive = (id, writer) -> store.replaceArticle(id, sink -> {
                writer.accept(sink);
                if (id.equals("samsung-1")) {
                    throw new IllegalStateException("no space left on device");
                }
            });
            ArticleWriter writer = new ArticleWriter(PIPELINE.rdf(),
                    new PersonIdentities(PIPELINE.namesakes(), store.personLookup()), failsForTheExecutive);
            Article executive = article(EXECUTIVE);
            var e = assertThrows(IllegalStateException.class,
                    () -> writer.write(executive, PIPELINE.analyzer().analyze(executive)));
            assertEquals("no space left on device", e.getMessage());
            assertFalse(store.articleIds().contains("samsung-1"), "nothing of the failed article is kept");

            Article councillor = article(COUNCILLOR);
            ArticleWriter.Written written = writer.write(councillor, PIPELINE.analyzer().analyze(councillor));
            assertTrue(written.triples() > 0);
            // Had the writer remembered the executive, the councillor would be person/김철수/경기도의회.
            assertEquals(Set.of("person/김철수"), peopleNamed(store, "council-1", "김철수"),
                    "the only stored 김철수 takes the plain name");
        }
    }
}
