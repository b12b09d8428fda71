package officialskg.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores one article's predicted graph (the {@code kg extract} contract, as {@link PredictedGraph}) against its
 * gold graph ({@link GraphGold}, GRAPH-GUIDELINES.md) in eight categories: persons, organizations, places,
 * events, tenures, affiliations, meetings and participations.
 *
 * <p><b>Strings</b> are compared after {@linkplain #normalize normalization}: NFC, lower case, and without
 * whitespace, quotes ({@code ‘’“”'"}) and middle dots ({@code ·ㆍ・‧}); so {@code 박 대통령} equals {@code 박대통령}
 * and {@code 7·2 대회} equals {@code 72대회}.
 *
 * <p><b>Entities.</b> A gold entity's strings are its name and surfaces; a predicted entity's strings are its label
 * and the texts of all its mentions; predicted entities count once per entity id, gold entities once per
 * normalized name. A gold and a predicted entity of the same category (Person ↔ persons, Organization ↔
 * organizations, Place ↔ places, Event ↔ events) can match when any of their strings are equal. Matching is
 * one-to-one, greedy per article and category: the pair sharing the most strings first (ties: the pair whose
 * name and label are equal, then document order). Entities of other types (Title, Date) are not scored.
 *
 * <p><b>Relations</b> are scored through that alignment: a predicted argument stands for the gold entity its
 * entity was matched to; an argument whose entity matched nothing stays a spurious item of its own. Each distinct
 * gold item counts once per article and each distinct predicted item once (predicted relations are deduplicated
 * by their mapped key). Names in gold relations are looked up among the gold entities by name, then by surface.
 * <ul>
 * <li><b>tenures</b>: gold tenures are (person, title); predicted ones are {@code holdsPosition} (holder, title
 * mention's text). They match when the holder maps to the gold person and the normalized titles are equal or one
 * contains the other (gold {@code 서울시장} ↔ predicted {@code 시장}; {@code 대통령} ↔ {@code 대통령 권한대행}), as
 * written or without status words ({@code 전}, {@code 前}, {@code 신임} before; {@code 후보자}, {@code 내정자},
 * {@code 당선인}, {@code 권한대행} … after: {@code 국무총리} ↔ {@code 총리 후보자}), one-to-one, equal titles first. Organization and status are ignored here (affiliations measure the
 * organization). Predicted tenures are keyed by the gold tenure they map to: one that agrees with a gold tenure
 * already matched ({@code 오 시장} after {@code 오세훈 서울시장}) restates it and does not count again.
 * <li><b>affiliations</b>: gold affiliations are the (person, organization) pairs of gold tenures whose
 * organization is an organization (not a place, not null); predicted ones are (holder, organization) of
 * {@code holdsPosition} whose organization argument is an Organization entity, plus (member, organization) of
 * {@code memberOf} whose member is a Person. Both ends must map.
 * <li><b>meetings</b>: unordered pairs; predicted from {@code meets} (person, other).
 * <li><b>participations</b>: (participant, event), the participant a person or an organization; predicted from
 * any relation with an {@code event} argument, one item per other argument whose entity is a Person or an
 * Organization ({@code attends}, {@code organizes} and relation types added later alike).
 * </ul>
 */
public final class GraphEvaluation {

    private static final Map<String, GraphCategory> ENTITY_TYPES = Map.of("Person", GraphCategory.PERSONS,
            "Organization", GraphCategory.ORGANIZATIONS, "Place", GraphCategory.PLACES, "Event", GraphCategory.EVENTS);

    private GraphEvaluation() {
    }

    /** Scores one article; the predicted graph's id is not checked against the gold's. */
    public static ArticleScore score(GraphGold gold, PredictedGraph predicted) {
        return new Scoring(gold, predicted).run();
    }

    /** NFC, lower case, without whitespace, quotes {@code ‘’“”'"} and middle dots {@code ·ㆍ・‧}. */
    public static String normalize(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && "‘’“”'\"·ㆍ・‧".indexOf(c) < 0)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two titles name the same position for the tenure match: after normalization equal or one containing
     * the other, either as written or without their status words (so {@code 총리 후보자} agrees with {@code 국무총리}:
     * status is a field of its own in the gold and is not scored).
     */
    static boolean titlesAgree(String gold, String predicted) {
        return agree(normalize(gold), normalize(predicted)) || agree(withoutStatus(gold), withoutStatus(predicted));
    }

    private static boolean agree(String g, String p) {
        return !g.isEmpty() && !p.isEmpty() && (g.contains(p) || p.contains(g));
    }

    /** Words of a title that say its status, not the position: before it (전, 前, 신임 …) or after it (후보자 …). */
    private static final Set<String> STATUS_BEFORE = Set.of("전", "前", "전직", "현", "현직", "신임", "차기");
    private static final List<String> STATUS_AFTER = List.of("권한대행", "직무대행", "후보자", "내정자", "당선인",
            "당선자", "후보", "대행");

    /** The normalized title without its status words; the whole title when nothing else is left. */
    static String withoutStatus(String title) {
        List<String> words = new ArrayList<>(List.of(title.strip().split("\\s+")));
        while (words.size() > 1 && STATUS_BEFORE.contains(words.getFirst())) {
            words.removeFirst();
        }
        if (words.getFirst().startsWith("前") && words.getFirst().length() > 1) {
            words.set(0, words.getFirst().substring(1));
        }
        String last = words.getLast();
        for (String status : STATUS_AFTER) {
            if (last.endsWith(status)) {
                last = last.substring(0, last.length() - status.length());
                break;
            }
        }
        if (last.isEmpty()) {
            words.removeLast();
        } else {
            words.set(words.size() - 1, last);
        }
        String core = normalize(String.join("", words));
        return core.isEmpty() ? normalize(title) : core;
    }

    /** A gold entity, its strings merged over entries with the same normalized name. */
    private record GoldEntity(GraphCategory category, String name, Set<String> strings) {
        String key() {
            return category.name() + ":" + normalize(name);
        }
    }

    /** A relation item: its key (what decides equality) and how it is printed. */
    private record Item(String key, String display) {
    }

    /** A tenure item: the person's key, the normalized title, how it is printed. */
    private record TenureItem(String person, String title, String display) {
    }

    private static final class Scoring {
        private final GraphGold gold;
        private final PredictedGraph predicted;
        private final Map<String, PredictedGraph.Entity> predictedById = new LinkedHashMap<>();
        private final Map<GraphCategory, List<GoldEntity>> goldEntities = new EnumMap<>(GraphCategory.class);
        private final Map<String, GoldEntity> alignment = new HashMap<>();
        private final Map<GraphCategory, ArticleScore.CategoryScore> scores = new EnumMap<>(GraphCategory.class);

        Scoring(GraphGold gold, PredictedGraph predicted) {
            this.gold = gold;
            this.predicted = predicted;
            predicted.entities().forEach(e -> predictedById.putIfAbsent(e.id(), e));
        }

        ArticleScore run() {
            for (GraphCategory category : GraphCategory.values()) {
                if (category.isEntity()) {
                    alignEntities(category);
                }
            }
            scoreTenures();
            scoreKeyed(GraphCategory.AFFILIATIONS, goldAffiliations(), predictedAffiliations());
            scoreKeyed(GraphCategory.MEETINGS, goldMeetings(), predictedMeetings());
            scoreKeyed(GraphCategory.PARTICIPATIONS, goldParticipations(), predictedParticipations());
            return new ArticleScore(gold.id(), scores);
        }

        // ---- entities

        private void alignEntities(GraphCategory category) {
            Map<String, GoldEntity> byName = new LinkedHashMap<>();
            for (GraphGold.Named named : gold.entities(category)) {
                GoldEntity entity = byName.computeIfAbsent(normalize(named.name()),
                        k -> new GoldEntity(category, named.name(), new LinkedHashSet<>()));
                addNormalized(entity.strings(), named.name());
                named.surfaces().forEach(s -> addNormalized(entity.strings(), s));
            }
            List<GoldEntity> golds = List.copyOf(byName.values());
            goldEntities.put(category, golds);
            List<PredictedGraph.Entity> preds = new ArrayList<>();
            List<Set<String>> predStrings = new ArrayList<>();
            for (PredictedGraph.Entity e : predictedById.values()) {
                if (ENTITY_TYPES.get(e.type()) == category) {
                    Set<String> strings = new LinkedHashSet<>();
                    addNormalized(strings, e.label());
                    e.mentions().forEach(m -> addNormalized(strings, m));
                    preds.add(e);
                    predStrings.add(strings);
                }
            }
            record Candidate(int gold, int predicted, int shared, boolean sameName) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int g = 0; g < golds.size(); g++) {
                for (int p = 0; p < preds.size(); p++) {
                    Set<String> shared = new HashSet<>(golds.get(g).strings());
                    shared.retainAll(predStrings.get(p));
                    if (!shared.isEmpty()) {
                        candidates.add(new Candidate(g, p, shared.size(),
                                normalize(golds.get(g).name()).equals(normalize(preds.get(p).label()))));
                    }
                }
            }
            candidates.sort(Comparator.comparingInt(Candidate::shared).reversed()
                    .thenComparing(Candidate::sameName, Comparator.reverseOrder())
                    .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
            boolean[] goldTaken = new boolean[golds.size()];
            boolean[] predTaken = new boolean[preds.size()];
            int matched = 0;
            for (Candidate c : candidates) {
                if (!goldTaken[c.gold()] && !predTaken[c.predicted()]) {
                    goldTaken[c.gold()] = true;
                    predTaken[c.predicted()] = true;
                    alignment.put(preds.get(c.predicted()).id(), golds.get(c.gold()));
                    matched++;
                }
            }
            List<String> missed = new ArrayList<>();
            for (int g = 0; g < golds.size(); g++) {
                if (!goldTaken[g]) {
                    missed.add(golds.get(g).name());
                }
            }
            List<String> spurious = new ArrayList<>();
            for (int p = 0; p < preds.size(); p++) {
                if (!predTaken[p]) {
                    spurious.add(preds.get(p).label());
                }
            }
            scores.put(category, new ArticleScore.CategoryScore(
                    new MatchCounts(golds.size(), preds.size(), matched), missed, spurious));
        }

        private static void addNormalized(Set<String> strings, String s) {
            if (s != null) {
                String n = normalize(s);
                if (!n.isEmpty()) {
                    strings.add(n);
                }
            }
        }

        /** The gold entity a name in a gold relation denotes: by name first, then by surface, in category order. */
        private GoldEntity resolve(String name, GraphCategory... categories) {
            String n = normalize(name);
            for (GraphCategory c : categories) {
                for (GoldEntity g : goldEntities.get(c)) {
                    if (normalize(g.name()).equals(n)) {
                        return g;
                    }
                }
            }
            for (GraphCategory c : categories) {
                for (GoldEntity g : goldEntities.get(c)) {
                    if (g.strings().contains(n)) {
                        return g;
                    }
                }
            }
            return null;
        }

        /** The key of a name in a gold relation: its gold entity's, or the name's own when no entity has it. */
        private String goldKey(String name, GraphCategory... categories) {
            GoldEntity g = resolve(name, categories);
            return g != null ? g.key() : categories[0].name() + ":" + normalize(name);
        }

        /** The key of a predicted argument: its aligned gold entity's, or its own entity's (never a gold key). */
        private String predictedKey(PredictedGraph.Arg arg) {
            GoldEntity g = alignment.get(arg.entityId());
            return g != null ? g.key() : "predicted:" + arg.entityId();
        }

        private String type(PredictedGraph.Arg arg) {
            PredictedGraph.Entity e = predictedById.get(arg.entityId());
            return e == null ? "" : e.type();
        }

        private String label(PredictedGraph.Arg arg) {
            PredictedGraph.Entity e = predictedById.get(arg.entityId());
            return e == null ? arg.text() : e.label();
        }

        // ---- tenures

        private void scoreTenures() {
            Map<String, TenureItem> golds = new LinkedHashMap<>();
            for (GraphGold.Tenure t : gold.tenures()) {
                TenureItem item = new TenureItem(goldKey(t.person(), GraphCategory.PERSONS), normalize(t.title()),
                        t.person() + ": " + t.title());
                golds.putIfAbsent(item.person() + "|" + item.title(), item);
            }
            Map<String, TenureItem> preds = new LinkedHashMap<>();
            for (PredictedGraph.Relation r : predicted.relations()) {
                PredictedGraph.Arg holder = r.args().get("holder");
                PredictedGraph.Arg title = r.args().get("title");
                if (r.type().equals("holdsPosition") && holder != null && title != null) {
                    TenureItem item = new TenureItem(predictedKey(holder), normalize(title.text()),
                            label(holder) + ": " + title.text());
                    preds.putIfAbsent(item.person() + "|" + item.title(), item);
                }
            }
            List<TenureItem> g = List.copyOf(golds.values());
            List<TenureItem> p = List.copyOf(preds.values());
            boolean[] goldTaken = new boolean[g.size()];
            boolean[] predTaken = new boolean[p.size()];
            int matched = 0;
            for (boolean equalOnly : new boolean[] {true, false}) {
                for (int i = 0; i < g.size(); i++) {
                    for (int j = 0; j < p.size() && !goldTaken[i]; j++) {
                        TenureItem a = g.get(i);
                        TenureItem b = p.get(j);
                        if (!predTaken[j] && a.person().equals(b.person())
                                && (equalOnly ? !a.title().isEmpty() && a.title().equals(b.title())
                                : titlesAgree(a.title(), b.title()))) {
                            goldTaken[i] = true;
                            predTaken[j] = true;
                            matched++;
                        }
                    }
                }
            }
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                if (!goldTaken[i]) {
                    missed.add(g.get(i).display());
                }
            }
            // A left-over predicted tenure that agrees with a matched gold tenure restates it (오 시장 after 오세훈
            // 서울시장): it maps to the same gold item, so it is the same predicted item, not a second one.
            int restated = 0;
            List<String> spurious = new ArrayList<>();
            for (int j = 0; j < p.size(); j++) {
                if (predTaken[j]) {
                    continue;
                }
                TenureItem b = p.get(j);
                boolean restates = false;
                for (int i = 0; i < g.size() && !restates; i++) {
                    restates = goldTaken[i] && g.get(i).person().equals(b.person())
                            && titlesAgree(g.get(i).title(), b.title());
                }
                if (restates) {
                    restated++;
                } else {
                    spurious.add(b.display());
                }
            }
            scores.put(GraphCategory.TENURES, new ArticleScore.CategoryScore(
                    new MatchCounts(g.size(), p.size() - restated, matched), missed, spurious));
        }

        // ---- affiliations, meetings, participations: matched when the mapped keys are equal

        private void scoreKeyed(GraphCategory category, List<Item> goldItems, List<Item> predictedItems) {
            Map<String, String> golds = new LinkedHashMap<>();
            goldItems.forEach(i -> golds.putIfAbsent(i.key(), i.display()));
            Map<String, String> preds = new LinkedHashMap<>();
            predictedItems.forEach(i -> preds.putIfAbsent(i.key(), i.display()));
            int matched = (int) golds.keySet().stream().filter(preds::containsKey).count();
            List<String> missed = golds.entrySet().stream().filter(e -> !preds.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            List<String> spurious = preds.entrySet().stream().filter(e -> !golds.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            scores.put(category, new ArticleScore.CategoryScore(
                    new MatchCounts(golds.size(), preds.size(), matched), missed, spurious));
        }

        private List<Item> goldAffiliations() {
            List<Item> items = new ArrayList<>();
            for (GraphGold.Tenure t : gold.tenures()) {
                if (t.organization() == null) {
                    continue;
                }
                GoldEntity org = resolve(t.organization(), GraphCategory.ORGANIZATIONS, GraphCategory.PLACES);
                if (org != null && org.category() == GraphCategory.ORGANIZATIONS) {
                    items.add(new Item(goldKey(t.person(), GraphCategory.PERSONS) + "|" + org.key(),
                            t.person() + " – " + org.name()));
                }
            }
            return items;
        }

        private List<Item> predictedAffiliations() {
            List<Item> items = new ArrayList<>();
            for (PredictedGraph.Relation r : predicted.relations()) {
                PredictedGraph.Arg person;
                PredictedGraph.Arg org = r.args().get("organization");
                if (r.type().equals("holdsPosition")) {
                    person = r.args().get("holder");
                    if (org == null || !type(org).equals("Organization")) {
                        continue;
                    }
                } else if (r.type().equals("memberOf")) {
                    person = r.args().get("member");
                } else {
                    continue;
                }
                if (person != null && org != null && type(person).equals("Person")) {
                    items.add(new Item(predictedKey(person) + "|" + predictedKey(org),
                            label(person) + " – " + label(org)));
                }
            }
            return items;
        }

        private List<Item> goldMeetings() {
            List<Item> items = new ArrayList<>();
            for (GraphGold.Meeting m : gold.meetings()) {
                items.add(new Item(pair(goldKey(m.person(), GraphCategory.PERSONS),
                        goldKey(m.other(), GraphCategory.PERSONS)), m.person() + " + " + m.other()));
            }
            return items;
        }

        private List<Item> predictedMeetings() {
            List<Item> items = new ArrayList<>();
            for (PredictedGraph.Relation r : predicted.relations()) {
                PredictedGraph.Arg a = r.args().get("person");
                PredictedGraph.Arg b = r.args().get("other");
                if (r.type().equals("meets") && a != null && b != null) {
                    items.add(new Item(pair(predictedKey(a), predictedKey(b)), label(a) + " + " + label(b)));
                }
            }
            return items;
        }

        private static String pair(String a, String b) {
            return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        }

        private List<Item> goldParticipations() {
            List<Item> items = new ArrayList<>();
            for (GraphGold.Participation p : gold.participations()) {
                items.add(new Item(goldKey(p.participant(), GraphCategory.PERSONS, GraphCategory.ORGANIZATIONS)
                        + "|" + goldKey(p.event(), GraphCategory.EVENTS), p.participant() + " → " + p.event()));
            }
            return items;
        }

        private List<Item> predictedParticipations() {
            List<Item> items = new ArrayList<>();
            for (PredictedGraph.Relation r : predicted.relations()) {
                PredictedGraph.Arg event = r.args().get("event");
                if (event == null) {
                    continue;
                }
                r.args().entrySet().stream().filter(e -> !e.getKey().equals("event")).sorted(Map.Entry.comparingByKey())
                        .map(Map.Entry::getValue)
                        .filter(a -> type(a).equals("Person") || type(a).equals("Organization"))
                        .forEach(a -> items.add(new Item(predictedKey(a) + "|" + predictedKey(event),
                                label(a) + " → " + label(event))));
            }
            return items;
        }
    }
}
