package officialskg.extract.eval;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores any extraction ({@code text → mentions}) against a KLUE-NER-style file by exact span and type:
 * PS ↔ Person, OG ↔ Organization, LC ↔ Place. Other KLUE tags and other mention types are ignored. Predicted
 * duplicates (same span and type) count once.
 */
public final class NerEvaluation {

    static final List<MentionType> SCORED =
            List.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.PLACE);

    private final Function<String, List<Mention>> extraction;
    private final Optional<HeldOutSplit> onlyHeldOut;

    /** Scores every sentence of the file. */
    public NerEvaluation(Function<String, List<Mention>> extraction) {
        this(extraction, Optional.empty());
    }

    /** @param onlyHeldOut when present, scores only the sentences this split holds out from training */
    public NerEvaluation(Function<String, List<Mention>> extraction, Optional<HeldOutSplit> onlyHeldOut) {
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        this.onlyHeldOut = Objects.requireNonNull(onlyHeldOut, "onlyHeldOut");
    }

    public NerReport evaluate(Path klueJsonl) throws IOException {
        return evaluate(KlueNerFile.read(klueJsonl));
    }

    public NerReport evaluate(List<KlueSentence> sentences) {
        Map<MentionType, SpanCounts> counts = new EnumMap<>(MentionType.class);
        List<NerError> errors = new ArrayList<>();
        int scored = 0;
        for (KlueSentence sentence : sentences) {
            if (onlyHeldOut.isPresent() && !onlyHeldOut.get().isHeldOut(sentence.id())) {
                continue;
            }
            scored++;
            Set<Span> gold = goldSpans(sentence);
            Set<Span> predicted = new LinkedHashSet<>();
            for (Mention m : extraction.apply(sentence.text())) {
                if (SCORED.contains(m.type())) {
                    predicted.add(new Span(m.start(), m.end(), m.type(), m.text()));
                }
            }
            for (Span p : predicted) {
                boolean hit = gold.contains(p);
                add(counts, p.type(), new SpanCounts(hit ? 1 : 0, hit ? 0 : 1, 0));
                if (!hit) {
                    errors.add(p.error(NerError.Kind.FALSE_POSITIVE, sentence.id()));
                }
            }
            for (Span g : gold) {
                if (!predicted.contains(g)) {
                    add(counts, g.type(), new SpanCounts(0, 0, 1));
                    errors.add(g.error(NerError.Kind.FALSE_NEGATIVE, sentence.id()));
                }
            }
        }
        return new NerReport(scored, counts, errors);
    }

    private static Set<Span> goldSpans(KlueSentence sentence) {
        Set<Span> gold = new LinkedHashSet<>();
        for (KlueEntity e : sentence.entities()) {
            MentionType type = switch (e.type()) {
                case "PS" -> MentionType.PERSON;
                case "OG" -> MentionType.ORGANIZATION;
                case "LC" -> MentionType.PLACE;
                default -> null;
            };
            if (type != null) {
                gold.add(new Span(e.start(), e.end(), type, e.text()));
            }
        }
        return gold;
    }

    private static void add(Map<MentionType, SpanCounts> counts, MentionType type, SpanCounts more) {
        counts.merge(type, more, SpanCounts::plus);
    }

    /** Equality ignores the text: the span and type decide a match. */
    private record Span(int start, int end, MentionType type, String text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Span s && s.start == start && s.end == end && s.type == type;
        }

        @Override
        public int hashCode() {
            return Objects.hash(start, end, type);
        }

        NerError error(NerError.Kind kind, String id) {
            return new NerError(kind, id, type, start, end, text);
        }
    }
}
