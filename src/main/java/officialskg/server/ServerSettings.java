package officialskg.server;

import java.nio.file.Path;
import java.time.Duration;
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
 */
public record ServerSettings(Path store, String bind, int port, int fusekiPort, Duration queryTimeout,
                             Optional<String> adminPassword, long maxArticleBytes) {

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
    }

    public static ServerSettings defaults(Path store) {
        return new ServerSettings(store, "127.0.0.1", DEFAULT_PORT, DEFAULT_FUSEKI_PORT, DEFAULT_QUERY_TIMEOUT,
                Optional.ofNullable(System.getenv(PASSWORD_ENV)), DEFAULT_MAX_ARTICLE_BYTES);
    }

    public ServerSettings withPorts(int appPort, int sparqlPort) {
        return new ServerSettings(store, bind, appPort, sparqlPort, queryTimeout, adminPassword, maxArticleBytes);
    }

    public ServerSettings withBind(String address) {
        return new ServerSettings(store, address, port, fusekiPort, queryTimeout, adminPassword, maxArticleBytes);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(store, bind, port, fusekiPort, timeout, adminPassword, maxArticleBytes);
    }

    public ServerSettings withAdminPassword(Optional<String> password) {
        return new ServerSettings(store, bind, port, fusekiPort, queryTimeout, password, maxArticleBytes);
    }
}
