package officialskg.server.boot;

import officialskg.pipeline.KgPipeline;
import officialskg.server.Credentials;
import officialskg.server.ServedBase;
import officialskg.server.ServedGraph;
import officialskg.server.ServerSettings;
import officialskg.server.sparql.FusekiEndpoint;
import officialskg.server.web.KgWebApp;
import officialskg.store.ServedMarker;
import officialskg.store.TdbStore;
import org.apache.jena.query.ARQ;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code kg serve}: one JVM, one open store, two servers over the same TDB2 dataset: the Spring app (entity pages,
 * search, REST) and the embedded Fuseki (SPARQL and its UI). Close it to stop both and release the store.
 */
public final class KgServer implements AutoCloseable {

    /** Rows an ORDER BY, DISTINCT or GROUP BY keeps in memory before spilling to disk. */
    static final long SPILL_TO_DISK_ROWS = 50_000;

    private final TdbStore store;
    private final FusekiEndpoint fuseki;
    private final ConfigurableApplicationContext web;
    private final ServedGraph graph;
    private final Path workDir;

    private KgServer(TdbStore store, FusekiEndpoint fuseki, ConfigurableApplicationContext web, ServedGraph graph,
                     Path workDir) {
        this.store = store;
        this.fuseki = fuseki;
        this.web = web;
        this.graph = graph;
        this.workDir = workDir;
    }

    public static KgServer start(ServerSettings settings, KgPipeline pipeline) {
        TdbStore store = TdbStore.open(settings.store(), pipeline.iris());
        Path workDir = null;
        FusekiEndpoint fuseki = null;
        try {
            // The timeout lives in the dataset's context, so Fuseki and the pages' own queries both obey it.
            store.datasetGraph().getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
            // Sorts, DISTINCT and grouping past this many rows go to disk instead of the heap all queries share.
            store.datasetGraph().getContext().set(ARQ.spillToDiskThreshold, SPILL_TO_DISK_ROWS);
            ServeWorkDirs.deleteAbandoned(Path.of(System.getProperty("java.io.tmpdir")));
            workDir = ServeWorkDirs.create();
            Credentials credentials = new Credentials(settings.adminPassword());
            Path ui = FusekiUiFiles.copyTo(workDir.resolve("ui"));
            boolean uiPatched = FusekiUiConfig.patch(ui);
            if (!uiPatched) {
                org.slf4j.LoggerFactory.getLogger(KgServer.class).warn("the Fuseki UI bundle is not the one "
                        + "FusekiUiConfig knows: it shows its own example queries and prefixes");
            }
            fuseki = FusekiEndpoint.start(store.datasetGraph(), settings.bind(), settings.fusekiPort(), credentials,
                    ui, Files.createDirectories(workDir.resolve("admin")), settings.corsOrigins(),
                    settings.anonymousLimits());
            String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
            ServedGraph graph = new ServedGraph(store, pipeline, credentials, settings,
                    "http://" + host + ":" + fuseki.port() + "/");
            ConfigurableApplicationContext web = KgWebApp.start(graph);
            try {
                writeUiConfig(ui, settings, pipeline, KgWebApp.port(web));
                // Last, once both servers answer: kg ingest into this directory sends its articles here.
                new ServedMarker(localUrl(settings.bind(), KgWebApp.port(web)), ProcessHandle.current().pid(),
                        pipeline.iris().base()).write(settings.store());
            } catch (IOException | RuntimeException e) {
                web.close();
                throw e;
            }
            return new KgServer(store, fuseki, web, graph, workDir);
        } catch (IOException | RuntimeException e) {
            if (fuseki != null) {
                fuseki.close();
            }
            store.close();
            ServeWorkDirs.delete(workDir);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * The Fuseki UI's settings, written once the pages' port is known (it may have been chosen at start) and before
     * anyone is told where the servers are.
     */
    private static void writeUiConfig(Path ui, ServerSettings settings, KgPipeline pipeline, int appPort)
            throws IOException {
        var examples = FusekiUiConfig.examples(settings.queriesDir());
        String base = pipeline.iris().base();
        Optional<FusekiUiConfig.Links> links = ServedBase.servedAt(base, settings.bind(), appPort)
                ? Optional.empty()
                : Optional.of(new FusekiUiConfig.Links(base, appPort, ServedBase.path(base) + "/"));
        FusekiUiConfig.write(ui, new FusekiUiConfig.Settings(FusekiUiConfig.prefixes(examples), examples, links));
    }

    public int port() {
        return KgWebApp.port(web);
    }

    public int fusekiPort() {
        return fuseki.port();
    }

    /** The pages' address, e.g. {@code http://127.0.0.1:8080/}. */
    public String appUrl() {
        String bind = graph.settings().bind();
        return "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port() + "/";
    }

    public String fusekiUrl() {
        return graph.fusekiUrl();
    }

    /** The pages' address for a client on this machine: loopback when the servers listen on every address. */
    static String localUrl(String bind, int port) {
        String host = switch (bind) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "::0", "0:0:0:0:0:0:0:0" -> "[::1]";
            default -> bind.contains(":") ? "[" + bind + "]" : bind;
        };
        return "http://" + host + ":" + port + "/";
    }

    @Override
    public void close() {
        // First, so no new ingest is sent here; one under way finishes its request while the web server stops.
        ServedMarker.delete(graph.settings().store(), ProcessHandle.current().pid());
        try {
            web.close();
        } finally {
            try {
                fuseki.close();
            } finally {
                store.close();
                ServeWorkDirs.delete(workDir);
            }
        }
    }
}
