package officialskg.cli;

import officialskg.extract.eval.HeldOutSplit;
import officialskg.extract.tagger.TaggerTraining;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        @Parameters(arity = "0..*", paramLabel = "DATA",
                description = "KLUE-NER .jsonl (fully labelled) and KLUE-RE .csv (entity spans only) files.")
        List<Path> data;

        @Option(names = {"-o", "--out"}, paramLabel = "MODEL")
        Path model;

        @Option(names = "--epochs", paramLabel = "N", defaultValue = "" + TaggerTraining.DEFAULT_EPOCHS,
                description = "Training passes (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "" + TaggerTraining.DEFAULT_SEED,
                description = "Seed of the example order (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--holdout-fraction", paramLabel = "F", defaultValue = "" + HeldOutSplit.DEFAULT_FRACTION,
                description = "Share of the KLUE-NER sentences held out of training and scored after it "
                        + "(default: ${DEFAULT-VALUE}).")
        double holdoutFraction;

        @Option(names = "--partial-weight", paramLabel = "W", defaultValue = "" + TaggerTraining.DEFAULT_PARTIAL_WEIGHT,
                description = "Weight of a partially labelled (KLUE-RE) sentence (default: ${DEFAULT-VALUE}).")
        float partialWeight;

        @Option(names = "--partial-types", paramLabel = "TYPES", split = ",",
                defaultValue = TaggerTraining.DEFAULT_PARTIAL_TYPES,
                description = "Entity types taken from the partial labels (default: ${DEFAULT-VALUE}).")
        Set<String> partialTypes;

        @Option(names = "--partial-fill", paramLabel = "teacher|latent", defaultValue = "teacher",
                description = "What fills the positions a partial label leaves open: a model of the fully "
                        + "labelled sentences (teacher) or the model in training (latent) (default: ${DEFAULT-VALUE}).")
        String partialFill;

        @Option(names = "--lexicon-folds", paramLabel = "K", defaultValue = "" + TaggerTraining.DEFAULT_LEXICON_FOLDS,
                description = "Folds of the name lexicon built from the training data, 0 for no lexicon "
                        + "(default: ${DEFAULT-VALUE}).")
        int lexiconFolds;

        @Option(names = "--min-count", paramLabel = "C", defaultValue = "" + TaggerTraining.DEFAULT_MIN_COUNT,
                description = "Keep only features seen at least C times (default: ${DEFAULT-VALUE}).")
        int minCount;

        @Option(names = "--keep-features", defaultValue = "" + TaggerTraining.DEFAULT_KEEP_FEATURES, paramLabel = "K",
                description = "Keep the K strongest features in the model, 0 for all (default: ${DEFAULT-VALUE}).")
        int keepFeatures;

        @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
                description = "Also list the first N held-out errors (default: ${DEFAULT-VALUE}).")
        int errors;

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
            boolean teacherFill = switch (partialFill) {
                case "teacher" -> true;
                case "latent" -> false;
                default -> throw new UserError("--partial-fill is teacher or latent, not '" + partialFill + "'");
            };
            TaggerTraining.Options options;
            try {
                options = new TaggerTraining.Options(inputs, out, epochs, seed, holdoutFraction, partialWeight,
                        partialTypes, teacherFill, lexiconFolds, minCount, keepFeatures);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            var summary = TaggerTraining.train(options, new NoriKoreanAnalyzer(), log);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("model written to " + out + " (" + summary.features() + " features)");
            summary.heldOut().ifPresent(r -> stdout.print("held-out:\n" + r.toText()
                    + (errors > 0 ? r.errorsText(errors) + "\n" : "")));
            return ExitCodes.OK;
        }
    }
}
