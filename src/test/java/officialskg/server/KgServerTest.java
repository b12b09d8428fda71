package officialskg.server;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.IngestReport;
import officialskg.server.boot.KgServer;
import officialskg.store.TdbStore;
import officialskg.vocab.Kg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The served store over HTTP: Linked Data, search, SPARQL with its guard and timeout, the REST API. */
class KgServerTest {

    static KgServer server;
    static String app;
    static String fuseki;

    @BeforeAll
    static void start() {
        server = ServedStore.server();
        app = server.appUrl();
        fuseki = server.fusekiUrl();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void entityPageDereferencesFromPercentEncodedKorean() {
        HttpResponse<String> page = ServedStore.get(app + "kg/entity/person/" + enc("오세훈"), "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<h1>오세훈</h1>"), page.body());
        assertTrue(page.body().contains("id=\"network\""), "a person page has a network view");
        assertTrue(page.body().contains("<h2>Posts</h2>"), "오세훈 holds a post in the fixture");
        assertTrue(page.body().contains("/webjars/cytoscape/"));
        String posts = page.body().substring(page.body().indexOf("<h2>Posts</h2>"));
        posts = posts.substring(0, posts.indexOf("</table>"));
        assertTrue(posts.contains("서울특별시"), "the post's organization comes from its tenure: " + posts);
        // the fixture is the seed article, or without ../shared a composed one (ServedStore.COMPOSED)
        boolean seed = java.nio.file.Files.exists(ServedStore.SEED);
        assertTrue(page.body().contains(seed ? "서울시 신년인사회" : "대한상공회의소 신년인사회"),
                "the event he attended is on his page");
        assertTrue(seed ? page.body().contains("국기에 경례하고 있다") || page.body().contains("출장길에 오른다")
                : page.body().contains("최태원 대한상공회의소 회장과 만나"), "facts come with their evidence sentences");
        assertFalse(page.body().contains("https://schema.org/attendee\">"), "statement predicates are not neighbours");
    }

    @Test
    void anEventPageShowsWhenWhereAndWhoByRole() {
        boolean seed = java.nio.file.Files.exists(ServedStore.SEED);
        String event = seed ? "CES2024" : "대한상공회의소신년인사회";
        HttpResponse<String> page = ServedStore.get(app + "kg/entity/event/" + enc(event), "text/html");
        assertEquals(200, page.statusCode(), page.body());
        String section = page.body().substring(page.body().indexOf("<h2>Event</h2>"));
        section = section.substring(0, section.indexOf("</table>"));
        assertTrue(section.contains("<dt>Where</dt>"), section);
        assertTrue(section.contains("<tr><td>attended</td><td><a href=\"/kg/entity/person/"), section);
        assertTrue(section.contains(">오세훈</a>"), section);
        if (seed) {
            assertTrue(section.contains(">라스베이거스</a>"), "CES 2024 is in Las Vegas: " + section);
        }
    }

