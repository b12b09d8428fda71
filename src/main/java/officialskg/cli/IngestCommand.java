package officialskg.cli;

import officialskg.article.InputFormat;
import officialskg.pipeline.BulkIngest;
import officialskg.pipeline.IngestReport;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.Shard;
import officialskg.rdf.IriMinter;
import officialskg.server.ServerSettings;
import officialskg.store.KgStore;
import officialskg.store.ServedMarker;
import officialskg.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read article files and store each as one named graph (re-ingesting replaces it).",
                "Formats: scraped page text (.txt), HTML (.html), JSON Lines (.jsonl); directories are read "
                        + "recursively. Exit 1 when any input was skipped (each reason is printed), after storing "
                        + "the rest.",
                "While kg serve serves the store directory, the articles are read here and sent to that server "
                        + "(user admin, password from $" + ServerSettings.PASSWORD_ENV + "), which stores them and "
                        + "keeps its search and pages current."})
final class IngestCommand implements Callable<Integer> {

    /** The admin password of a running {@code kg serve}, for adding articles to the store it serves. */
    static final String PASSWORD_ENV = ServerSettings.PASSWORD_ENV;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Option(names = "--in", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto|text|html|jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Option(names = "--shard", paramLabel = "k/N", defaultValue = "1/1",
            description = {"Take only shard k of N: the articles whose id hashes (SHA-256, mod N) to k-1. Run N "
                    + "workers with 1/N … N/N over the same inputs and the same store (e.g. a remote SPARQL store) "
                    + "to store every article exactly once (default: ${DEFAULT-VALUE}, everything)."})
    String shard;

    @Option(names = "--bulk", defaultValue = "auto", paramLabel = "MODE",
            description = "auto|on|off: build a new store with TDB2's bulk loader (staged N-Quads, loaded and indexed "
                    + "at the end, moved into place only when complete); auto does so when the store is absent or "
                    + "empty (default: ${DEFAULT-VALUE}).")
    String bulk;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        InputFormat inputFormat = Formats.input(format);
        Shard part;
        BulkIngest.Mode mode;
        try {
            part = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserError("--shard: " + e.getMessage());
        }
        try {
            mode = BulkIngest.Mode.parse(bulk);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (storeOptions.location() instanceof StoreLocation.Directory directory) {
            Optional<ServedMarker> served = ServedMarker.find(directory.dir());
            if (served.isPresent()) {
                return throughServer(directory.dir(), served.get(), part, mode, inputFormat, err);
            }
        }
        KgPipeline pipeline = storeOptions.pipeline(threads);
        IngestReport report;
        long others;
        StoreLocation location = storeOptions.location();
        // Bulk loading builds a new embedded store; a remote store is always written article by article.
        boolean bulkLoad = location instanceof StoreLocation.Directory directory && mode.bulkLoads(directory.dir());
        if (mode == BulkIngest.Mode.ON && !bulkLoad) {
            throw new UserError("--bulk on needs an embedded store directory, not " + location);
        }
        if (bulkLoad) {
            try (IngestProgress progress = new IngestProgress(err, paths, inputFormat)) {
                report = pipeline.bulkIngest().onShard(part)
                        .run(paths, inputFormat, storeOptions.directory("ingest"), progress).report();
                others = progress.otherShards;
            }
        } else {
            try (KgStore store = pipeline.openStore(location);
                 IngestProgress progress = new IngestProgress(err, paths, inputFormat)) {
                report = pipeline.ingest().onShard(part).run(paths, inputFormat, store, progress);
                others = progress.otherShards;
            }
        }
        spec.commandLine().getOut().println(report.summary()
                + (part.count() > 1 ? ", shard " + part + " (" + others + " articles left to other shards)" : "")
                + " (store: " + location + (bulkLoad ? ", bulk-loaded" : "") + ")");
        return report.skippedCount() == 0 ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }

    private String givenBase() {
        try {
            return new IriMinter(storeOptions.baseIri).base();
        } catch (IllegalArgumentException e) {
            throw new UserError("--base-iri: " + e.getMessage());
        }
    }

    /**
     * The store is open in {@code kg serve}, and TDB2 lets only one process open it: the articles are read here and
     * sent to that server, which stores them with the same steps and keeps its text index and pages current.
     */
    private int throughServer(Path dir, ServedMarker served, Shard part, BulkIngest.Mode mode, InputFormat inputFormat,
                              PrintWriter err) {
        String where = "store " + dir + " is served by kg serve at " + served.url() + " (pid " + served.pid() + ")";
        if (mode == BulkIngest.Mode.ON) {
            throw new UserError("ingest: --bulk on: " + where + "; a bulk load needs a new store");
        }
        if (storeOptions.baseIri != null && !givenBase().equals(served.baseIri())) {
            throw new UserError("--base-iri " + storeOptions.baseIri + ": the " + where + ", which mints under "
                    + served.baseIri() + " (leave --base-iri out)");
        }
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isBlank()) {
            throw new UserError("ingest: " + where + "; set $" + PASSWORD_ENV
                    + " to its admin password to add the articles through it (or stop it first)");
        }
        PrintWriter out = spec.commandLine().getOut();
        IngestReport report;
        long others;
        ServedIngest ingest;
        try (IngestProgress progress = new IngestProgress(err, paths, inputFormat)) {
            ingest = new ServedIngest(served, password, part, progress);
            try {
                report = ingest.run(paths, inputFormat);
            } catch (ServedIngest.ServerGone e) {
                out.println(ingest.report().summary() + " (store: " + dir + ", through kg serve, which stopped)");
                out.flush();
                throw new UserError("ingest: " + e.getMessage());
            }
            others = progress.otherShards;
        }
        out.println("ingest: store " + dir + " is served by kg serve at " + served.url() + "; sent "
                + ingest.sent() + " articles through it");
        out.println(report.summary()
                + (part.count() > 1 ? ", shard " + part + " (" + others + " articles left to other shards)" : "")
                + " (store: " + dir + ", through kg serve)");
        return report.skippedCount() == 0 ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
}
