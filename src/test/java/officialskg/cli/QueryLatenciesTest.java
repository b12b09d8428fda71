package officialskg.cli;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.IngestReport;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parameter values {@code kg bench} times the analyst queries with, picked from a real store: the nine composed
 * articles of the pipeline's analyst tests, ingested through {@link KgPipeline} into an in-memory TDB2 dataset.
 */
class QueryLatenciesTest {

    private static TdbStore store;

    @BeforeAll
    static void ingest() throws URISyntaxException {
        KgPipeline pipeline = new KgPipeline(new PipelineSettings("http://localhost:8080/kg/", 1, "0.0.0-test"));
        store = TdbStore.openInMemory(pipeline.iris());
        Path input = Path.of(QueryLatenciesTest.class.getResource("/officialskg/pipeline/analyst-articles.jsonl")
                .toURI());
        IngestReport report = pipeline.ingest().run(List.of(input), InputFormat.JSONL, store, IngestListener.SILENT);
        assertEquals(9, report.stored());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theEventIsOneWithParticipantsNotTheMostMentioned() {
        // the event is picked by its participants in any role (서울 이노베이션 포럼 2024, which 최태원 and 오세훈 attend),
        // so event-participants is timed on an answer with rows, not on the most-mentioned event
        QueryLatencies latencies = new QueryLatencies(store, Path.of("queries"));
        String event = latencies.values().get("event");
        assertEquals("서울 이노베이션 포럼 2024", event, latencies.values().toString());
        QueryLatencies.Latency participants = latencies.measure(1, Duration.ofSeconds(30)).stream()
                .filter(l -> l.query().equals("event-participants")).findFirst().orElseThrow();
        assertNull(participants.skipped());
        assertEquals(Map.of("event", event), participants.params());
        assertTrue(participants.rows() > 0, participants.toString());
    }
}
