package officialskg.extract.eval;

import officialskg.extract.MentionType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exact-span scores per type (Person, Organization, Place) and micro over the three, with every error.
 *
 * @param sentences how many sentences were scored
 */
public record NerReport(int sentences, Map<MentionType, SpanCounts> perType, List<NerError> errors) {

    public NerReport {
        perType = Map.copyOf(perType);
        errors = List.copyOf(errors);
    }

    public SpanCounts counts(MentionType type) {
        return perType.getOrDefault(type, SpanCounts.ZERO);
    }

    public SpanCounts micro() {
        return NerEvaluation.SCORED.stream().map(this::counts).reduce(SpanCounts.ZERO, SpanCounts::plus);
    }

    /** A fixed-width table: one row per type and the micro row. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "sentences: %d%n", sentences));
        out.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %9s %7s %7s%n",
                "type", "tp", "fp", "fn", "precision", "recall", "f1"));
        for (MentionType type : NerEvaluation.SCORED) {
            out.append(row(type.label(), counts(type)));
        }
        out.append(row("micro", micro()));
        return out.toString();
    }

    /** The first {@code limit} errors, one per line: kind, sentence id, type, span, text. */
    public String errorsText(int limit) {
        return errors.stream().limit(limit).map(NerError::toLine).collect(Collectors.joining("\n"));
    }

    private static String row(String name, SpanCounts c) {
        return String.format(Locale.ROOT, "%-14s %6d %6d %6d %9.3f %7.3f %7.3f%n", name, c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.precision(), c.recall(), c.f1());
    }
}
