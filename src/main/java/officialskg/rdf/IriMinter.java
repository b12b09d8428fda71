package officialskg.rdf;

import officialskg.resolve.Entity;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Mints every IRI the project stores, under one configurable base. The default base points at the local server, so
 * an IRI clicked in the Fuseki UI opens that resource's page.
 *
 * <p>User text (entity ids, publisher names) is encoded segment by segment as an IRI path (RFC 3987): Korean and
 * other Unicode letters stay readable, and only what an IRI path forbids or would misread ({@code space <>"{}|\^`},
 * {@code # ? %}, controls, dot segments) is percent-encoded. Two different ids therefore never give one IRI.
 */
public final class IriMinter {

    public static final String DEFAULT_BASE = "http://localhost:8080/kg/";

    /** The named graph holding the ontology (and its SHACL shapes). */
    public static final String ONTOLOGY_GRAPH = "https://officials-kg.org/graph/ontology";

    private static final String ARTICLE_GRAPHS = "graph/article/";

    private final String base;

    public IriMinter(String baseIri) {
        Objects.requireNonNull(baseIri, "baseIri");
        if (!baseIri.matches("(?i)[a-z][a-z0-9+.-]*:\\S+")) {
            throw new IllegalArgumentException("base IRI is not an absolute IRI: " + baseIri);
        }
        this.base = baseIri.endsWith("/") || baseIri.endsWith("#") ? baseIri : baseIri + "/";
    }

    public IriMinter() {
        this(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String articleIri(String articleId) {
        return base + "article/" + segment(articleId);
    }

    /** The named graph holding everything derived from one article. */
    public String articleGraph(String articleId) {
        return base + ARTICLE_GRAPHS + segment(articleId);
    }

    /**
     * The base an article graph IRI was minted under ({@code {base}graph/article/{id}}), or empty for any other IRI.
     * Every article graph names its base this way, so a store records the base it was minted under without any
     * other setting.
     */
    public static Optional<String> baseOfArticleGraph(String graphIri) {
        if (graphIri == null) {
            return Optional.empty();
        }
        int at = graphIri.lastIndexOf("/" + ARTICLE_GRAPHS);
        if (at < 0) {
            return Optional.empty();
        }
        String id = graphIri.substring(at + 1 + ARTICLE_GRAPHS.length());
        return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(graphIri.substring(0, at + 1));
    }

    /** The article id of an article graph IRI minted here, or empty for any other graph. */
    public Optional<String> articleIdOfGraph(String graphIri) {
        String prefix = base + ARTICLE_GRAPHS;
        if (graphIri == null || !graphIri.startsWith(prefix) || graphIri.length() == prefix.length()) {
            return Optional.empty();
        }
        String id = graphIri.substring(prefix.length());
        return id.contains("/") ? Optional.empty() : Optional.of(id);
    }

    /** {@code {base}entity/{id}}, each {@code /}-separated segment of the entity id encoded on its own. */
    public String entityIri(Entity entity) {
        return entityIri(entity.id());
    }

    public String entityIri(String entityId) {
        if (entityId == null || entityId.isEmpty()) {
            throw new IllegalArgumentException("entity id is empty");
        }
        StringBuilder iri = new StringBuilder(base).append("entity");
        for (String part : entityId.split("/", -1)) {
            iri.append('/').append(segment(part));
        }
        return iri.toString();
    }

    /** The entity id of an entity IRI minted here ({@code …/entity/person/김철수} → {@code person/김철수}), or empty. */
    public Optional<String> entityIdOf(String iri) {
        String prefix = base + "entity/";
        if (iri == null || !iri.startsWith(prefix) || iri.length() == prefix.length()) {
            return Optional.empty();
        }
        // Segments were percent-encoded as UTF-8; '+' is a literal plus in an IRI path, not a space.
        String path = iri.substring(prefix.length()).replace("+", "%2B");
        StringBuilder id = new StringBuilder();
        for (String part : path.split("/", -1)) {
            id.append(id.isEmpty() ? "" : "/").append(java.net.URLDecoder.decode(part, StandardCharsets.UTF_8));
        }
        return Optional.of(id.toString());
    }

    public String mentionIri(String articleId, int index) {
        return articleIri(articleId) + "/mention/" + index;
    }

    public String spanIri(String articleId, int index) {
        return articleIri(articleId) + "/span/" + index;
    }

    public String statementIri(String articleId, int index) {
        return articleIri(articleId) + "/statement/" + index;
    }

    public String relationIri(String articleId, int index) {
        return articleIri(articleId) + "/relation/" + index;
    }

    /** One evidence node per sentence: relations read from the same sentence share it. */
    public String evidenceIri(String articleId, int start, int end) {
        return articleIri(articleId) + "/evidence/" + start + "-" + end;
    }

    /**
     * A tenure as one article reports it. The key (holder, role, organization, status entity ids) is hashed so the
     * IRI stays short, and is the same on every ingest of the same article.
     */
    public String tenureIri(String articleId, String key) {
        return articleIri(articleId) + "/tenure/" + digest(key);
    }

    /** A meeting as one article reports it; the key names both people in a fixed order. */
    public String meetingIri(String articleId, String key) {
        return articleIri(articleId) + "/meeting/" + digest(key);
    }

    /**
     * A post: one role in one organization, shared by every article ({@code {base}post/org/kostat-11/시장}), so
     * the holders of a post over time meet on one node.
     */
    public String postIri(String organizationId, String role) {
        StringBuilder iri = new StringBuilder(base).append("post");
        for (String part : organizationId.split("/", -1)) {
            iri.append('/').append(segment(part));
        }
        return iri.append('/').append(segment(role)).toString();
    }

    /** The extraction run that produced an article's graph: one per article, so re-ingest gives the same IRI. */
    public String runIri(String articleId) {
        return articleIri(articleId) + "/run";
    }

    public String publisherIri(String publisherName) {
        return base + "publisher/" + segment(publisherName.strip());
    }

    public String softwareAgentIri() {
        return base + "agent/officials-kg";
    }

    /**
     * The IRI under the base whose path segments, percent-decoded, are {@code segments}: what a server maps a
     * request path back to (a browser sends {@code 오세훈} as {@code %EC%98%A4…}; the stored IRI keeps the letters).
     */
    public String iriOfPath(java.util.List<String> segments) {
        StringBuilder iri = new StringBuilder(base);
        for (int i = 0; i < segments.size(); i++) {
            iri.append(i == 0 ? "" : "/").append(segment(segments.get(i)));
        }
        return iri.toString();
    }

    private static String digest(String key) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Encodes one IRI path segment: keeps iunreserved, sub-delims, ':' and '@'; percent-encodes the rest as UTF-8. */
    static String segment(String text) {
        if (text.equals(".") || text.equals("..")) {
            return text.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (allowedInSegment(cp)) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        });
        return out.toString();
    }

    private static boolean allowedInSegment(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || "-._~!$&'()*+,;=:@".indexOf(cp) >= 0;
        }
        return isUcschar(cp);
    }

    /** RFC 3987 ucschar: the non-ASCII code points an IRI may carry unencoded. */
    private static boolean isUcschar(int cp) {
        if (cp >= 0xA0 && cp <= 0xD7FF || cp >= 0xF900 && cp <= 0xFDCF || cp >= 0xFDF0 && cp <= 0xFFEF) {
            return true;
        }
        // Planes 1 to 14, each without its last two code points (xFFFE, xFFFF).
        return cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFF) <= 0xFFFD;
    }
}
