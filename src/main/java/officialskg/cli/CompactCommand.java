package officialskg.cli;

import officialskg.store.DiskUsage;
import officialskg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact an embedded store: TDB2 copies the live data into a new generation (Data-NNNN) and "
                + "deletes the old one, which holds the blocks of every replaced or deleted article; the text index "
                + "merges its segments and drops deleted documents. Prints the sizes before and after.",
                "Stop kg serve on the store first (the store is locked while served)."})
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        Path dir = storeOptions.directory("compact");
        if (!Files.isDirectory(dir)) {
            throw new UserError("no store at " + dir + " (create one with kg ingest)");
        }
        DiskUsage before = DiskUsage.of(dir);
        try (TdbStore store = TdbStore.open(dir, storeOptions.pipeline(1).iris())) {
            store.compact();
        }
        DiskUsage after = DiskUsage.of(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("kg compact: " + dir);
        out.println("  database:   " + database(before) + " -> " + database(after));
        out.println("  text index: " + ByteSize.format(before.textIndexBytes()) + " -> "
                + ByteSize.format(after.textIndexBytes()));
        out.println("  total:      " + ByteSize.format(before.totalBytes()) + " -> "
                + ByteSize.format(after.totalBytes()) + String.format(Locale.ROOT, " (%+.0f%%)",
                before.totalBytes() == 0 ? 0.0 : 100.0 * (after.totalBytes() - before.totalBytes())
                        / before.totalBytes()));
        out.flush();
        return ExitCodes.OK;
    }

    private static String database(DiskUsage usage) {
        return ByteSize.format(usage.databaseBytes()) + " in " + usage.generations() + " generation"
                + (usage.generations() == 1 ? "" : "s");
    }
}
