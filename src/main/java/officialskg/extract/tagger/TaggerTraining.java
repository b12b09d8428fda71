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
 * KLUE-NER sentences are scored and the report is returned. {@code kg train tagger} runs it from the command line.
 */
public final class TaggerTraining {

    /**
     * Features kept in the written model, the strongest first ({@link TaggerModel#pruned}): a table this size stays
     * near the cache, where the 543,545 features of the unpruned model did not, at no measurable cost in F1
     * (MODEL.md).
     */
    public static final int DEFAULT_KEEP_FEATURES = 50_000;
    /** The other defaults of the committed model ({@link Options#defaults}). */
    public static final int DEFAULT_EPOCHS = 8;
    public static final long DEFAULT_SEED = 20261125L;
    public static final float DEFAULT_PARTIAL_WEIGHT = 0.25f;
    public static final String DEFAULT_PARTIAL_TYPES = "PS,OG,LC";
    public static final int DEFAULT_LEXICON_FOLDS = 5;
    public static final int DEFAULT_MIN_COUNT = 2;

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
            return new Options(data, model, DEFAULT_EPOCHS, DEFAULT_SEED, HeldOutSplit.DEFAULT_FRACTION,
                    DEFAULT_PARTIAL_WEIGHT, Set.of(DEFAULT_PARTIAL_TYPES.split(",")), true, DEFAULT_LEXICON_FOLDS,
                    DEFAULT_MIN_COUNT, DEFAULT_KEEP_FEATURES);
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
}
