package officialskg.cli;

import officialskg.article.InputFormat;
import officialskg.pipeline.BulkIngest;
import officialskg.pipeline.IngestReport;
import officialskg.pipeline.KgPipeline;
import officialskg.store.KgStore;
import officialskg.store.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job on the embedded store: ingest the bundled sample articles (samples/) and, when "
                + "the shared development data lies beside the project (../shared), the seed article and the 604 "
                + "Wikinews articles; print what was stored; then serve it (as kg serve) until interrupted, unless "
                + "--no-serve."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    KgCommand parent;

    @Option(names = "--no-shared", description = "Ingest only samples/, not ../shared.")
    boolean noShared;

    @Option(names = "--no-serve", description = "Only ingest and report; do not start the servers afterwards.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N",
            description = "Port of the pages and REST API when serving (default: the port of the store's base IRI "
                    + "when the store exists, else 8080). A new store mints its IRIs under http://localhost:PORT/kg/.")
    Integer port;

    @Option(names = "--fuseki-port", paramLabel = "N", defaultValue = "3030",
            description = "Port of SPARQL and the Fuseki UI when serving (default: ${DEFAULT-VALUE}).")
    int fusekiPort;

    @Option(names = "--verbose", description = "Log every SPARQL request (Fuseki's request log) on the console.")
    boolean verbose;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws InterruptedException {
        RequestLogging.configure(verbose);
        PrintWriter out = spec.commandLine().getOut();
        Path storeDir = storeOptions.directory("demo");
        String bind = "127.0.0.1";
        // The IRIs are minted for the address the demo serves, so each one opens its page there.
        ServedAddress address = ServedAddress.resolve(port, bind, storeOptions.knownBase());
        List<Path> inputs = new ArrayList<>();
        inputs.add(Locations.home().resolve("samples"));
        Path shared = Locations.shared();
        if (!noShared) {
            addIfPresent(inputs, shared.resolve("seed/000_f4471e151cd5cea1.txt"));
            addIfPresent(inputs, shared.resolve("data/wikinews-ko.jsonl"));
        }
        out.println("kg demo: ingesting " + inputs.stream().map(Path::toString).toList() + " into " + storeOptions.store);
        out.flush();
        KgPipeline pipeline = StoreOptions.pipelineMinting(address.baseIri(), 0);
        IngestReport bulkReport = null;
        // A first demo builds its store with the bulk loader: faster, and an order of magnitude smaller on disk.
        if (BulkIngest.Mode.AUTO.bulkLoads(storeDir)) {
            try (IngestProgress progress = new IngestProgress(spec.commandLine().getErr(), inputs, InputFormat.AUTO)) {
                bulkReport = pipeline.bulkIngest().run(inputs, InputFormat.AUTO, storeDir, progress).report();
            }
        }
        try (KgStore store = pipeline.openStore(storeDir)) {
            IngestReport report = bulkReport;
            if (report == null) {
                try (IngestProgress progress = new IngestProgress(spec.commandLine().getErr(), inputs,
                        InputFormat.AUTO)) {
                    report = pipeline.ingest().run(inputs, InputFormat.AUTO, store, progress);
                }
            }
            out.println(report.summary() + (bulkReport != null ? " (bulk-loaded into a new store)" : ""));
            out.println();
            for (String name : List.of("article-count", "graph-stats")) {
                out.println("== kg query " + name);
                out.flush();
                QueryRunner queries = store.queries();
                var result = queries.run(QueryRunner.resolve(name, Locations.queriesDir()), Map.of(),
                        Duration.ofSeconds(60));
                queries.write(result, QueryRunner.Format.TABLE, parent.stdout());
                out.println();
            }
        }
        if (noServe) {
            out.println("Next: ./kg serve, ./kg query articles-by-date --param from=2024-01-01 --param to=2024-12-31, "
                    + "./kg export --format ttl -o graph.ttl");
            return ExitCodes.OK;
        }
        out.println();
        return ServeCommand.serve(out, pipeline,
                ServeCommand.settings(storeDir, address.port(), fusekiPort, bind, 30));
    }

    private static void addIfPresent(List<Path> inputs, Path path) {
        if (Files.exists(path)) {
            inputs.add(path);
        }
    }
}
