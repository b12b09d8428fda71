package officialskg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import officialskg.rdf.IriMinter;
import officialskg.server.ServedBase;
import officialskg.server.ServedGraph;
import officialskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Linked Data: every IRI minted under the base dereferences here, as HTML for browsers and as Turtle, JSON-LD or
 * N-Triples by content negotiation or {@code ?format=ttl|jsonld|nt}.
 */
@RestController
final class ResourceController {

    private final ServedGraph graph;
    private final GraphView view;
    private final String basePath;
    private final HomeView home;

    ResourceController(ServedGraph graph) {
        this.graph = graph;
        this.view = new GraphView(graph.store().datasetGraph());
        this.basePath = basePath(graph.pipeline().iris());
        this.home = new HomeView(graph.store().datasetGraph());
    }

    /** The path part of the base IRI, without its trailing slash ({@code /kg}): where resource pages are served. */
    static String basePath(IriMinter iris) {
        return ServedBase.path(iris.base());
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home() {
        return new HomePage(graph.pipeline().iris().base(), basePath, graph.fusekiUrl()).render(home.overview());
    }

    @GetMapping("${kg.resource-path}/**")
    ResponseEntity<byte[]> resource(HttpServletRequest request, @RequestParam(required = false) String format,
                                    @RequestHeader(value = "Accept", required = false) String accept) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + basePath.length());
        List<String> segments = Arrays.stream(rest.replaceFirst("^/", "").split("/", -1))
                .map(s -> UriUtils.decode(s, StandardCharsets.UTF_8)).toList();
        String iri = graph.pipeline().iris().iriOfPath(segments);
        RdfFormat wanted = RdfFormat.choose(format, accept);
        if (wanted == null) {
            return error(HttpStatus.NOT_ACCEPTABLE, "unknown format " + format + " (use ttl, jsonld, nt or html)");
        }
        Graph described = view.describe(iri);
        if (described.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "nothing is known about " + iri);
        }
        if (wanted == RdfFormat.HTML) {
            String html = new ResourcePage(view, graph.pipeline().iris(), basePath, graph.fusekiUrl()).render(iri,
                    described);
            return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                    .body(html.getBytes(StandardCharsets.UTF_8));
        }
        described.getPrefixMapping().setNsPrefixes(Prefixes.STANDARD);
        var out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, described, wanted.lang);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(wanted.mediaType + ";charset=UTF-8"))
                .header("Vary", "Accept").body(out.toByteArray());
    }

    private static ResponseEntity<byte[]> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    enum RdfFormat {
        HTML(null, "text/html"), TURTLE(Lang.TURTLE, "text/turtle"), JSONLD(Lang.JSONLD, "application/ld+json"),
        NTRIPLES(Lang.NTRIPLES, "application/n-triples");

        final Lang lang;
        final String mediaType;

        RdfFormat(Lang lang, String mediaType) {
            this.lang = lang;
            this.mediaType = mediaType;
        }

        /** {@code ?format=} wins; then the Accept header; a browser (or no header) gets HTML; null: unknown. */
        static RdfFormat choose(String format, String accept) {
            if (format != null) {
                return switch (format) {
                    case "ttl", "turtle" -> TURTLE;
                    case "jsonld", "json-ld" -> JSONLD;
                    case "nt", "ntriples" -> NTRIPLES;
                    case "html" -> HTML;
                    default -> null;
                };
            }
            if (accept == null || accept.isBlank() || accept.contains("text/html")) {
                return HTML;
            }
            for (RdfFormat f : List.of(TURTLE, JSONLD, NTRIPLES)) {
                if (accept.contains(f.mediaType)) {
                    return f;
                }
            }
            return TURTLE;
        }
    }
}
