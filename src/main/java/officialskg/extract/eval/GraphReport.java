package officialskg.extract.eval;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scores of {@code kg eval graph}: counts summed over the articles (micro), precision, recall and F1 per
 * category, and the mean F1 of the eight categories; with the per-article error listing.
 */
public record GraphReport(List<ArticleScore> articles) {

    public GraphReport {
        articles = List.copyOf(articles);
    }

    public MatchCounts total(GraphCategory category) {
        return articles.stream().map(a -> a.category(category).counts()).reduce(MatchCounts.ZERO, MatchCounts::plus);
    }

    /** The unweighted mean of the eight categories' F1. */
    public double meanF1() {
        return Arrays.stream(GraphCategory.values()).mapToDouble(c -> total(c).f1()).average().orElse(0);
    }

    /** A fixed-width table: one row per category, then the mean F1. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles: %d%n", articles.size()));
        out.append(String.format(Locale.ROOT, "%-15s %6s %9s %7s %9s %7s %7s%n",
                "category", "gold", "predicted", "matched", "precision", "recall", "f1"));
        for (GraphCategory c : GraphCategory.values()) {
            MatchCounts m = total(c);
            out.append(String.format(Locale.ROOT, "%-15s %6d %9d %7d %9.3f %7.3f %7.3f%n", c.label(), m.gold(),
                    m.predicted(), m.matched(), m.precision(), m.recall(), m.f1()));
        }
        out.append(String.format(Locale.ROOT, "%-15s %6s %9s %7s %9s %7s %7.3f%n", "mean F1", "", "", "", "", "",
                meanF1()));
        return out.toString();
    }

    /**
     * Per article with errors: its id, then per category a line of missed gold items and a line of spurious
     * predicted items ({@code persons  missed: 오세훈 | 박형준}).
     */
    public String errorsText() {
        StringBuilder out = new StringBuilder();
        for (ArticleScore a : articles) {
            if (!a.hasErrors()) {
                continue;
            }
            out.append(a.id()).append('\n');
            for (GraphCategory c : GraphCategory.values()) {
                ArticleScore.CategoryScore s = a.category(c);
                if (!s.missed().isEmpty()) {
                    out.append(String.format(Locale.ROOT, "  %-15s missed:   %s%n", c.label(),
                            String.join(" | ", s.missed())));
                }
                if (!s.spurious().isEmpty()) {
                    out.append(String.format(Locale.ROOT, "  %-15s spurious: %s%n", c.label(),
                            String.join(" | ", s.spurious())));
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code {"articles": n, "categories": {"persons": {"gold", "predicted", "matched", "precision", "recall",
     * "f1"}, ...}, "meanF1": x}}, and with errors {@code "errors": [{"id", "missed": {category: [...]},
     * "spurious": {...}}]} for the articles that have any.
     */
    public String toJson(boolean withErrors) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("articles", articles.size());
        ObjectNode categories = root.putObject("categories");
        for (GraphCategory c : GraphCategory.values()) {
            MatchCounts m = total(c);
            ObjectNode node = categories.putObject(c.label());
            node.put("gold", m.gold());
            node.put("predicted", m.predicted());
            node.put("matched", m.matched());
            node.put("precision", round(m.precision()));
            node.put("recall", round(m.recall()));
            node.put("f1", round(m.f1()));
        }
        root.put("meanF1", round(meanF1()));
        if (withErrors) {
            var errors = root.putArray("errors");
            for (ArticleScore a : articles) {
                if (!a.hasErrors()) {
                    continue;
                }
                ObjectNode article = errors.addObject();
                article.put("id", a.id());
                ObjectNode missed = article.putObject("missed");
                ObjectNode spurious = article.putObject("spurious");
                for (GraphCategory c : GraphCategory.values()) {
                    ArticleScore.CategoryScore s = a.category(c);
                    if (!s.missed().isEmpty()) {
                        s.missed().forEach(missed.putArray(c.label())::add);
                    }
                    if (!s.spurious().isEmpty()) {
                        s.spurious().forEach(spurious.putArray(c.label())::add);
                    }
                }
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
