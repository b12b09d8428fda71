package officialskg.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code --store} value names: a TDB2 directory, or the dataset URL of a remote SPARQL 1.1 store
 * ({@code http://host:port/dataset}). This is the one place that tells them apart.
 */
public sealed interface StoreLocation {

    /** Environment variables holding the remote store's HTTP Basic credentials (URL user-info wins over them). */
    String USER_ENV = "KG_STORE_USER";
    String PASSWORD_ENV = "KG_STORE_PASSWORD";

    /** An embedded TDB2 database directory. */
    record Directory(Path dir) implements StoreLocation {
        @Override
        public String toString() {
            return dir.toString();
        }
    }

    /** A remote store. */
    record Remote(RemoteStoreSettings settings) implements StoreLocation {
        @Override
        public String toString() {
            return settings.datasetUrl();
        }
    }

    /**
     * Reads a {@code --store} value: {@code http://} and {@code https://} URLs are remote stores, with credentials
     * from the URL's user-info ({@code http://user:password@host:port/ds}) or else from {@code env}; anything else is
     * a directory.
     */
    static StoreLocation parse(String value, Map<String, String> env) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return new Directory(Path.of(value));
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new StoreException("--store " + value + " is not a valid URL: " + e.getReason());
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")) {
            throw new StoreException("--store " + redact(uri) + " needs a host and a dataset path, like "
                    + "http://127.0.0.1:3030/ds");
        }
        Optional<RemoteStoreSettings.Credentials> credentials = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            String password = colon < 0 ? env.getOrDefault(PASSWORD_ENV, "") : decode(userInfo.substring(colon + 1));
            credentials = Optional.of(new RemoteStoreSettings.Credentials(user, password));
        } else if (env.get(USER_ENV) != null && !env.get(USER_ENV).isBlank()) {
            credentials = Optional.of(new RemoteStoreSettings.Credentials(env.get(USER_ENV),
                    env.getOrDefault(PASSWORD_ENV, "")));
        }
        return new Remote(RemoteStoreSettings.defaults(redact(uri)).withCredentials(credentials));
    }

    /** The URL without its user-info, so a password never reaches a message or a log. */
    private static String redact(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            throw new StoreException("--store URL cannot be rebuilt without its user-info: " + e.getReason());
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
