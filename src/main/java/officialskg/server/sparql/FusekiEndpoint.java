package officialskg.server.sparql;

import officialskg.server.Credentials;
import officialskg.server.CrossSiteRequests;
import officialskg.server.ServerSettings.QueryLimits;
import org.apache.jena.fuseki.main.FusekiMain;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.sparql.core.DatasetGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded Fuseki with its UI over the store's dataset, published as {@code /kg}: query and graph-store reads at
 * {@code /kg}, {@code /kg/sparql}, {@code /kg/query} and {@code /kg/get}, open to anyone under the anonymous query
 * limits; update ({@code /kg/update}), graph-store writes ({@code /kg/data}), uploads ({@code /kg/upload}) and the
 * admin API only with the admin password, and only mounted at all when one is set. {@link AccessGuard} stands in
 * front of every request.
 */
public final class FusekiEndpoint implements AutoCloseable {

    public static final String DATASET = "kg";

    private final FusekiServer server;

    private FusekiEndpoint(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts Fuseki. {@code uiDir} holds the UI's {@code index.html}; {@code adminArea} is the admin module's work
     * directory (used only when the admin password is set). Built through {@link FusekiMain#builder} because that is
     * where the admin module reads its work directory from.
     */
    public static FusekiEndpoint start(DatasetGraph dataset, String bind, int port, Credentials credentials,
                                       Path uiDir, Path adminArea, List<String> corsOrigins, QueryLimits limits) {
        boolean admin = credentials.writesEnabled();
        FusekiModules modules = admin ? FusekiModules.create(FMod_Admin.create()) : FusekiModules.create();
        List<String> args = new ArrayList<>(List.of("--port=" + port, "--empty"));
        if (admin) {
            args.add("--adminArea=" + adminArea);
        }
        if (isLoopback(bind)) {
            args.add("--localhost");
        }
        FusekiServer.Builder builder = FusekiMain.builder(modules, args.toArray(String[]::new))
                .enableCors(false, null)
                .staticFileBase(uiDir.toString())
                .addServlet("/$/validate/query", new QueryValidator())
                .enablePing(true)
                .registerOperation(Operation.Query, new BoundedQuery(limits.maxRows()))
                .add("/" + DATASET, dataset, false)
                .addFilter("/*", new AccessGuard(credentials, DATASET, new CrossSiteRequests(corsOrigins),
                        new QueryBudget(limits)));
        if (admin) {
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
