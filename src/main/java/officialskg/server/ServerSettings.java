package officialskg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code kg serve} runs, with stated defaults.
 *
 * @param store          TDB2 store directory (its full-text index lives beside it)
 * @param bind           address both servers listen on; loopback by default, since reads need no login
 * @param port           Spring app (pages, REST); 0 picks a free port
 * @param fusekiPort     embedded Fuseki (SPARQL, its UI); 0 picks a free port
 * @param queryTimeout   every SPARQL query, from Fuseki or the pages, is stopped after this long
 * @param adminPassword  password of user {@value Credentials#USER} for writes (updates, uploads, POST/DELETE
 *                       articles, Fuseki admin); empty: writes are refused, there is no default password
 * @param maxArticleBytes largest accepted article body
 * @param corsOrigins    origins (scheme://host[:port]) whose pages may read across origins; empty (the default):
 *                       same-origin only, and never with credentials
 * @param anonymousLimits what one query without the admin credentials may cost
 * @param queriesDir     folder of the analyst queries ({@code *.rq}) the Fuseki UI offers as its examples; default
 *                       {@code queries} in the working directory; when it holds none, the UI keeps its own
 */
public record ServerSettings(Path store, String bind, int port, int fusekiPort, Duration queryTimeout,
                             Optional<String> adminPassword, long maxArticleBytes, List<String> corsOrigins,
                             QueryLimits anonymousLimits, Path queriesDir) {

    /**
     * The cost of one anonymous SPARQL query, so that no anonymous caller can exhaust the server's memory or
     * threads: results are capped and buffered whole before they are sent (a timeout or an overflow is an error
     * status, never a truncated 200), and at most {@code maxConcurrent} run at once (others get 503).
     *
     * @param maxRows        LIMIT put on a query that has none or a larger one (default {@value #DEFAULT_MAX_ROWS})
     * @param maxResultBytes largest result sent (default {@value #DEFAULT_MAX_RESULT_BYTES} bytes)
     * @param maxConcurrent  anonymous queries running at once (default: the number of cores, at least 2)
     */
    public record QueryLimits(int maxRows, long maxResultBytes, int maxConcurrent) {
        public static final int DEFAULT_MAX_ROWS = 100_000;
        public static final long DEFAULT_MAX_RESULT_BYTES = 32L * 1024 * 1024;
        /** As many as the machine has cores, and at least 2: heavy queries beyond that only queue for the CPU. */
        public static final int DEFAULT_MAX_CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());
        public static final QueryLimits DEFAULTS = new QueryLimits(DEFAULT_MAX_ROWS, DEFAULT_MAX_RESULT_BYTES,
                DEFAULT_MAX_CONCURRENT);

        public QueryLimits {
            if (maxRows <= 0 || maxResultBytes <= 0 || maxConcurrent <= 0) {
                throw new IllegalArgumentException("query limits must be positive: " + maxRows + ", "
                        + maxResultBytes + ", " + maxConcurrent);
            }
        }
    }

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_FUSEKI_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 2L * 1024 * 1024;
    /** Environment variable holding the admin password. */
    public static final String PASSWORD_ENV = "KG_ADMIN_PASSWORD";

    public ServerSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535 || fusekiPort < 0 || fusekiPort > 65535) {
            throw new IllegalArgumentException("ports must be between 0 and 65535");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, was " + queryTimeout);
        }
        adminPassword = adminPassword.filter(p -> !p.isBlank());
        corsOrigins = List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("a CORS origin is scheme://host[:port] with nothing after it, was "
                        + origin);
            }
        }
        Objects.requireNonNull(anonymousLimits, "anonymousLimits");
        Objects.requireNonNull(queriesDir, "queriesDir");
    }

    public static ServerSettings defaults(Path store) {
        return new ServerSettings(store, "127.0.0.1", DEFAULT_PORT, DEFAULT_FUSEKI_PORT, DEFAULT_QUERY_TIMEOUT,
                Optional.ofNullable(System.getenv(PASSWORD_ENV)), DEFAULT_MAX_ARTICLE_BYTES, List.of(),
                QueryLimits.DEFAULTS, Path.of("queries"));
    }

    public ServerSettings withPorts(int appPort, int sparqlPort) {
        return new ServerSettings(store, bind, appPort, sparqlPort, queryTimeout, adminPassword, maxArticleBytes,
                corsOrigins, anonymousLimits, queriesDir);
    }

    public ServerSettings withBind(String address) {
        return new ServerSettings(store, address, port, fusekiPort, queryTimeout, adminPassword, maxArticleBytes,
                corsOrigins, anonymousLimits, queriesDir);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(store, bind, port, fusekiPort, timeout, adminPassword, maxArticleBytes,
                corsOrigins, anonymousLimits, queriesDir);
    }

    public ServerSettings withAdminPassword(Optional<String> password) {
        return new ServerSettings(store, bind, port, fusekiPort, queryTimeout, password, maxArticleBytes,
                corsOrigins, anonymousLimits, queriesDir);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(store, bind, port, fusekiPort, queryTimeout, adminPassword, maxArticleBytes, origins,
                anonymousLimits, queriesDir);
    }

    public ServerSettings withAnonymousLimits(QueryLimits limits) {
        return new ServerSettings(store, bind, port, fusekiPort, queryTimeout, adminPassword, maxArticleBytes,
                corsOrigins, limits, queriesDir);
    }

    public ServerSettings withQueriesDir(Path dir) {
        return new ServerSettings(store, bind, port, fusekiPort, queryTimeout, adminPassword, maxArticleBytes,
                corsOrigins, anonymousLimits, dir);
    }
}
