package officialskg.extract.tagger;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.nlp.KoreanAnalyzer;
import officialskg.nlp.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statistical named-entity tagger: an averaged-perceptron BIO tagger over the syllables of each sentence, with
 * Nori morpheme features (see {@link FeatureExtractor}), trained on KLUE-NER and KLUE-RE by {@link TaggerTraining}.
 * Emits people, organizations and places; each mention's confidence grows with how much the best labelling beats
 * the best labelling without that mention, scaled to roughly the precision observed at that margin.
 */
public final class SequenceTagger implements MentionExtractor {

    /** The committed model, beside this class. */
    public static final String DEFAULT_MODEL = "tagger-model.bin.gz";

    /** Longer sentences are tagged in windows of about this many syllables, so work per sentence stays bounded. */
    static final int WINDOW = 300;

    /** Positions either side of a mention decoded again to measure its margin. */
    private static final int CONTEXT = 12;

    /**
     * Confidence = CEILING · margin / (margin + HALF_MARGIN), fitted to the held-out split of the committed model:
     * mentions with margins below 60 were right 45 % of the time, those above 150 about 70–75 % (MODEL.md).
     */
    private static final double HALF_MARGIN = 25.0;
    private static final double CEILING = 0.75;

    private final TaggerModel model;
    private final FeatureExtractor features = new FeatureExtractor();

    SequenceTagger(TaggerModel model) {
        this.model = model;
    }

    /** Loads the model committed with the code. */
    public static SequenceTagger loadDefault() {
        try (InputStream in = SequenceTagger.class.getResourceAsStream(DEFAULT_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("tagger model resource officialskg/extract/tagger/" + DEFAULT_MODEL
                        + " is missing from the classpath; retrain it with TaggerTraining (see MODEL.md)");
            }
            return new SequenceTagger(TaggerModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tagger model " + DEFAULT_MODEL + ": " + e.getMessage(), e);
        }
    }

    /** Loads a model written by {@link TaggerTraining}. */
    public static SequenceTagger load(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return new SequenceTagger(TaggerModel.read(in));
        } catch (IOException e) {
            throw new IOException(model + ": cannot read the tagger model: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "tagger";
    }

    @Override
    public List<Mention> extract(Document document) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            SyllableSequence seq = SyllableSequence.of(sentence.text(), sentence.start(), sentence.morphemes());
            int[] codePoints = sentence.text().codePoints().toArray(); // slicing the document per mention is O(n)
            for (int from = 0; from < seq.length(); ) {
                int to = windowEnd(seq, from);
                tag(codePoints, sentence.start(), seq, from, to, out);
                from = to;
            }
        }
        return out;
    }

    /** Plain text in, mentions out, analyzing with {@code analyzer}: the shape the evaluation takes. */
    public Function<String, List<Mention>> onText(KoreanAnalyzer analyzer) {
        return text -> extract(new Document(text, analyzer.analyze(text), Optional.empty(), false));
    }

    /** End of the window starting at {@code from}: at a space before the limit where there is one. */
    private static int windowEnd(SyllableSequence seq, int from) {
        int limit = from + WINDOW;
        if (limit >= seq.length()) {
            return seq.length();
        }
        for (int p = limit; p > from + WINDOW / 2; p--) {
            if (seq.spaceBefore()[p]) {
                return p;
            }
        }
        return limit;
    }

    private void tag(int[] sentence, int base, SyllableSequence seq, int from, int to, List<Mention> out) {
        float[][] emissions = model.emissions(features.extract(seq, from, to, model.lexicon()));
        Viterbi.Path best = Viterbi.decode(emissions, model.transition(), null);
        int[] labels = best.labels();
        for (int i = 0; i < labels.length; ) {
            if (!BioLabels.isBegin(labels[i])) {
                i++;
                continue;
            }
            EntityTag tag = BioLabels.tagOf(labels[i]);
            int last = i;
            while (last + 1 < labels.length && labels[last + 1] == BioLabels.inside(tag)) {
                last++;
            }
            MentionType type = tag.mentionType();
            if (type != null) {
                int start = seq.offsets()[from + i];
                int end = seq.offsets()[from + last] + 1;
                double confidence = confidence(emissions, i, last);
                String text = new String(sentence, start - base, end - start);
                out.add(new Mention(start, end, text, type, name(), confidence, null, null));
            }
            i = last + 1;
        }
    }

    /**
     * Margin of the best labelling over the best labelling that leaves {@code [first, last]} outside, squashed to
     * 0..1. Both are decoded in a stretch of {@link #CONTEXT} positions around the mention only: labels further
     * away barely change the difference, and a whole-window decode per mention would make long text quadratic.
     */
    private double confidence(float[][] emissions, int first, int last) {
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(emissions.length, last + 1 + CONTEXT);
        float[][] local = Arrays.copyOfRange(emissions, from, to);
        int[] allowed = new int[local.length];
        Arrays.fill(allowed, BioLabels.ALL);
        for (int p = first; p <= last; p++) {
            allowed[p - from] = 1 << BioLabels.OUTSIDE;
        }
        double margin = Viterbi.decode(local, model.transition(), null).score()
                - Viterbi.decode(local, model.transition(), allowed).score();
        return CEILING * margin / (margin + HALF_MARGIN);
    }
}
