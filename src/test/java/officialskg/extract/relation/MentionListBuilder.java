package officialskg.extract.relation;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.nlp.nori.NoriKoreanAnalyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a document and its mention list by hand, as the mention extractors would: each mention is placed at the
 * n-th occurrence of its text, in code points, and the test can check the offsets it got.
 */
final class MentionListBuilder {

    private static final NoriKoreanAnalyzer ANALYZER = new NoriKoreanAnalyzer();

    private final String text;
    private final List<Mention> mentions = new ArrayList<>();

    MentionListBuilder(String text) {
        this.text = text;
    }

    /** Adds a mention at the first occurrence of {@code word}; returns its index. */
    int add(String word, MentionType type) {
        return add(word, type, 1, null);
    }

    int add(String word, MentionType type, int occurrence) {
        return add(word, type, occurrence, null);
    }

    int add(String word, MentionType type, int occurrence, String normalized) {
        return add(word, type, occurrence, normalized, 1.0);
    }

    int add(String word, MentionType type, int occurrence, String normalized, double confidence) {
        int from = -1;
        for (int i = 0; i < occurrence; i++) {
            from = text.indexOf(word, from + 1);
            if (from < 0) {
                throw new IllegalArgumentException(word + " occurs fewer than " + occurrence + " times");
            }
        }
        int start = text.codePointCount(0, from);
        mentions.add(new Mention(start, start + word.codePointCount(0, word.length()), word, type, "test", confidence,
                normalized, null));
        return mentions.size() - 1;
    }

    Mention mention(int index) {
        return mentions.get(index);
    }

    List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    Document document() {
        return new Document(text, ANALYZER.analyze(text), Optional.empty(), false);
    }

    List<Relation> extract() {
        return new RuleRelationExtractor().extract(document(), mentions());
    }

    /** The one relation of this type over exactly these arguments, or null. */
    static Relation find(List<Relation> relations, RelationType type, Map<String, Integer> args) {
        List<Relation> found = relations.stream().filter(r -> r.type() == type && r.args().equals(args)).toList();
        if (found.size() > 1) {
            throw new AssertionError("duplicate " + type + " " + args);
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
