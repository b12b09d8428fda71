package officialskg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import officialskg.article.Article;
import officialskg.article.ArticleJson;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.pipeline.ArticleWriter;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.IngestReport;
import officialskg.resolve.Analysis;
import officialskg.server.ServedGraph;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST API: ingest ({@code POST /api/articles}) and delete ({@code DELETE /api/articles/{id}}) one article,
 * ingest a batch read by {@code kg ingest} ({@code POST /api/articles/batch}), all behind the admin credentials;
 * read an entity ({@code GET /api/entities/{type}/{name}}); health.
 */
@RestController
final class ArticleApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    /** Articles per batch; {@code kg ingest} sends at most 16, so one batch holds the write step briefly. */
    static final int MAX_BATCH_ARTICLES = 64;
    /** A batch may be this many times the size of the largest single article. */
    static final long BATCH_SIZE_FACTOR = 16;

    private final ServedGraph graph;
    private final GraphView view;
    /** Counting the article graphs reads an index of the whole store: not on every liveness probe. */
    private final RecentValue<Long> articleCount;

    ArticleApiController(ServedGraph graph) {
        this.graph = graph;
        this.view = new GraphView(graph.store().datasetGraph());
        this.articleCount = new RecentValue<>(() -> graph.store().articleCount(), java.time.Duration.ofSeconds(10));
    }

    /** Liveness: answers at once, also while heavy queries run; the article count is at most 10 seconds old. */
    @GetMapping(value = "/api/health", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> health() {
        return Map.of("status", "UP", "articles", articleCount.get(), "sparql", graph.fusekiUrl() + "kg");
    }

    @PostMapping("/api/articles")
    ResponseEntity<Map<String, Object>> ingest(HttpServletRequest request) throws IOException {
        authorize(request);
        InputFormat format = formatOf(request.getContentType());
        byte[] body = readLimited(request);
        if (format == InputFormat.JSONL) {
            body = oneLine(body);
        }
        List<ArticleRead> reads = new ArrayList<>();
        graph.pipeline().inputs().read("request body", new ByteArrayInputStream(body), format, reads::add);
        if (reads.size() != 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the body must hold exactly one article, found "
                    + reads.size());
        }
        Article article = switch (reads.getFirst()) {
            case ArticleRead.Failed failed -> throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT,
                    failed.message());
            case ArticleRead.Ok ok -> ok.article();
        };
        Analysis analyzed = graph.pipeline().analyzer().analyze(article);
        ArticleWriter.Written written;
        // The same write step as kg ingest's writer. Deciding who the article's people are and writing it is one
        // step per store: two requests at once must not both decide against a store without the other's article.
        // Each request gets a fresh writer: between requests the store also changes by deletes and SPARQL updates,
        // so nothing it answered before may be kept.
        synchronized (graph.store()) {
            try {
                written = graph.pipeline().articleWriter(graph.store()).write(article, analyzed);
            } catch (RuntimeException e) {
                throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, article.origin() + ": not stored: "
                        + e.getMessage());
            }
        }
        Analysis analysis = written.analysis();
        var iris = graph.pipeline().iris();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", article.id());
        result.put("article", iris.articleIri(article.id()));
        result.put("graph", iris.articleGraph(article.id()));
        result.put("triples", written.triples());
        result.put("mentions", analysis.mentions().size());
        result.put("entities", analysis.entities().size());
        result.put("relations", analysis.relations().size());
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(result);
    }

    /**
     * Ingest several articles that a {@code kg ingest} read itself: the body is {@code application/x-ndjson}, one
     * {@link ArticleJson} line per article, in input order. They go through the same steps as {@code kg ingest}
     * (analysis on the pipeline's threads, then the write step in input order, deciding each article's people
     * against the store and the batch's earlier articles), each in its own transaction. The answer lists what was
     * stored and, per article, why anything was not.
     */
    @PostMapping("/api/articles/batch")
    ResponseEntity<Map<String, Object>> ingestBatch(HttpServletRequest request) throws IOException {
        authorize(request);
        MediaType type = parse(request.getContentType());
        if (type == null || !type.isCompatibleWith(NDJSON)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be " + NDJSON + ", was " + request.getContentType());
        }
        byte[] body = readLimited(request, graph.settings().maxArticleBytes() * BATCH_SIZE_FACTOR);
        List<Article> articles = new ArrayList<>();
        int lineNumber = 0;
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (articles.size() == MAX_BATCH_ARTICLES) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "more than " + MAX_BATCH_ARTICLES
                        + " articles in one batch");
            }
            try {
                articles.add(ArticleJson.decode(line));
            } catch (IllegalArgumentException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "line " + lineNumber + ": " + e.getMessage());
            }
        }
        List<String> stored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void stored(String articleId) {
                stored.add(articleId);
            }

            @Override
            public void skipped(String reason) {
                skipped.add(reason);
            }
        };
        IngestReport report;
        // One write step per store, as for a single article; a batch holds it for its few articles only.
        synchronized (graph.store()) {
            report = graph.pipeline().ingest().run(sink -> articles.forEach(a -> sink.accept(new ArticleRead.Ok(a))),
                    graph.store()::replaceArticle, graph.store().personLookup(), listener);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("read", report.read());
        result.put("stored", stored);
        result.put("skipped", skipped);
        result.put("triples", report.triples());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    @DeleteMapping("/api/articles/{id}")
    ResponseEntity<Map<String, Object>> delete(@PathVariable String id, HttpServletRequest request) {
        authorize(request);
        if (!graph.store().deleteArticle(id)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no article " + id);
        }
        return ResponseEntity.ok(Map.of("id", id, "deleted", true));
    }

    /** The entity {@code {base}entity/{type}/{name}}: labels, types, facts, co-mentions and its network. */
    @GetMapping(value = "/api/entities/**", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> entity(HttpServletRequest request) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + "/api/entities/".length());
        List<String> id = Arrays.stream(rest.split("/", -1)).map(s -> UriUtils.decode(s, StandardCharsets.UTF_8))
                .toList();
        String iri = graph.pipeline().iris().entityIri(String.join("/", id));
        List<String> types = view.types(iri);
        if (types.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no entity " + iri);
        }
        String label = view.label(iri);
        var facts = view.facts(iri);
        var neighbours = view.coMentioned(iri, 15);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("iri", iri);
        result.put("label", label);
        result.put("types", types);
        result.put("facts", facts);
        result.put("coMentioned", neighbours);
        result.put("network", NetworkJson.elements(iri, label, facts, neighbours));
        return result;
    }

    private void authorize(HttpServletRequest request) {
        if (!graph.credentials().writesEnabled()) {
            throw new ApiException(HttpStatus.FORBIDDEN,
                    "writes are disabled: start kg serve with KG_ADMIN_PASSWORD set to enable them");
        }
        if (!graph.credentials().accepts(request.getHeader("Authorization"))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "admin credentials required (HTTP Basic)");
        }
    }

    private static MediaType parse(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static InputFormat formatOf(String contentType) {
        MediaType type = parse(contentType);
        if (type != null && type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
            return InputFormat.TEXT;
        } else if (type != null && type.isCompatibleWith(MediaType.TEXT_HTML)) {
            return InputFormat.HTML;
        } else if (type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return InputFormat.JSONL;
        }
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type must be text/plain, text/html or application/json, was " + contentType);
    }

    private byte[] readLimited(HttpServletRequest request) throws IOException {
        return readLimited(request, graph.settings().maxArticleBytes());
    }

    private static byte[] readLimited(HttpServletRequest request, long max) throws IOException {
        if (request.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        byte[] body = request.getInputStream().readNBytes((int) max + 1);
        if (body.length > max) {
            throw tooLarge(max);
        }
        if (body.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the body is empty");
        }
        return body;
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + max + " bytes");
    }

    /** A JSON article may be pretty-printed; the JSON Lines reader wants it on one line. */
    private static byte[] oneLine(byte[] body) {
        try {
            return JSON.writeValueAsBytes(JSON.readTree(body));
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
