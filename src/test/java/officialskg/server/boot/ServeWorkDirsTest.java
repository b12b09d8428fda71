package officialskg.server.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeWorkDirsTest {

    @Test
    void foldersOfKilledServersAreDeletedAndLiveOnesKept(@TempDir Path tmp) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path killed = Files.createDirectories(tmp.resolve("kg-serve123/admin/backups"));
        Files.writeString(killed.resolve("kg_2026-12-07.nq.gz"), "dump");
        Files.writeString(tmp.resolve("kg-serve123").resolve(ServeWorkDirs.OWNER), Long.toString(finished.pid()));
        Path live = Files.createDirectories(tmp.resolve("kg-serve456"));
        Files.writeString(live.resolve(ServeWorkDirs.OWNER), Long.toString(ProcessHandle.current().pid()));
        Path oldUnowned = Files.createDirectories(tmp.resolve("kg-serve789"));
        Files.setLastModifiedTime(oldUnowned, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path freshUnowned = Files.createDirectories(tmp.resolve("kg-serve000"));
        Path unrelated = Files.createDirectories(tmp.resolve("other"));

        assertEquals(2, ServeWorkDirs.deleteAbandoned(tmp));
        assertFalse(Files.exists(tmp.resolve("kg-serve123")));
        assertFalse(Files.exists(oldUnowned));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(freshUnowned));
        assertTrue(Files.exists(unrelated));
    }
}
