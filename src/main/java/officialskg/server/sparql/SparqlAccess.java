package officialskg.server.sparql;

import java.util.Set;

/**
 * What a request to the embedded Fuseki may do without the admin credentials, decided on its method and its
 * normalized path ({@link officialskg.server.RequestPaths}). Deny by default: only the UI's files, the dataset's
 * query and read endpoints, the dataset listing the UI needs, ping and query validation are open; everything else
 * (updates, graph store writes, uploads, every admin operation and admin read) needs the admin.
 */
enum SparqlAccess {
    /** Open: the UI's static files, ping, query validation. */
    OPEN,
    /** Open, under the anonymous query budget: queries and graph store reads of the dataset. */
    QUERY,
    /** Open: the dataset listing the UI reads from {@code /$/server}, without the server's version or uptime. */
    LISTING,
    /**
     * Open, answered without counters: the statistics of the dataset ({@code /$/stats/kg}), which the UI reads on
     * every dataset page; the request counters themselves are for the admin.
     */
    STATS_STUB,
    /** A CORS preflight of an open path. */
    PREFLIGHT,
    /** Needs the admin credentials. */
    ADMIN;

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final Set<String> QUERY_METHODS = Set.of("GET", "HEAD", "POST");
    /** {@code /kg-ui.js}: the project's settings for the UI (officialskg.server.boot.FusekiUiConfig). */
    private static final Set<String> UI_FILES = Set.of("/", "/index.html", "/favicon.ico", "/kg-ui.js");

    static SparqlAccess of(String method, String path, String dataset) {
        if (method.equals("OPTIONS")) {
            return open("GET", path, dataset) || open("POST", path, dataset) ? PREFLIGHT : ADMIN;
        }
        if (path.equals("/$/server") && READS.contains(method)) {
            return LISTING;
        }
        if (path.equals("/$/stats/" + dataset) && READS.contains(method)) {
            return STATS_STUB;
        }
        if (!open(method, path, dataset)) {
            return ADMIN;
        }
        String root = "/" + dataset;
        return path.equals(root) || path.startsWith(root + "/") ? QUERY : OPEN;
    }

    private static boolean open(String method, String path, String dataset) {
        if (path.equals("/$/validate/query")) {
            return QUERY_METHODS.contains(method);
        }
        String root = "/" + dataset;
        if (path.equals(root) || path.equals(root + "/sparql") || path.equals(root + "/query")) {
            return QUERY_METHODS.contains(method);
        }
        if (path.equals(root + "/get") || path.equals(root + "/data") || path.equals("/$/ping")
                || path.equals("/$/server")) {
            return READS.contains(method);
        }
        return READS.contains(method) && (UI_FILES.contains(path) || path.startsWith("/static/"));
    }
}
