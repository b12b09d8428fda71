package officialskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Tells a TDB2 database directory from anything else before TDB2 touches it. */
final class TdbDirectory {

    private TdbDirectory() {
    }

    /**
     * A TDB2 directory holds {@code Data-NNNN} folders (and a {@code tdb.lock} file). Any other non-empty directory
     * is someone else's data, and TDB2 would otherwise quietly create a database inside it.
     */
    static void requireDatabaseOrAbsent(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("cannot open store " + dir + ": it is a file, not a TDB2 database directory");
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            var names = entries.map(p -> p.getFileName().toString()).toList();
            boolean database = names.stream().anyMatch(n -> n.matches("Data-\\d+"));
            boolean onlyLock = names.equals(List.of("tdb.lock"));
            if (!names.isEmpty() && !database && !onlyLock) {
                throw new StoreException("cannot open store " + dir + ": not a TDB2 database (the directory holds "
                        + names.size() + " other entries and no Data-NNNN folder)");
            }
        } catch (IOException e) {
            throw new StoreException("cannot open store " + dir + ": cannot list it (" + TdbStore.reason(e) + ")", e);
        }
    }
}
