package officialskg.cli;

import officialskg.store.ExportFormat;
import officialskg.store.ExportSelection;
import officialskg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the graph, one article's graph, or everything about one entity, streaming.",
                "ttl and jsonld hold the union of all graphs; trig and nq keep the named graphs."})
final class ExportCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    KgCommand parent;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl|trig|nq|jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @ArgGroup(exclusive = true)
    Selection selection;

    static final class Selection {
        @Option(names = "--article", paramLabel = "ID", description = "Only this article's graph.")
        String article;

        @Option(names = "--entity", paramLabel = "IRI", description = "Only triples about or pointing to this entity.")
        String entity;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        ExportFormat exportFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> ExportFormat.TURTLE;
            case "trig" -> ExportFormat.TRIG;
            case "nq", "nquads" -> ExportFormat.NQUADS;
            case "jsonld", "json-ld" -> ExportFormat.JSONLD;
            default -> throw new UserError("unknown export format '" + format + "' (use ttl, trig, nq or jsonld)");
        };
        ExportSelection what = selection == null ? ExportSelection.all()
                : selection.article != null ? ExportSelection.article(selection.article)
                : ExportSelection.entity(selection.entity);
        try (KgStore store = storeOptions.pipeline(1).openStore(storeOptions.location());
             OutputStream out = open()) {
            store.exporter().export(exportFormat, what, out);
        } catch (IOException e) {
            throw new UserError("cannot write " + (output == null ? "stdout" : output) + ": " + e.getMessage());
        }
        return ExitCodes.OK;
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(parent.stdout());
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(output));
    }
}
