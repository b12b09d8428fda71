package officialskg.extract.tagger;

import officialskg.extract.eval.HeldOutSplit;
import officialskg.extract.eval.KlueNerFile;
import officialskg.extract.eval.KlueSentence;
import officialskg.extract.eval.NerEvaluation;
import officialskg.extract.eval.NerReport;
import officialskg.nlp.nori.NoriKoreanAnalyzer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trains the {@link SequenceTagger} model. {@code .jsonl} inputs are KLUE-NER (fully labelled; sentences the
 * {@link HeldOutSplit} holds out are never trained on), {@code .csv} inputs are KLUE-RE (only the subject and
 * object spans are known: partial labels, weighted by {@code --partial-weight}). After training, the held-out
 * KLUE-NER sentences are scored and the report is printed.
 *
 * <pre>TaggerTraining [--epochs N] [--seed S] [--holdout-fraction F] [--partial-weight W] --out MODEL DATA...</pre>
 */
public final class TaggerTraining {

    /** What to train on and how; the defaults are those of the committed model. */
    public record Options(List<Path> data, Path model, int epochs, long seed, double holdoutFraction,
                          float partialWeight) {

        public Options {
            data = List.copyOf(data);
            if (data.isEmpty()) {
                throw new IllegalArgumentException("no training data given");
            }
            if (epochs < 1) {
                throw new IllegalArgumentException("--epochs must be at least 1: " + epochs);
            }
        }

        public static Options defaults(List<Path> data, Path model) {
            return new Options(data, model, 8, 20261125L, HeldOutSplit.DEFAULT_FRACTION, 0.5f);
        }
    }

    /** @param heldOut the held-out scores, empty when no KLUE-NER sentence was held out */
    public record Summary(int fullSentences, int partialSentences, int features, Optional<NerReport> heldOut) {
    }

    private TaggerTraining() {
    }

    public static void main(String[] args) throws IOException {
        try {
            Summary summary = train(parse(args), System.out);
            summary.heldOut().ifPresent(r -> System.out.print("held-out:\n" + r.toText()));
        } catch (IllegalArgumentException e) {
            System.err.println("tagger training: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Trains, writes the model, and scores the held-out part of the KLUE-NER inputs. */
    public static Summary train(Options options, PrintStream log) throws IOException {
        HeldOutSplit split = new HeldOutSplit(options.holdoutFraction());
        NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();
        FeatureExtractor extractor = new FeatureExtractor();
        List<KlueSentence> heldOut = new ArrayList<>();
        List<TrainingExample> examples = new ArrayList<>();
        Set<String> heldOutTexts = new HashSet<>();
        List<List<KlueSentence>> partialFiles = new ArrayList<>();
        int full = 0;
        for (Path file : options.data()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jsonl")) {
                for (KlueSentence s : KlueNerFile.read(file)) {
                    if (split.isHeldOut(s.id())) {
                        heldOut.add(s);
                        heldOutTexts.add(s.text());
                    } else {
                        examples.add(TrainingExample.of(s, false, 1f, analyzer, extractor));
                        full++;
                    }
                }
            } else if (name.endsWith(".csv")) {
                partialFiles.add(KlueReFile.read(file));
            } else {
                throw new IllegalArgumentException(file + ": expected a KLUE-NER .jsonl or a KLUE-RE .csv file");
            }
        }
        int partial = 0;
        for (List<KlueSentence> sentences : partialFiles) {
            for (KlueSentence s : sentences) {
                if (!heldOutTexts.contains(s.text()) && !s.entities().isEmpty()) { // never see a held-out text
                    examples.add(TrainingExample.of(s, true, options.partialWeight(), analyzer, extractor));
                    partial++;
                }
            }
        }
        TaggerModel model = new PerceptronTrainer(options.epochs(), options.seed()).train(examples, log);
        examples.clear();
        if (options.model().toAbsolutePath().getParent() != null) {
            Files.createDirectories(options.model().toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(options.model())) {
            model.write(out);
        }
        log.printf("wrote %s (%d bytes)%n", options.model(), Files.size(options.model()));
        Optional<NerReport> report = Optional.empty();
        if (!heldOut.isEmpty()) {
            SequenceTagger tagger = new SequenceTagger(model);
            report = Optional.of(new NerEvaluation(tagger.onText(analyzer)).evaluate(heldOut));
        }
        return new Summary(full, partial, model.features(), report);
    }

    static Options parse(String[] args) {
        List<Path> data = new ArrayList<>();
        Path model = null;
        Options d = Options.defaults(List.of(Path.of("-")), Path.of("-"));
        int epochs = d.epochs();
        long seed = d.seed();
        double fraction = d.holdoutFraction();
        float partialWeight = d.partialWeight();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "-o" -> model = Path.of(value(args, ++i, a));
                case "--epochs" -> epochs = Integer.parseInt(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--holdout-fraction" -> fraction = Double.parseDouble(value(args, ++i, a));
                case "--partial-weight" -> partialWeight = Float.parseFloat(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    data.add(Path.of(a));
                }
            }
        }
        if (model == null) {
            throw new IllegalArgumentException("--out MODEL is required");
        }
        return new Options(data, model, epochs, seed, fraction, partialWeight);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
