package officialskg.store;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a remote SPARQL 1.1 store.
 *
 * @param datasetUrl     the dataset URL, used as the query, update and graph-store endpoint alike (a Fuseki dataset
 *                       URL answers all three); never holds credentials
 * @param credentials    HTTP Basic user and password; default none
 * @param connectTimeout how long to wait for a connection; default 10 s
 * @param requestTimeout how long the store's own small requests (listing graphs, counts, the ontology check) may take;
 *                       default 60 s. Analyst queries bring their own limit.
 */
public record RemoteStoreSettings(String datasetUrl, Optional<Credentials> credentials, Duration connectTimeout,
                                  Duration requestTimeout) {

    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }

    public RemoteStoreSettings {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        Objects.requireNonNull(credentials, "credentials");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static RemoteStoreSettings defaults(String datasetUrl) {
        return new RemoteStoreSettings(datasetUrl, Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public RemoteStoreSettings withCredentials(Optional<Credentials> credentials) {
        return new RemoteStoreSettings(datasetUrl, credentials, connectTimeout, requestTimeout);
    }

    public RemoteStoreSettings withTimeouts(Duration connect, Duration request) {
        return new RemoteStoreSettings(datasetUrl, credentials, connect, request);
    }
}
