package officialskg.server.sparql;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON answers the guard writes itself; errors in the shape the Spring app uses too:
 * {@code {"status": 403, "error": "…"}}.
 */
final class JsonAnswer {

    private JsonAnswer() {
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject json = new JsonObject();
        json.put("status", status);
        json.put("error", message);
        send(response, status, JSON.toStringFlat(json) + "\n", true);
    }

    /** {@code json} with {@code status}; the body left out when {@code withBody} is false (HEAD). */
    static void send(HttpServletResponse response, int status, String json, boolean withBody) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        if (withBody) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
