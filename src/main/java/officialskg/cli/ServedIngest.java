package officialskg.cli;

import officialskg.article.ArticleInputs;
import officialskg.article.ArticleJson;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.article.Article;
import officialskg.pipeline.ArticleAdmission;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.IngestReport;
import officialskg.pipeline.Shard;
import officialskg.store.ServedMarker;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code kg ingest} into a store that {@code kg serve} is serving: TDB2 lets one process open a store, so the
 * articles go through the server, which writes them with the same steps and keeps its text index and pages
 * current. The inputs are read here, exactly as a local ingest reads them (same ids, same skip reasons, duplicates
 * found across the whole run); the server analyzes and stores them ({@code POST /api/articles/batch}) a few at a
 * time, in input order, as user admin. A client that is not a browser sends no {@code Origin}, which the server's
 * same-origin rule for writes requires.
 */
final class ServedIngest {

    /** Small batches: the server holds its write step for one batch, and a stop mid-run loses at most one answer. */
    static final int BATCH_ARTICLES = 16;
    static final long BATCH_BYTES = 4L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The server stopped answering; what was confirmed stored before stays stored. */
    static final class ServerGone extends RuntimeException {
        ServerGone(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ServedMarker server;
    private final String authorization;
    private final ArticleAdmission admission;
    private final IngestListener listener;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> batch = new ArrayList<>();
    private final List<String> batchOrigins = new ArrayList<>();
    private long batchBytes;
    private long stored;
    private long triples;
    private long sent;

    ServedIngest(ServedMarker server, String password, Shard shard, IngestListener listener) {
        this.server = server;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.admission = new ArticleAdmission(shard, listener);
        this.listener = listener;
    }

    /** Reads every path, sends the articles; {@link ServerGone} when the server stops answering. */
    IngestReport run(List<Path> paths, InputFormat format) {
        ArticleInputs inputs = new ArticleInputs();
        for (Path path : paths) {
            inputs.read(path, format, this::accept);
        }
        flush();
        return report();
    }

    IngestReport report() {
        return admission.report(stored, triples);
    }

    /** Articles the server confirmed it took (stored or, with its reason, skipped). */
    long sent() {
        return sent;
    }

    private void accept(ArticleRead outcome) {
        Article article = admission.admit(outcome);
        if (article != null) {
            String line = ArticleJson.encode(article);
            long bytes = line.getBytes(StandardCharsets.UTF_8).length + 1L;
            if (!batch.isEmpty() && batchBytes + bytes > BATCH_BYTES) {
                flush();
            }
            batch.add(line);
            batchOrigins.add(article.origin());
            batchBytes += bytes;
            if (batch.size() >= BATCH_ARTICLES) {
                flush();
            }
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "api/articles/batch"))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-ndjson; charset=utf-8")
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", batch) + "\n", StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerGone("kg serve at " + server.url() + " stopped answering (" + reason(e) + "); the "
                    + batch.size() + " article(s) sent last, from " + batchOrigins.getFirst() + " on, may not be "
                    + "stored and the rest were not sent: run the same ingest again (an article ingested again is "
                    + "replaced)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerGone("interrupted while kg serve at " + server.url() + " stored the articles from "
                    + batchOrigins.getFirst() + " on", e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200) {
            String why = answer != null && answer.hasNonNull("error") ? answer.get("error").asString()
                    : response.body().lines().findFirst().orElse("");
            if (response.statusCode() == 401) {
                throw new UserError("ingest: kg serve at " + server.url() + " refused the password in $"
                        + IngestCommand.PASSWORD_ENV + " (HTTP 401); nothing more was sent");
            }
            if (response.statusCode() >= 500 || response.statusCode() == 403) {
                throw new UserError("ingest: kg serve at " + server.url() + " answered HTTP " + response.statusCode()
                        + " for the articles from " + batchOrigins.getFirst() + " on: " + why
                        + "; nothing more was sent");
            }
            // The batch itself was refused (too large, unreadable): each of its articles is reported, the run goes on.
            for (String origin : batchOrigins) {
                skip(origin + ": not stored: kg serve answered HTTP " + response.statusCode() + ": " + why);
            }
            sent += batch.size();
        } else {
            if (answer == null) {
                throw new UserError("ingest: kg serve at " + server.url() + " gave an answer that is not JSON");
            }
            answer.path("stored").forEach(id -> {
                stored++;
                listener.stored(id.asString());
            });
            answer.path("skipped").forEach(reason -> skip(reason.asString()));
            triples += answer.path("triples").asLong(0);
            sent += batch.size();
        }
        batch.clear();
        batchOrigins.clear();
        batchBytes = 0;
    }

    private void skip(String reason) {
        admission.skip(reason);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within the time allowed";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
