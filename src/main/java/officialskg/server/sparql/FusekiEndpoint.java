package officialskg.server.sparql;

import officialskg.server.Credentials;
import org.apache.jena.fuseki.main.FusekiMain;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

import java.nio.file.Path;

/**
 * The embedded Fuseki with its UI over the store's dataset, published as {@code /kg}: query and graph-store reads at
 * {@code /kg}, {@code /kg/sparql}, {@code /kg/query} and {@code /kg/get}; update ({@code /kg/update}), graph-store
 * writes ({@code /kg/data}) and uploads ({@code /kg/upload}) behind {@link WriteGuard}.
 */
public final class FusekiEndpoint implements AutoCloseable {

    public static final String DATASET = "kg";

    private final FusekiServer server;

    private FusekiEndpoint(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts Fuseki. {@code uiDir} holds the UI's {@code index.html}; {@code adminArea} is the admin module's work
     * directory. Built through {@link FusekiMain#builder} because only its {@code --ui} option serves the UI from
     * a plain directory in every run mode (Jena 6.2.0).
     */
    public static FusekiEndpoint start(DatasetGraph dataset, String bind, int port, Credentials credentials,
                                       Path uiDir, Path adminArea) {
        FusekiModules modules = FusekiModules.create(FMod_Admin.create(), FMod_UI.create());
        var args = new java.util.ArrayList<>(java.util.List.of("--port=" + port, "--adminArea=" + adminArea,
                "--ui=" + uiDir, "--empty"));
        if (isLoopback(bind)) {
            args.add("--localhost");
        }
        FusekiServer.Builder builder = FusekiMain.builder(modules, args.toArray(String[]::new))
                .add("/" + DATASET, dataset, false)
                .addFilter("/*", new WriteGuard(credentials, DATASET));
        if (credentials.writesEnabled()) {
            builder.addEndpoint("/" + DATASET, "update", Operation.Update)
                    .addEndpoint("/" + DATASET, "data", Operation.GSP_RW)
                    .addEndpoint("/" + DATASET, "upload", Operation.Upload);
        }
        FusekiServer server = builder.build();
        server.start();
        return new FusekiEndpoint(server);
    }

    private static boolean isLoopback(String bind) {
        return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1");
    }

    public int port() {
        return server.getHttpPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
