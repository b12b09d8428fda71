package officialskg.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link StoreLockTest}: keeps a store open until its standard input closes. */
public final class HoldStoreOpen {

    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (TdbStore store = TdbStore.open(Path.of(args[0]), Fixtures.IRIS)) {
            System.out.println("open " + store.articleCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
