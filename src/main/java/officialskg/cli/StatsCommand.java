package officialskg.cli;

import officialskg.store.DiskUsage;
import officialskg.store.KgStore;
import officialskg.store.StoreLocation;
import officialskg.store.StoreStatistics;
import officialskg.vocab.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"What a store holds: articles, triples, quads, named graphs, mentions, entities by type, "
                + "relations by type, distinct persons / organizations / places / events, the date range of the "
                + "articles; for an embedded store also its size on disk (TDB2 and text index), TDB2 generations "
                + "and bytes per article."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "table", description = "table|json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Time limit of each counting query (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> false;
            case "json" -> true;
            default -> throw new UserError("unknown stats format '" + format + "' (use table or json)");
        };
        StoreLocation location = storeOptions.location();
        Optional<DiskUsage> disk = Optional.empty();
        if (location instanceof StoreLocation.Directory directory) {
            if (!Files.isDirectory(directory.dir())) {
                throw new UserError("no store at " + directory.dir() + " (create one with kg ingest)");
            }
            disk = Optional.of(DiskUsage.of(directory.dir()));
        }
        StoreStatistics stats;
        try (KgStore store = storeOptions.pipeline(1).openStore(location)) {
            stats = StoreStatistics.of(store, disk, Duration.ofSeconds(timeoutSeconds));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(location, stats) : table(location, stats));
        out.flush();
        return ExitCodes.OK;
    }

    private static String table(StoreLocation location, StoreStatistics s) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.STANDARD);
        StringBuilder t = new StringBuilder("store " + location + "\n");
        row(t, "articles", s.articles());
        row(t, "triples (distinct)", s.triples());
        row(t, "quads", s.quads());
        row(t, "named graphs", s.namedGraphs());
        row(t, "mentions", s.mentions());
        row(t, "persons", s.persons());
        row(t, "organizations", s.organizations());
        row(t, "places", s.places());
        row(t, "events", s.events());
        row(t, "articles from", s.firstArticle().orElse("-"));
        row(t, "articles to", s.lastArticle().orElse("-"));
        s.entitiesByType().forEach((type, n) -> row(t, "entities " + prefixes.shortForm(type), n));
        s.relationsByType().forEach((type, n) -> row(t, "relations " + type, n));
        s.disk().ifPresentOrElse(d -> {
            row(t, "TDB2 size", ByteSize.format(d.databaseBytes()) + " (files " + ByteSize.format(d.fileBytes())
                    + ", sparse)");
            row(t, "TDB2 generations", d.generations());
            row(t, "text index size", ByteSize.format(d.textIndexBytes()));
            row(t, "bytes per article", s.bytesPerArticle().map(ByteSize::format).orElse("-"));
        }, () -> row(t, "size on disk", "unknown (remote store)"));
        return t.toString().stripTrailing();
    }

    private static void row(StringBuilder t, String measure, Object value) {
        t.append(String.format(Locale.ROOT, "  %-32s %s%n", measure, value));
    }

    private static String json(StoreLocation location, StoreStatistics s) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("store", location.toString());
        root.put("articles", s.articles());
        root.put("triples", s.triples());
        root.put("quads", s.quads());
        root.put("namedGraphs", s.namedGraphs());
        root.put("mentions", s.mentions());
        root.put("persons", s.persons());
        root.put("organizations", s.organizations());
        root.put("places", s.places());
        root.put("events", s.events());
        ObjectNode dates = root.putObject("articleDates");
        dates.put("first", s.firstArticle().orElse(null));
        dates.put("last", s.lastArticle().orElse(null));
        counts(root.putObject("entitiesByType"), s.entitiesByType());
        counts(root.putObject("relationsByType"), s.relationsByType());
        s.disk().ifPresent(d -> {
            ObjectNode disk = root.putObject("disk");
            disk.put("tdb2Bytes", d.databaseBytes());
            disk.put("tdb2FileBytes", d.fileBytes());
            disk.put("textIndexBytes", d.textIndexBytes());
            disk.put("generations", d.generations());
            disk.put("bytesPerArticle", s.bytesPerArticle().orElse(0L));
        });
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void counts(ObjectNode node, Map<String, Long> counts) {
        counts.forEach(node::put);
    }
}
