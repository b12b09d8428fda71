package officialskg.cli;

import officialskg.store.KgStore;
import officialskg.store.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over the union of all article graphs.",
                "QUERY is a .rq file or the NAME of queries/NAME.rq; each query declares its parameters in its "
                        + "header (# @param name type description), and --param values are bound as typed RDF terms, "
                        + "never spliced into the query text."})
final class QueryCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    KgCommand parent;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file or a query name from queries/.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Bind a declared parameter.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table|csv|tsv|json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds before the query is stopped (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        QueryRunner.Format out = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "table" -> QueryRunner.Format.TABLE;
            case "csv" -> QueryRunner.Format.CSV;
            case "tsv" -> QueryRunner.Format.TSV;
            case "json" -> QueryRunner.Format.JSON;
            default -> throw new UserError("unknown result format '" + format + "' (use table, csv, tsv or json)");
        };
        String sparql = QueryRunner.resolve(query, Locations.queriesDir());
        try (KgStore store = storeOptions.pipeline(1).openStore(storeOptions.location())) {
            var result = store.queries().run(sparql, params, Duration.ofSeconds(timeoutSeconds));
            OutputStream stdout = new BufferedOutputStream(parent.stdout());
            store.queries().write(result, out, stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}
