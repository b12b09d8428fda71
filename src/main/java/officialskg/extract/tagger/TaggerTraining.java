package officialskg.extract.tagger;

import officialskg.extract.eval.HeldOutSplit;
import officialskg.extract.eval.KlueSentence;
import officialskg.extract.eval.NerEvaluation;
import officialskg.extract.eval.NerReport;
import officialskg.nlp.KoreanAnalyzer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trains the {@link SequenceTagger} model. {@code .jsonl} inputs are KLUE-NER (fully labelled; sentences the
 * {@link HeldOutSplit} holds out are never trained on), {@code .csv} inputs are KLUE-RE (only the subject and
 * object spans are known: partial labels, weighted by {@code --partial-weight}). After training, the held-out
 * KLUE-NER sentences are scored and the report is printed. Run by {@code kg train tagger}, or with every option by
 * {@code officialskg.cli.TrainTagger} ({@link #parse}):
 *
 * <pre>TrainTagger [--epochs N] [--seed S] [--holdout-fraction F] [--partial-weight W] [--partial-types PS,OG,LC]
 *             [--partial-fill teacher|latent] [--lexicon-folds K (0: no lexicon)]
 *             [--min-count C] [--keep-features K (0: all)] --out MODEL DATA...</pre>
 */
public final class TaggerTraining {

    /**
     * Features kept in the written model, the strongest first ({@link TaggerModel#pruned}): a table this size stays
     * near the cache, where the 543,545 features of the unpruned model did not, at no measurable cost in F1
     * (MODEL.md).
     */
    public static final int DEFAULT_KEEP_FEATURES = 50_000;

    /** What to train on and how; the defaults are those of the committed model. */
    public record Options(List<Path> data, Path model, int epochs, long seed, double holdoutFraction,
                          float partialWeight, Set<String> partialTypes, boolean teacherFill,
                          int lexiconFolds, int minCount, int keepFeatures) {

        public Options {
            data = List.copyOf(data);
            partialTypes = Set.copyOf(partialTypes);
            if (data.isEmpty()) {
                throw new IllegalArgumentException("no training data given");
            }
            if (keepFeatures < 0) {
                throw new IllegalArgumentException("--keep-features must be 0 (all) or more: " + keepFeatures);
            }
            if (epochs < 1) {
                throw new IllegalArgumentException("--epochs must be at least 1: " + epochs);
            }
        }

        public static Options defaults(List<Path> data, Path model) {
            return new Options(data, model, 8, 20261125L, HeldOutSplit.DEFAULT_FRACTION, 0.25f,
                    Set.of("PS", "OG", "LC"), true, 5, 2, DEFAULT_KEEP_FEATURES);
        }
    }

    /** @param heldOut the held-out scores, empty when no KLUE-NER sentence was held out */
    public record Summary(int fullSentences, int partialSentences, int features, Optional<NerReport> heldOut) {
    }

    private TaggerTraining() {
    }

    /**
     * Trains, writes the model, and scores the held-out part of the KLUE-NER inputs.
     *
     * @param analyzer the morphemes the features read: the analyzer the tagger will run behind (Nori)
     */
    public static Summary train(Options options, KoreanAnalyzer analyzer, PrintStream log) throws IOException {
        TrainingCorpus corpus = TrainingCorpus.read(options.data(), new HeldOutSplit(options.holdoutFraction()),
                options.partialTypes());
        FeatureExtractor extractor = new FeatureExtractor();
        int folds = options.lexiconFolds();
        List<NameLexicon> foldLexicons = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            foldLexicons.add(corpus.lexiconWithout(fold, folds));
        }
        NameLexicon lexicon = folds > 0 ? corpus.lexicon() : new NameLexicon();
        List<TrainingExample> examples = new ArrayList<>();
        for (KlueSentence s : corpus.full()) {
            NameLexicon own = folds > 0 ? foldLexicons.get(TrainingCorpus.fold(s, folds)) : lexicon;
            examples.add(TrainingExample.of(s, false, 1f, analyzer, extractor, own));
        }
        for (KlueSentence s : corpus.partial()) {
            NameLexicon own = folds > 0 ? foldLexicons.get(TrainingCorpus.fold(s, folds)) : lexicon;
            examples.add(TrainingExample.of(s, true, options.partialWeight(), analyzer, extractor, own));
        }
        int full = corpus.full().size();
        int partial = corpus.partial().size();
        log.printf("%d fully labelled, %d partially labelled, %d held-out sentences; lexicon of %d names%n",
                full, partial, corpus.heldOut().size(), lexicon.size());
        PerceptronTrainer trainer = new PerceptronTrainer(options.epochs(), options.seed(), options.minCount());
        if (options.teacherFill() && partial > 0) {
            // A model of the fully labelled sentences fills in what the partial labels leave open, so the
            // partial sentences also teach what is NOT an entity.
            log.println("teacher: fully labelled sentences only");
            TaggerModel teacher = trainer.train(examples.subList(0, full), lexicon, log);
            examples.replaceAll(e -> e.completedBy(teacher));
        }
        TaggerModel trained = trainer.train(examples, lexicon, log);
        examples.clear();
        TaggerModel model = options.keepFeatures() > 0 ? trained.pruned(options.keepFeatures()) : trained;
        log.printf("kept %d of %d features%n", model.features(), trained.features());
        if (options.model().toAbsolutePath().getParent() != null) {
            Files.createDirectories(options.model().toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(options.model())) {
            model.write(out);
        }
        log.printf("wrote %s (%d bytes)%n", options.model(), Files.size(options.model()));
        Optional<NerReport> report = Optional.empty();
        if (!corpus.heldOut().isEmpty()) {
            SequenceTagger tagger = new SequenceTagger(model);
            report = Optional.of(new NerEvaluation(tagger.onText(analyzer)).evaluate(corpus.heldOut()));
            MarginCalibration.measure(tagger, corpus.heldOut(), analyzer).print(log);
        }
        return new Summary(full, partial, model.features(), report);
    }

    /** The options of the {@code TrainTagger} command line ({@code --out MODEL} is required). */
    public static Options parse(String[] args) {
        List<Path> data = new ArrayList<>();
        Path model = null;
        Options d = Options.defaults(List.of(Path.of("-")), Path.of("-"));
        int epochs = d.epochs();
        long seed = d.seed();
        double fraction = d.holdoutFraction();
        float partialWeight = d.partialWeight();
        Set<String> partialTypes = d.partialTypes();
        boolean teacherFill = d.teacherFill();
        int lexiconFolds = d.lexiconFolds();
        int minCount = d.minCount();
        int keepFeatures = d.keepFeatures();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "-o" -> model = Path.of(value(args, ++i, a));
                case "--epochs" -> epochs = Integer.parseInt(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--holdout-fraction" -> fraction = Double.parseDouble(value(args, ++i, a));
                case "--partial-weight" -> partialWeight = Float.parseFloat(value(args, ++i, a));
                case "--partial-types" -> partialTypes = Set.of(value(args, ++i, a).split(","));
                case "--min-count" -> minCount = Integer.parseInt(value(args, ++i, a));
                case "--keep-features" -> keepFeatures = Integer.parseInt(value(args, ++i, a));
                case "--lexicon-folds" -> lexiconFolds = Integer.parseInt(value(args, ++i, a));
                case "--partial-fill" -> teacherFill = switch (value(args, ++i, a)) {
                    case "teacher" -> true;
                    case "latent" -> false;
                    default -> throw new IllegalArgumentException("--partial-fill is teacher or latent");
                };
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
        return new Options(data, model, epochs, seed, fraction, partialWeight, partialTypes, teacherFill,
                lexiconFolds, minCount, keepFeatures);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
