package officialskg.cli;

import officialskg.pipeline.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic corpus for benchmarks (JSON Lines: id, title, text, "
                + "published, url): real titles and 5-20 real sentences per article, drawn from the source corpus "
                + "(default: the Wikinews articles in ../shared), publication days over 2015-2024.",
                "The same source and seed give byte-identical output. Streams: constant memory for any count."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
    long articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Output file (.jsonl).")
    Path output;

    @Option(names = "--source", paramLabel = "FILE",
            description = "Articles whose sentences and titles are recombined (default: ../shared/data/wikinews-ko.jsonl).")
    Path source;

    static Path defaultSource() {
        return Locations.shared().resolve("data/wikinews-ko.jsonl");
    }

    @Override
    public Integer call() throws IOException {
        if (articles < 1) {
            throw new UserError("--articles must be at least 1, was " + articles);
        }
        Path from = source != null ? source : defaultSource();
        generate(from, articles, seed, output);
        spec.commandLine().getOut().println("wrote " + articles + " articles (seed " + seed + ", sentences from "
                + from + ") to " + output);
        return ExitCodes.OK;
    }

    static void generate(Path source, long articles, long seed, Path output) throws IOException {
        if (!Files.isReadable(source)) {
            throw new UserError(source + ": cannot read the source corpus (missing or no permission)");
        }
        CorpusGenerator generator;
        try {
            generator = CorpusGenerator.fromSource(source);
        } catch (IllegalArgumentException e) {
            throw new UserError(source + ": " + e.getMessage());
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            generator.write(articles, seed, out);
        }
    }
}
