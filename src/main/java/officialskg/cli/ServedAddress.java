package officialskg.cli;

import officialskg.rdf.IriMinter;
import officialskg.server.ServedBase;
import officialskg.server.ServerSettings;

import java.util.Optional;
import java.util.Set;

/**
 * The port {@code kg serve} and {@code kg demo} serve the pages on, and the base their store mints IRIs under,
 * chosen together so that a stored IRI opens its page on the running server:
 * <ul>
 *   <li>a new or empty store mints under the served address, {@code http://localhost:PORT/kg/} (the bind address
 *       instead of {@code localhost} when it is neither loopback nor a wildcard);</li>
 *   <li>a store keeps the base its articles were minted under (or {@code --base-iri}), and without {@code --port}
 *       is served on that base's port when the base is a local address, so its IRIs dereference as they are.</li>
 * </ul>
 * With {@code --port} naming another port the pages still answer for the store's IRIs under their path, and the
 * Fuseki UI links them to the running server; the IRIs themselves (exports) then point at the other port.
 *
 * @param port    the pages' port
 * @param baseIri the base the store mints under
 */
record ServedAddress(int port, String baseIri) {

    static final String BASE_PATH = "/kg/";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "::", "[::]");

    /**
     * @param portOption {@code --port}, or null when not given
     * @param bind       the address the servers listen on
     * @param storeBase  {@code --base-iri}, else the base the store's articles were minted under; empty for a new or
     *                   empty store without {@code --base-iri}
     */
    static ServedAddress resolve(Integer portOption, String bind, Optional<String> storeBase) {
        if (storeBase.isPresent()) {
            String base = new IriMinter(storeBase.get()).base();
            int port = portOption != null ? portOption : localPort(base, bind).orElse(ServerSettings.DEFAULT_PORT);
            return new ServedAddress(port, base);
        }
        int port = portOption != null ? portOption : ServerSettings.DEFAULT_PORT;
        // Port 0 (any free port) is known only once the server runs, after the first articles were minted.
        return new ServedAddress(port, port == 0 ? IriMinter.DEFAULT_BASE : "http://" + host(bind) + ":" + port
                + BASE_PATH);
    }

    static Optional<Integer> localPort(String base, String bind) {
        return ServedBase.localPort(base, bind);
    }

    /** Whether the store's IRIs open on the pages as they are: the base is this server's address. */
    boolean baseIsServed(String bind) {
        return ServedBase.servedAt(baseIri, bind, port);
    }

    private static String host(String bind) {
        if (LOOPBACK.contains(bind) || WILDCARD.contains(bind)) {
            return "localhost";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}
