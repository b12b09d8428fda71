package officialskg.server;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.server.boot.KgServer;
import officialskg.store.KgStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One served fixture store per test JVM: the seed article (or, without ../shared, a composed article about the
 * same people) ingested by the real pipeline, served by a real {@link KgServer} on free loopback ports, with the
 * admin password {@link #PASSWORD} and a 2-second query timeout.
 */
final class ServedStore {

    static final String PASSWORD = "test-only-secret";
    static final Path SEED = Path.of("../shared/seed/000_f4471e151cd5cea1.txt");

    /** Used when ../shared is absent: general news prose, not the seed's text. */
    static final String COMPOSED = """
            오세훈 서울시장, 대한상공회의소 신년인사회 참석

            오세훈 서울시장이 9일 서울 중구 대한상공회의소에서 열린 신년인사회에 참석했다. 오 시장은 최태원 대한상공회의소 회장과 만나 서울 기업 지원 방안을 논의했다.
            """;

    private static KgServer server;
    private static KgPipeline pipeline;

    private ServedStore() {
    }

    static synchronized KgServer server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("kg-served");
                Path input = Files.exists(SEED) ? SEED : Files.writeString(dir.resolve("composed.txt"), COMPOSED);
                pipeline = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));
                try (KgStore store = pipeline.openStore(dir.resolve("store"))) {
                    pipeline.ingest().run(List.of(input), InputFormat.AUTO, store, IngestListener.SILENT);
                }
                ServerSettings settings = ServerSettings.defaults(dir.resolve("store")).withPorts(0, 0)
                        .withQueryTimeout(Duration.ofSeconds(2)).withAdminPassword(Optional.of(PASSWORD));
                server = KgServer.start(settings, pipeline);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    static KgPipeline pipeline() {
        server();
        return pipeline;
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
