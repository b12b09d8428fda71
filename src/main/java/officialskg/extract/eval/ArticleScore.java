package officialskg.extract.eval;

import java.util.List;
import java.util.Map;

/** One article's counts per category, with its missed gold items and spurious predicted items. */
public record ArticleScore(String id, Map<GraphCategory, CategoryScore> categories) {

    /** Counts of one category, and the items behind the errors, as printed (gold name, predicted label). */
    public record CategoryScore(MatchCounts counts, List<String> missed, List<String> spurious) {
        public CategoryScore {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    public ArticleScore {
        categories = Map.copyOf(categories);
    }

    public CategoryScore category(GraphCategory category) {
        return categories.getOrDefault(category, new CategoryScore(MatchCounts.ZERO, List.of(), List.of()));
    }

    public boolean hasErrors() {
        return categories.values().stream().anyMatch(c -> !c.missed().isEmpty() || !c.spurious().isEmpty());
    }
}
