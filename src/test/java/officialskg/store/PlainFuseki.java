package officialskg.store;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second, plain Fuseki for remote-store tests: an in-memory TDB2 dataset at {@code /ds} on a free loopback port,
 * optionally behind HTTP Basic for every request — nothing of {@code kg serve}'s own set-up.
 */
public final class PlainFuseki implements AutoCloseable {

    public static final String USER = "kg-writer";
    // ASCII: Jetty reads its password file as ISO-8859-1. The space and colon test the URL decoding.
    public static final String PASSWORD = "s3cret pass:word";

    private final FusekiServer server;
    private final DatasetGraph dataset;

    private PlainFuseki(FusekiServer server, DatasetGraph dataset) {
        this.server = server;
        this.dataset = dataset;
    }

    /**
     * @param unionDefaultGraph as {@code tdb2:unionDefaultGraph true} in a Fuseki configuration
     * @param passwordDir       null for an open server; else the server asks for {@link #USER} / {@link #PASSWORD}
     *                          and keeps its password file here
     */
    public static PlainFuseki start(boolean unionDefaultGraph, Path passwordDir) {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        if (unionDefaultGraph) {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        FusekiServer.Builder builder = FusekiServer.create().loopback(true).port(0).add("/ds", dataset);
        if (passwordDir != null) {
            try {
                Path file = Files.writeString(passwordDir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
                builder.passwordFile(file.toString()).auth(AuthScheme.BASIC)
                        .serverAuthPolicy(Auth.policyAllowSpecific(USER));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        FusekiServer server = builder.build().start();
        return new PlainFuseki(server, dataset);
    }

    /** {@code http://127.0.0.1:PORT/ds} */
    public String url() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds";
    }

    /** The URL with the user and password as user-info (percent-encoded). */
    public String urlWithCredentials() {
        return "http://" + encode(USER) + ":" + encode(PASSWORD) + "@127.0.0.1:" + server.getHttpPort() + "/ds";
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        server.stop();
    }
}
