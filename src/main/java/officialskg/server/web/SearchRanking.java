package officialskg.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The order of search results. An analyst types a name or a post far more often than a phrase, and the full-text
 * score alone ranks a short label that shares one word with the query (유튜브 시장 for 서울시장, a Nori split into
 * 서울 + 시장) above the people actually holding the post. So results come in tiers, each kept in its own order:
 * <ol>
 *   <li>{@link Match#LABEL}: a person, organization, place or event whose label (or alias) is the query;</li>
 *   <li>{@link Match#HOLDER}: a person holding a post the query names (written as such in an article, 서울시장, or
 *       the post's label, 서울특별시 시장), most reported first;</li>
 *   <li>{@link Match#POST}: those posts and titles themselves;</li>
 *   <li>{@link Match#NAME}: a person or organization whose label contains the query (상공회의소 → 대한상공회의소)
 *       or is part of it (서울특별시 in 서울특별시 시장);</li>
 *   <li>{@link Match#TEXT}: every other full-text hit (labels sharing a word, evidence sentences, articles), by score.</li>
 * </ol>
 * A resource appears once, in its best tier.
 */
final class SearchRanking {

    enum Match { LABEL, HOLDER, POST, NAME, TEXT }

    private static final Set<String> NAMED = Set.of("Person", "Organization");

    private SearchRanking() {
    }

    /**
     * Merges the lookups into one list of at most {@code limit} hits. {@code exact}, {@code holders} and
     * {@code posts} come in their own order (by articles); {@code text} in full-text score order, from which the
     * people and organizations whose label contains the query are lifted into {@link Match#NAME}.
     */
    static List<TextSearch.Hit> rank(String query, List<TextSearch.Hit> exact, List<TextSearch.Hit> holders,
                                     List<TextSearch.Hit> posts, List<TextSearch.Hit> text, int limit) {
        String wanted = normalized(query);
        Map<String, TextSearch.Hit> best = new LinkedHashMap<>();
        add(best, exact, Match.LABEL);
        add(best, holders, Match.HOLDER);
        add(best, posts, Match.POST);
        for (TextSearch.Hit hit : text) {
            String label = normalized(hit.label());
            boolean named = NAMED.contains(hit.kind()) && !wanted.isEmpty()
                    && (label.contains(wanted) || label.length() >= 2 && wanted.contains(label));
            add(best, List.of(hit), named ? Match.NAME : Match.TEXT);
        }
        List<TextSearch.Hit> ranked = new ArrayList<>(best.values());
        // Stable: within a tier the order each list came in is kept.
        ranked.sort(Comparator.comparing(h -> Match.valueOf(h.match().toUpperCase(Locale.ROOT))));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }

    private static void add(Map<String, TextSearch.Hit> best, List<TextSearch.Hit> hits, Match match) {
        for (TextSearch.Hit hit : hits) {
            best.putIfAbsent(hit.iri(), hit.withMatch(match));
        }
    }

    /** Spaces and case do not matter when comparing a query with a label: 서울특별시 시장 is 서울특별시시장. */
    static String normalized(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The forms of a query looked up as exact labels and titles: as typed, and without its spaces. */
    static List<String> forms(String query) {
        String typed = query.strip().replaceAll("\\s+", " ");
        String joined = typed.replace(" ", "");
        return typed.equals(joined) ? List.of(typed) : List.of(typed, joined);
    }
}
