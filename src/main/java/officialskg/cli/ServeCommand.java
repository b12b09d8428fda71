package officialskg.cli;

import officialskg.pipeline.KgPipeline;
import officialskg.server.ServedBase;
import officialskg.server.ServerSettings;
import officialskg.server.boot.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: entity pages, search and REST API (Spring, --port) and SPARQL with the "
                + "Fuseki UI (dataset /kg, --fuseki-port), until interrupted. Reads are open; writes need user admin "
                + "with the password in $" + ServerSettings.PASSWORD_ENV + " (unset: writes are refused)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "N",
            description = "Port of the pages and REST API (default: the port of the store's base IRI when that is "
                    + "a local address, else " + ServerSettings.DEFAULT_PORT + "). A new or empty store mints its IRIs "
                    + "under http://localhost:PORT/kg/.")
    Integer port;

    @Option(names = "--fuseki-port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_FUSEKI_PORT,
            description = "Port of SPARQL and the Fuseki UI (default: ${DEFAULT-VALUE}).")
    int fusekiPort;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; reads need no login, so think before "
                    + "opening it to a network).")
    String bind;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop any SPARQL query after this many seconds (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let pages of ORIGIN (scheme://host[:port]) read across origins: SPARQL queries and the "
                    + "pages' GET API, never with credentials and never writes; repeatable. Default: same-origin only.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--verbose", description = "Log every SPARQL request (Fuseki's request log) on the console.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        RequestLogging.configure(verbose);
        Path dir = storeOptions.directory("serve");
        ServedAddress address = ServedAddress.resolve(port, bind, storeOptions.knownBase());
        ServerSettings settings;
        try {
            settings = settings(dir, address.port(), fusekiPort, bind, queryTimeout).withCorsOrigins(corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new UserError("--cors-origin: " + e.getMessage());
        }
        return serve(spec.commandLine().getOut(), StoreOptions.pipelineMinting(address.baseIri(), 0), settings);
    }

    static ServerSettings settings(Path store, int port, int fusekiPort, String bind, int timeoutSeconds) {
        if (timeoutSeconds < 1) {
            throw new UserError("--query-timeout must be at least 1 second, was " + timeoutSeconds);
        }
        try {
            return ServerSettings.defaults(store).withPorts(port, fusekiPort).withBind(bind)
                    .withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withAdminPassword(Optional.ofNullable(System.getenv(ServerSettings.PASSWORD_ENV)))
                    .withQueriesDir(Locations.queriesDir());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t.getClass().getSimpleName().equals("PortInUseException")) {
                return true;
            }
        }
        return false;
    }

    /** Starts both servers, prints where they are, and blocks until the JVM is asked to stop. */
    static int serve(PrintWriter out, KgPipeline pipeline, ServerSettings settings) throws InterruptedException {
        KgServer server;
        try {
            server = KgServer.start(settings, pipeline);
        } catch (RuntimeException e) {
            if (portInUse(e)) {
                throw new UserError("cannot serve: port " + settings.port() + " or " + settings.fusekiPort()
                        + " is already in use (choose others with --port and --fuseki-port)");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "kg-serve-stop"));
        out.println("kg serve: store " + settings.store());
        out.println("  pages and search:  " + server.appUrl() + "  (e.g. " + server.appUrl()
                + "search?q=서울시장)");
        String base = pipeline.iris().base();
        if (ServedBase.servedAt(base, settings.bind(), server.port())) {
            out.println("  resources:         " + base + "entity/…  (the store's IRIs open here as they are)");
        } else {
            out.println("  resources:         " + server.appUrl() + ServedBase.path(base).replaceFirst("^/", "")
                    + "/entity/…");
            out.println("  IRIs minted under: " + base + " (the store's base: the pages and the Fuseki UI's links "
                    + "resolve them here; as exported they point there"
                    + ServedBase.localPort(base, settings.bind()).map(p -> ", where kg serve without --port serves")
                    .orElse("") + ")");
        }
        out.println("  SPARQL endpoint:   " + server.fusekiUrl() + "kg/sparql");
        out.println("  Fuseki UI:         " + server.fusekiUrl());
        out.println("  REST API:          " + server.appUrl() + "openapi.json");
        out.println("  writes (update, upload, POST /api/articles): "
                + (settings.adminPassword().isPresent() ? "user admin, password from $" + ServerSettings.PASSWORD_ENV
                : "disabled (set $" + ServerSettings.PASSWORD_ENV + " to enable)"));
        out.println("  cross-origin reads: " + (settings.corsOrigins().isEmpty() ? "none (same-origin only)"
                : String.join(", ", settings.corsOrigins())));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
