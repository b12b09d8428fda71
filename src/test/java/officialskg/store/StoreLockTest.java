package officialskg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store held open by another process is refused with a clear message, not a stack trace. */
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aStoreOpenInAnotherProcessIsAClearError() throws Exception {
        Path db = dir.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HoldStoreOpen.class.getName(), db.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open 0", lines.readLine(), "the other process opened the store");
            var e = assertThrows(StoreException.class,
                    () -> TdbStore.open(db, Fixtures.IRIS));
            assertTrue(e.getMessage().startsWith("cannot open store " + db + ": ")
                    && e.getMessage().contains("another process"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (TdbStore store = TdbStore.open(db, Fixtures.IRIS)) {
            assertEquals(0, store.articleCount(), "free again once the other process ended");
        }
    }
}
