package officialskg.extract;

import officialskg.nlp.CodePointIndex;
import officialskg.nlp.Sentence;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What extractors read: the analyzed text and the moment relative dates are resolved against, plus the views of
 * the text that several extractors walk (code points, words, the morpheme index, the UTF-16 → code point index).
 * Those are built once here rather than once per extractor; they are shared and must be treated as read-only.
 * Immutable and thread-safe.
 */
public final class Document {

    private final String text;
    private final List<Sentence> sentences;
    private final Optional<ZonedDateTime> reference;
    private final boolean referenceTimeKnown;
    private final int[] codePoints;
    private final List<Word> words;
    private final MorphemeIndex morphemes;
    private final CodePointIndex codePointIndex;

    /**
     * @param text      exactly the text all offsets index into
     * @param sentences the analyzer's sentences over {@code text}
     * @param reference the article's publication time (its zone is the article's local zone), when known
     * @param referenceTimeKnown whether the reference includes a time of day
     */
    public Document(String text, List<Sentence> sentences, Optional<ZonedDateTime> reference,
                    boolean referenceTimeKnown) {
        this.text = Objects.requireNonNull(text, "text");
        this.sentences = List.copyOf(sentences);
        this.reference = Objects.requireNonNull(reference, "reference");
        this.referenceTimeKnown = referenceTimeKnown;
        this.codePoints = codePointsOf(text);
        this.words = List.copyOf(Word.split(codePoints));
        this.morphemes = new MorphemeIndex(this.sentences);
        this.codePointIndex = new CodePointIndex(text);
    }

    /**
     * {@code text.codePoints().toArray()}, without the stream's buffers: this runs for every document (and, in the
     * tagger, every sentence).
     */
    public static int[] codePointsOf(String text) {
        int[] out = new int[text.codePointCount(0, text.length())];
        for (int i = 0, n = 0; i < text.length(); n++) {
            int c = text.codePointAt(i);
            out[n] = c;
            i += Character.charCount(c);
        }
        return out;
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Optional<ZonedDateTime> reference() {
        return reference;
    }

    public boolean referenceTimeKnown() {
        return referenceTimeKnown;
    }

    /** The text's code points (offsets index into this). Shared: do not modify. */
    public int[] codePoints() {
        return codePoints;
    }

    /** {@link Word#split} of {@link #codePoints()}. */
    public List<Word> words() {
        return words;
    }

    /** The sentences' morphemes by position. */
    public MorphemeIndex morphemes() {
        return morphemes;
    }

    /** UTF-16 index → code point index of {@link #text()}, for regex matches. */
    public CodePointIndex codePointIndex() {
        return codePointIndex;
    }

    /** The code-point slice {@code text[start, end)}. */
    public String slice(int start, int end) {
        if (codePoints.length == text.length()) {
            // no character outside the BMP: code point offsets are UTF-16 offsets, and copying a substring is
            // cheaper than encoding code points again (the relation rules slice every gap between mentions)
            return text.substring(start, end);
        }
        return new String(codePoints, start, end - start);
    }

    @Override
    public String toString() {
        return "Document[" + sentences.size() + " sentences, " + codePoints.length + " code points]";
    }
}
