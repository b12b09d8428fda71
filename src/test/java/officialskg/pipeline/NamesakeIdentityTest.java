package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.rdf.IriMinter;
import officialskg.resolve.Analysis;
import officialskg.resolve.EntityLookup;
import officialskg.resolve.Entity;
import officialskg.store.TdbStore;
import officialskg.vocab.Kg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import officialskg.store.KgStore;
import officialskg.store.PlainFuseki;
import officialskg.store.RemoteSparqlStore;
import officialskg.store.RemoteStoreSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same-name people across articles ({@link officialskg.resolve.NamesakeRule}), ingested into a real on-disk TDB2
 * store: namesakes whose posts conflict get two IRIs, a politician reported in several articles keeps one, and
 * re-ingesting any article gives back its graph.
 */
class NamesakeIdentityTest {

    static final KgPipeline PIPELINE = ReingestAndIdentityTest.PIPELINE;
    static final IriMinter IRIS = PIPELINE.iris();

    /** Two different 김철수 (a Samsung executive, a provincial councillor), then the executive again as 부사장. */
    static final String KIMS = """
            {"id":"samsung-1","published":"2024-03-04","text":"김철수 삼성전자 사장은 4일 서울 서초구 본사에서 열린 신제품 발표회에서 새 반도체 전략을 소개했다."}
            {"id":"council-1","published":"2024-03-05","text":"김철수 경기도의회 의원은 5일 도의회 본회의에서 버스 예산을 늘려야 한다고 말했다."}
            {"id":"samsung-2","published":"2024-03-11","text":"김철수 삼성전자 부사장이 11일 미국 출장길에 올랐다."}
            """;

