package officialskg.cli;

import officialskg.extract.tagger.TaggerTraining;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain a statistical model (deterministic: the same data and options give the same bytes).",
        subcommands = {TrainCommand.Tagger.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "tagger", mixinStandardHelpOptions = true,
            description = {"Train the sequence tagger on KLUE-NER (minus its held-out part) and, as weak supervision, "
                    + "the entity spans of KLUE-RE; print the held-out scores.",
                    "Defaults: ../shared/data/klue-ner-wikitree-dev.jsonl and ../shared/data/klue-re-train-partial.csv "
                            + "into src/main/resources/officialskg/extract/tagger/tagger-model.bin.gz (then rebuild)."})
    static final class Tagger implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "DATA")
        List<Path> data;

        @Option(names = {"-o", "--out"}, paramLabel = "MODEL")
        Path model;

        @Option(names = "--epochs", defaultValue = "-1")
        int epochs;

        @Option(names = "--seed", defaultValue = "-1")
        long seed;

        @Option(names = "--keep-features", defaultValue = "-1", paramLabel = "K",
                description = "Keep the K strongest features in the model, 0 for all (default: "
                        + TaggerTraining.DEFAULT_KEEP_FEATURES + ").")
        int keepFeatures;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path shared = Locations.shared().resolve("data");
            List<Path> inputs = data == null || data.isEmpty()
                    ? List.of(shared.resolve("klue-ner-wikitree-dev.jsonl"), shared.resolve("klue-re-train-partial.csv"))
                    : data;
            for (Path p : inputs) {
                if (!Files.isReadable(p)) {
                    throw new UserError(p + ": cannot read training data");
                }
            }
            Path out = model != null ? model
                    : Locations.home().resolve("src/main/resources/officialskg/extract/tagger/tagger-model.bin.gz");
            TaggerTraining.Options defaults = TaggerTraining.Options.defaults(inputs, out);
            TaggerTraining.Options options = new TaggerTraining.Options(inputs, out,
                    epochs > 0 ? epochs : defaults.epochs(), seed >= 0 ? seed : defaults.seed(),
                    defaults.holdoutFraction(), defaults.partialWeight(), defaults.partialTypes(),
                    defaults.teacherFill(), defaults.lexiconFolds(), defaults.minCount(),
                    keepFeatures >= 0 ? keepFeatures : defaults.keepFeatures());
            PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            var summary = TaggerTraining.train(options, new NoriKoreanAnalyzer(), log);
            spec.commandLine().getOut().println("model written to " + out + " (" + summary.features() + " features)");
            summary.heldOut().ifPresent(r -> spec.commandLine().getOut().print("held-out:\n" + r.toText()));
            return ExitCodes.OK;
        }
    }
}