    @Test
    void whatABodySaidIsOnItsTimeline() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(ServedStore.SEED), "needs the seed article");
        // 서울시는 오 시장이 … ‘CES 2024’에 참석한다고 밝혔다: a reported statement of 서울특별시
        HttpResponse<String> page = ServedStore.get(app + "kg/entity/org/kostat-11", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        String timeline = page.body().substring(page.body().indexOf("<h2>Timeline</h2>"));
        assertTrue(timeline.contains("<li class=\"statement\">"), timeline);
        assertTrue(timeline.contains("(reported) <q>오 시장이 4박 7일 일정으로 미국 네바다주 라스베이거스를 방문해"), timeline);
    }

    @Test
    void contentNegotiationGivesTurtleJsonLdAndNTriples() {
        String iri = "http://localhost:8080/kg/entity/person/오세훈";
        var ttl = ServedStore.get(app + "kg/entity/person/" + enc("오세훈"), "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.body().contains("skos:prefLabel") && ttl.body().contains("\"오세훈\""), ttl.body());
        var jsonld = ServedStore.get(app + "kg/entity/person/" + enc("오세훈") + "?format=jsonld", "*/*");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains(iri), jsonld.body());
        var nt = ServedStore.get(app + "kg/entity/person/" + enc("오세훈") + "?format=nt", "*/*");
        assertTrue(nt.body().contains("<" + iri + "> <http://www.w3.org/2004/02/skos/core#prefLabel> \"오세훈\" ."),
                nt.body());
        assertEquals(404, ServedStore.get(app + "kg/entity/person/" + enc("없는사람"), "text/turtle").statusCode());
        assertEquals(406, ServedStore.get(app + "kg/entity/person/" + enc("오세훈") + "?format=xml", "*/*")
                .statusCode());
    }

    @Test
    void articleAndRelationIrisDereferenceToo() {
        var article = ServedStore.get(app + "kg/article/000_f4471e151cd5cea1", "text/html");
        if (java.nio.file.Files.exists(ServedStore.SEED)) {
            assertEquals(200, article.statusCode());
            assertTrue(article.body().contains("CES 2024"));
            var relation = ServedStore.get(app + "kg/article/000_f4471e151cd5cea1/relation/0?format=ttl", "*/*");
            assertEquals(200, relation.statusCode());
            assertTrue(relation.body().contains("kg:Relation"), relation.body());
        }
    }

    @Test
    void koreanSearchFindsTitlesAndCompoundParts() {
        var mayor = ServedStore.get(app + "api/search?q=" + enc("서울시장"), "application/json");
        assertEquals(200, mayor.statusCode());
        assertTrue(mayor.body().contains("오세훈"), mayor.body());
        var chamber = ServedStore.get(app + "api/search?q=" + enc("상공회의소"), "application/json");
        assertTrue(chamber.body().contains("대한상공회의소"), chamber.body());
        var odd = ServedStore.get(app + "api/search?q=" + enc("서울 (시장:"), "application/json");
        assertEquals(200, odd.statusCode(), "Lucene syntax in the request is searched literally: " + odd.body());
        var empty = ServedStore.get(app + "api/search?q=", "application/json");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("\"error\""), empty.body());
    }

    @Test
    void sparqlReadsAreOpenAndTextQueryWorksInsideSparql() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s ?l WHERE { ?s text:query "오세훈" ; skos:prefLabel ?l }""";
        var result = ServedStore.get(fuseki + "kg/sparql?query=" + enc(query), "application/sparql-results+json");
        assertEquals(200, result.statusCode(), result.body());
        assertTrue(result.body().contains("http://localhost:8080/kg/entity/person/오세훈"), result.body());
    }

    @Test
    void writesNeedTheAdminPassword() {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        var anonymous = ServedStore.send(HttpRequest.newBuilder(URI.create(fuseki + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertEquals(401, anonymous.statusCode());
        var atRoot = ServedStore.send(HttpRequest.newBuilder(URI.create(fuseki + "kg"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertTrue(atRoot.statusCode() >= 400, "the dataset root does not take updates: " + atRoot.statusCode());
        var adminCreate = ServedStore.send(HttpRequest.newBuilder(URI.create(fuseki + "$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(401, adminCreate.statusCode());
        assertEquals(403, ServedStore.get(fuseki + "$/datasets", "application/json").statusCode(),
                "admin reads need the credentials too");
        var listing = ServedStore.get(fuseki + "$/server", "application/json");
        assertEquals(200, listing.statusCode());
        assertTrue(listing.body().contains("/kg"), listing.body());
        assertFalse(listing.body().contains("version"), "the open listing does not tell the server's version");
    }

    @Test
    void aPathologicalQueryIsStoppedByTheTimeout() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        var result = ServedStore.get(fuseki + "kg/sparql?query=" + enc(query), "application/sparql-results+json");
        assertEquals(503, result.statusCode(), result.body());
    }

    @Test
    void postAndDeleteAnArticleThroughTheApi() {
        String text = "김민준 부산시장, 해운대 국제회의 참석\n\n김민준 부산시장이 10일 해운대에서 열린 국제회의에 참석했다.\n";
        var refused = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").isPresent());
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServedStore.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var unsupported = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles"))
                .header("Authorization", auth).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(415, unsupported.statusCode());
        var created = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles"))
                .header("Authorization", auth).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"graph\":\"http://localhost:8080/kg/graph/article/h-"), created.body());
        String id = created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        assertTrue(ServedStore.get(app + "api/search?q=" + enc("해운대"), "*/*").body().contains(id));

        var deleted = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles/" + id))
                .header("Authorization", auth).DELETE().build());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertFalse(ServedStore.get(app + "api/search?q=" + enc("해운대"), "*/*").body().contains(id),
                "the text index follows the delete");
        var again = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles/" + id))
                .header("Authorization", auth).DELETE().build());
        assertEquals(404, again.statusCode());
    }

    @Test
    void postedArticlesTellSameNamePeopleApart() {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServedStore.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String[] bodies = {
            "{\"id\":\"ns-samsung\",\"text\":\"김철수 삼성전자 사장은 4일 신제품 발표회에서 새 반도체 전략을 소개했다.\"}",
            "{\"id\":\"ns-council\",\"text\":\"김철수 경기도의회 의원은 5일 도의회 본회의에서 버스 예산을 늘려야 한다고 말했다.\"}"};
        for (String body : bodies) {
            var created = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(201, created.statusCode(), created.body());
        }
        var councillor = ServedStore.get(app + "api/entities/person/" + enc("김철수") + "/" + enc("경기도의회"),
                "application/json");
        assertEquals(200, councillor.statusCode(), councillor.body());
        assertTrue(councillor.body().contains("ns-council") && !councillor.body().contains("ns-samsung"),
                councillor.body());
        for (String id : new String[] {"ns-samsung", "ns-council"}) {
            assertEquals(200, ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles/" + id))
                    .header("Authorization", auth).DELETE().build()).statusCode());
        }
    }

    /**
     * POST /api/articles and kg ingest store an article through the same write step: the same graph (but for the
     * source file's name) and the same triple count.
     */
    @Test
    void theApiStoresWhatIngestStores(@TempDir Path dir) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServedStore.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String body = "{\"id\":\"same-step\",\"published\":\"2024-06-03\",\"title\":\"박서연 해양수산부 장관, "
                + "목포항 방문\",\"text\":\"박서연 해양수산부 장관은 3일 목포항을 찾아 항만 근로자들과 만났다. 박 장관은 "
                + "신항 확장 계획을 설명했다.\"}";
        var created = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, created.statusCode(), created.body());
        String graphIri = ServedStore.pipeline().iris().articleGraph("same-step");
        var served = ServedStore.get(fuseki + "kg/sparql?query=" + enc("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <"
                + graphIri + "> { ?s ?p ?o } }"), "application/n-triples");
        assertEquals(200, served.statusCode(), served.body());
        Graph viaApi = withoutSource(RDFParser.fromString(served.body(), Lang.NTRIPLES).toGraph());

        Path input = Files.writeString(dir.resolve("same-step.jsonl"), body + "\n");
        Graph viaIngest = GraphFactory.createDefaultGraph();
        try (TdbStore store = TdbStore.open(dir.resolve("tdb2"), ServedStore.pipeline().iris())) {
            IngestReport report = ServedStore.pipeline().ingest().run(List.of(input), InputFormat.JSONL, store,
                    IngestListener.SILENT);
            assertEquals(List.of(), report.skipped());
            assertTrue(created.body().contains("\"triples\":" + report.triples() + ","), created.body());
            Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(NodeFactory.createURI(graphIri))
                    .find().forEachRemaining(viaIngest::add));
        }
        withoutSource(viaIngest);
        assertTrue(viaApi.size() > 50, "a whole article graph: " + viaApi.size());
        assertTrue(viaApi.isIsomorphicWith(viaIngest), "API graph " + viaApi.size() + " triples, ingest graph "
                + viaIngest.size());
        assertEquals(200, ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles/same-step"))
                .header("Authorization", auth).DELETE().build()).statusCode());
    }

    private static Graph withoutSource(Graph graph) {
        graph.remove(Node.ANY, Kg.sourceFile.asNode(), Node.ANY);
        return graph;
    }

    @Test
    void healthOpenApiAndEntityJson() {
        assertTrue(ServedStore.get(app + "api/health", "*/*").body().contains("\"status\":\"UP\""));
        assertTrue(ServedStore.get(app + "openapi.json", "*/*").body().contains("\"openapi\""));
        var entity = ServedStore.get(app + "api/entities/person/" + enc("오세훈"), "application/json");
        assertEquals(200, entity.statusCode(), entity.body());
        assertTrue(entity.body().contains("\"network\""), entity.body());
    }
}