    /** 오세훈 as 서울시장 twice, then named alone. */
    static final String MAYOR = """
            {"id":"seoul-1","published":"2024-03-12","text":"오세훈 서울시장이 12일 서울시청에서 기자회견을 열었다."}
            {"id":"seoul-2","published":"2024-04-02","text":"오세훈 서울시장은 2일 용산구를 찾아 주민들과 만났다."}
            {"id":"seoul-3","published":"2024-05-07","text":"오세훈은 7일 서울광장에서 열린 행사에 참석했다."}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String jsonLines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, jsonLines, StandardCharsets.UTF_8);
        return file;
    }

    private static void ingest(TdbStore store, Path... files) {
        IngestReport report = PIPELINE.ingest().run(List.of(files), InputFormat.JSONL, store, IngestListener.SILENT);
        assertEquals(List.of(), report.skipped());
    }

    private static Graph copyOf(TdbStore store, String articleId) {
        Node name = NodeFactory.createURI(IRIS.articleGraph(articleId));
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Graph withoutSource(Graph graph) {
        graph.remove(Node.ANY, Kg.sourceFile.asNode(), Node.ANY);
        return graph;
    }

    /** The entity ids of the people named {@code name} in one article graph. */
    private static Set<String> peopleNamed(TdbStore store, String articleId, String name) {
        Set<String> ids = new TreeSet<>();
        copyOf(store, articleId).find(Node.ANY, Kg.nameKey.asNode(), NodeFactory.createLiteralString(name))
                .forEachRemaining(t -> ids.add(IRIS.entityIdOf(t.getSubject().getURI()).orElseThrow()));
        return ids;
    }

    private TdbStore open(String name) {
        return TdbStore.open(dir.resolve(name), IRIS);
    }

    @Test
    void namesakesWithConflictingPostsGetTwoIrisAndTheSameCompanyJoinsTheFirst() throws IOException {
        Path kims = write("kims.jsonl", KIMS);
        try (TdbStore store = open("tdb2")) {
            ingest(store, kims);
            assertEquals(Set.of("person/김철수"), peopleNamed(store, "samsung-1", "김철수"));
            assertEquals(Set.of("person/김철수/경기도의회"), peopleNamed(store, "council-1", "김철수"));
            assertEquals(Set.of("person/김철수"), peopleNamed(store, "samsung-2", "김철수"));
            // the councillor's IRI is a person with its own post, not the executive's
            Graph council = copyOf(store, "council-1");
            Node councillor = NodeFactory.createURI(IRIS.entityIri("person/김철수/경기도의회"));
            assertTrue(council.contains(councillor, NodeFactory.createURI("http://www.w3.org/ns/org#holds"),
                    NodeFactory.createURI(IRIS.postIri("org/경기도의회", "의원"))));
        }
    }

    @Test
    void articlesIngestedOneRunEachGiveTheSameIdsAsOneRun() throws IOException {
        List<String> lines = KIMS.lines().toList();
        try (TdbStore store = open("tdb2")) {
            for (int i = 0; i < lines.size(); i++) {
                ingest(store, write("kim-" + i + ".jsonl", lines.get(i) + "\n"));
            }
            assertEquals(Set.of("person/김철수"), peopleNamed(store, "samsung-1", "김철수"));
            assertEquals(Set.of("person/김철수/경기도의회"), peopleNamed(store, "council-1", "김철수"));
            assertEquals(Set.of("person/김철수"), peopleNamed(store, "samsung-2", "김철수"));
        }
    }

    /**
     * A remote SPARQL store answers the same-name lookup by query (one run per article, so the answer comes from the
     * store and not from the run's memory): the same ids as the embedded store.
     */
    @Test
    void aRemoteStoreTellsTheSameNamesakesApart() throws IOException {
        List<String> lines = KIMS.lines().toList();
        try (PlainFuseki fuseki = PlainFuseki.start(true, null);
             KgStore store = RemoteSparqlStore.open(RemoteStoreSettings.defaults(fuseki.url()), IRIS)) {
            for (int i = 0; i < lines.size(); i++) {
                IngestReport report = PIPELINE.ingest().run(List.of(write("remote-" + i + ".jsonl",
                        lines.get(i) + "\n")), InputFormat.JSONL, store, IngestListener.SILENT);
                assertEquals(List.of(), report.skipped());
            }
            assertEquals(List.of("person/김철수"), personIds(store, "samsung-1"));
            assertEquals(List.of("person/김철수/경기도의회"), personIds(store, "council-1"));
            assertEquals(List.of("person/김철수"), personIds(store, "samsung-2"));
        }
    }

    private static List<String> personIds(KgStore store, String articleId) {
        var result = store.queries().run("SELECT DISTINCT ?p { GRAPH <" + IRIS.articleGraph(articleId) + "> { ?p <"
                + Kg.nameKey.getURI() + "> \"김철수\" } }", java.util.Map.of(), java.time.Duration.ofSeconds(10));
        List<String> ids = new java.util.ArrayList<>();
        for (int row = 0; row < result.size(); row++) {
            ids.add(IRIS.entityIdOf(result.get(row, "p").orElseThrow().getURI()).orElseThrow());
        }
        return ids;
    }

    @Test
    void aMayorReportedAgainAndNamedAloneIsOnePerson() throws IOException {
        Path mayor = write("mayor.jsonl", MAYOR);
        try (TdbStore store = open("tdb2")) {
            ingest(store, mayor);
            for (String id : List.of("seoul-1", "seoul-2", "seoul-3")) {
                assertEquals(Set.of("person/오세훈"), peopleNamed(store, id, "오세훈"), id);
            }
        }
    }

    @Test
    void reingestingEachArticleGivesAnIsomorphicGraph() throws IOException {
        Path kims = write("kims.jsonl", KIMS);
        Path mayor = write("mayor.jsonl", MAYOR);
        List<String> ids = List.of("samsung-1", "council-1", "samsung-2", "seoul-1", "seoul-2", "seoul-3");
        try (TdbStore store = open("tdb2")) {
            ingest(store, kims, mayor);
            // an article re-ingested from another file differs by its kg:sourceFile only, which is left out here
            List<Graph> before = ids.stream().map(id -> withoutSource(copyOf(store, id))).toList();
            for (int i = 0; i < ids.size(); i++) {
                String line = (KIMS + MAYOR).lines().toList().get(i);
                ingest(store, write("again-" + i + ".jsonl", line + "\n"));
                for (int j = 0; j < ids.size(); j++) {
                    assertTrue(before.get(j).isIsomorphicWith(withoutSource(copyOf(store, ids.get(j)))),
                            "after re-ingesting " + ids.get(i) + ", " + ids.get(j) + " is unchanged");
                }
            }
            // the whole input again, in the reverse order: still the same ids
            ingest(store, mayor, kims);
            for (int j = 0; j < ids.size(); j++) {
                assertTrue(before.get(j).isIsomorphicWith(withoutSource(copyOf(store, ids.get(j)))), ids.get(j));
            }
        }
    }

    @Test
    void articlesDecidedEarlierInARunCountBeforeTheStoreIsWritten() {
        // Nothing is written: the run-local memory alone tells the councillor from the executive.
        PersonIdentities identities = new PersonIdentities(PIPELINE.namesakes(), EntityLookup.NONE);
        List<String> lines = KIMS.lines().toList();
        String[] texts = lines.stream().map(l -> l.replaceAll(".*\"text\":\"(.*)\"}", "$1")).toArray(String[]::new);
        List<String> got = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Analysis analysis = PIPELINE.analyzer().analyze(texts[i], Optional.empty());
            Analysis assigned = identities.assign("article-" + i, analysis);
            got.add(assigned.entities().stream().filter(e -> e.label().equals("김철수")).map(Entity::id)
                    .findFirst().orElseThrow());
        }
        assertEquals(List.of("person/김철수", "person/김철수/경기도의회", "person/김철수"), got);
        // without a store or memory (kg extract), each article is judged alone: all bare
        Analysis alone = PIPELINE.namesakes().assign("x", PIPELINE.analyzer().analyze(texts[1], Optional.empty()),
                EntityLookup.NONE).analysis();
        assertNotEquals(got.get(1), alone.entities().stream().filter(e -> e.label().equals("김철수"))
                .map(Entity::id).findFirst().orElseThrow());
    }
}
