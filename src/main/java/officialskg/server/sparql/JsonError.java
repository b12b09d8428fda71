package officialskg.server.sparql;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An error answer in the shape the Spring app uses too: {@code {"status": 403, "error": "…"}}. */
final class JsonError {

    private JsonError() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject json = new JsonObject();
        json.put("status", status);
        json.put("error", message);
        byte[] body = (JSON.toStringFlat(json) + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
