package officialskg.server.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The temporary folders of {@code kg serve} ({@code kg-serve*} in the system temp directory: the Fuseki UI's files
 * and, with the admin password, the admin area with its backup dumps). A server deletes its own when it stops; one
 * killed with {@code kill -9} cannot, so each folder names its process in {@value #OWNER} and the next server to
 * start deletes the folders whose process is gone.
 */
final class ServeWorkDirs {

    static final String PREFIX = "kg-serve";
    static final String OWNER = "kg-serve.pid";
    /** A folder without an owner file (from an older kg) is left alone for this long after its last change. */
    static final Duration UNOWNED_GRACE = Duration.ofHours(1);

    private ServeWorkDirs() {
    }

    static Path create() throws IOException {
        Path dir = Files.createTempDirectory(PREFIX);
        Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        return dir;
    }

    /** Deletes the {@code kg-serve*} folders under {@code tmp} whose owning process no longer runs; returns how many. */
    static int deleteAbandoned(Path tmp) {
        int deleted = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) && abandoned(dir)) {
                    delete(dir);
                    deleted++;
                }
            }
        } catch (IOException | SecurityException e) {
            // Cleaning up after others is a courtesy: it never stops this server from starting.
        }
        return deleted;
    }

    private static boolean abandoned(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER);
        if (!Files.exists(owner)) {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(UNOWNED_GRACE));
        }
        Optional<Long> pid;
        try {
            pid = Optional.of(Long.parseLong(Files.readString(owner, StandardCharsets.US_ASCII).strip()));
        } catch (NumberFormatException e) {
            pid = Optional.empty();
        }
        return pid.flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(true);
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless; the next start tries again.
        }
    }
}
