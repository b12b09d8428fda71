package officialskg.cli;

import officialskg.rdf.ShaclCheck;
import officialskg.store.KgStore;
import officialskg.store.RemoteSparqlStore;
import officialskg.store.StoreLocation;
import officialskg.store.TdbStore;
import org.apache.jena.graph.NodeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every article graph of a store against the SHACL shapes (ontology/shapes.ttl).",
                "Prints the report; exit code 0 when the store conforms, 1 when it does not."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--max-problems", defaultValue = "50", paramLabel = "N",
            description = "Print at most N problem lines (default: ${DEFAULT-VALUE}); the count is always complete.")
    int maxProblems;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StoreLocation location = storeOptions.location();
        if (location instanceof StoreLocation.Directory directory && !Files.isDirectory(directory.dir())) {
            throw new UserError("no store at " + directory.dir() + " (create one with kg ingest)");
        }
        ShaclCheck.DatasetResult result;
        try (KgStore store = storeOptions.pipeline(1).openStore(location)) {
            result = switch (store) {
                case TdbStore tdb -> new ShaclCheck().check(tdb.datasetGraph());
                // Remote: one article graph fetched at a time, so a large store is never held in memory.
                case RemoteSparqlStore remote -> new ShaclCheck().check(remote.articleIds().stream()
                        .map(id -> NodeFactory.createURI(remote.iris().articleGraph(id))).toList(), remote::graph);
                default -> throw new UserError("kg validate does not know the store " + location);
            };
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("SHACL report for " + storeOptions.store + ": " + result.graphs() + " graphs checked, "
                + (result.conforms() ? "conforms" : result.problems().size() + " violations"));
        result.problems().stream().limit(Math.max(0, maxProblems)).forEach(out::println);
        if (result.problems().size() > maxProblems) {
            out.println("... and " + (result.problems().size() - maxProblems) + " more");
        }
        out.flush();
        return result.conforms() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
}
