package officialskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The file {@value #FILE} in a TDB2 store directory while {@code kg serve} serves it: which process serves it and
 * at what address, so that {@code kg ingest} into the same directory (which TDB2's lock keeps out) can send its
 * articles to that server instead. A server killed without closing leaves the file behind; it then names a
 * process that no longer holds the store's lock, and {@link #find} ignores it.
 *
 * @param url     the pages' and REST API's address as a local client reaches it, e.g. {@code http://127.0.0.1:8080/}
 * @param pid     the serving process
 * @param baseIri the base the server mints IRIs under
 */
public record ServedMarker(String url, long pid, String baseIri) {

    public static final String FILE = "kg-serve.properties";
    /** TDB2's process lock; it holds the id of the process that has the database open. */
    private static final String TDB_LOCK = "tdb.lock";

    /** Written once the server answers; replaced in one move, so a reader never sees half a file. */
    public void write(Path storeDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("base", baseIri);
        Path file = storeDir.resolve(FILE);
        Path partial = storeDir.resolve(FILE + ".tmp");
        try (var out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(out, "kg serve is serving this store; removed when it stops");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the marker of {@code storeDir} when it is this process's. */
    public static void delete(Path storeDir, long pid) {
        try {
            if (read(storeDir).map(m -> m.pid() == pid).orElse(false)) {
                Files.deleteIfExists(storeDir.resolve(FILE));
            }
        } catch (IOException | RuntimeException e) {
            // A marker left behind names a process that holds no lock any more: find() ignores it.
        }
    }

    /**
     * The server serving {@code storeDir} now: the marker is there, its process is alive and it is the process
     * holding TDB2's lock on the directory. Empty when the store is not served (or by a server that has gone).
     */
    public static Optional<ServedMarker> find(Path storeDir) {
        Optional<ServedMarker> marker = read(storeDir);
        if (marker.isEmpty() || marker.get().pid() == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        long pid = marker.get().pid();
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive && lockHolder(storeDir).orElse(-1L) == pid ? marker : Optional.empty();
    }

    private static Optional<ServedMarker> read(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new ServedMarker(p.getProperty("url", ""), Long.parseLong(p.getProperty("pid", "")),
                    p.getProperty("base", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> lockHolder(Path storeDir) {
        try {
            return Optional.of(Long.parseLong(Files.readString(storeDir.resolve(TDB_LOCK), StandardCharsets.UTF_8)
                    .strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
