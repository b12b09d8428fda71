package officialskg.resolve;

import java.util.Comparator;
import officialskg.extract.Mention;
import officialskg.extract.event.EventWordForms;
import officialskg.extract.event.OccasionNames;
import officialskg.extract.MentionType;
import officialskg.extract.gazetteer.Gazetteer;
import officialskg.extract.gazetteer.GazetteerEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups one document's mentions into entities (in-document coreference) with stable, deterministic ids:
 * <ul>
 *   <li>the same gazetteer id is one entity, whatever alias was written ({@code 서울시} = {@code 서울특별시});</li>
 *   <li>otherwise the same type and name (spaces ignored) is one entity;</li>
 *   <li>a lone surname before a title ({@code 오 시장}) joins the one full name in the document with that surname
 *       whose title is compatible ({@code 오세훈 서울시장}) — see {@link SurnameLinker}; a one-word name that is the
 *       last word of exactly one longer name ({@code 오바마} → {@code 버락 오바마}) joins it too;</li>
 *   <li>an event written short ({@code 전국노병대회}, {@code CES}) joins the one longer event name of the document that
 *       begins or ends with it ({@code 제7회 전국노병대회}, {@code CES 2024}); with two such names
 *       ({@code 2018년 FIFA 월드컵}, {@code 2022년 FIFA 월드컵}) it stays apart; so does one written with some of its
 *       words left out ({@code 2010년 월드컵} → {@code 2010년 FIFA 월드컵});</li>
 *   <li>an unnamed post-holder ({@code MLB 국제사업총괄 부사장}) is {@code person/<org>-<role>}.</li>
 * </ul>
 * Ids: {@code person/<name>}, {@code org/<gazetteer id or name>}, {@code place/<id or name>}, {@code event/<name>},
 * {@code title/<role>}, {@code date/<value>}; a gazetteer id is written with {@code :} and {@code /} as {@code -}
 * ({@code org/kostat-11}). The label is the gazetteer's canonical name, else the longest mention; a title's label is
 * its role.
 */
public final class DocumentResolver {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String EVENT_KEY = "event/";

    private final Gazetteer gazetteer;

    /** @param gazetteer where labels of referenced entries come from (the one the extractors matched against) */
    public DocumentResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Over the bundled gazetteer. */
    public DocumentResolver() {
        this(Gazetteer.loadDefault());
    }

    public List<Entity> resolve(String text, List<Mention> mentions) {
        String[] keys = new String[mentions.size()];
        List<Integer> byStart = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            byStart.add(i);
        }
        byStart.sort(Comparator.comparingInt(i -> mentions.get(i).start()));
        int[] rank = new int[mentions.size()];
        for (int r = 0; r < byStart.size(); r++) {
            rank[byStart.get(r)] = r;
        }
        for (int i = 0; i < mentions.size(); i++) {
            keys[i] = key(mentions, i, byStart, rank);
        }
        new SurnameLinker(mentions).link(keys);
        linkShortEventNames(keys);
        linkEventsByWords(mentions, keys);
        linkCountryTeams(mentions, keys);
        linkCatchAllHeads(mentions, keys, byStart);
        toReferencedNames(mentions, keys);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> members = g.getValue();
            Mention first = mentions.get(members.get(0));
            String reference = firstReference(mentions, members);
            String label = first.type() == MentionType.TITLE && first.normalized() != null
                    ? first.normalized() : label(mentions, members, reference);
            entities.add(new Entity(g.getKey(), first.type(), label, members, reference));
        }
        return entities;
    }

    /** One event per event of the document, whatever its surface forms: see the class comment. */
    private static void linkShortEventNames(String[] keys) {
        List<String> names = new ArrayList<>();
        for (String k : keys) {
            if (k.startsWith(EVENT_KEY) && !names.contains(k)) {
                names.add(k);
            }
        }
        if (names.size() < 2) {
            return;
        }
        Map<String, String> joined = new java.util.HashMap<>();
        for (String shortName : names) {
            String bare = shortName.substring(EVENT_KEY.length());
            // the longest name that begins or ends with it, when all such names are nested in that one
            if (longest(names, bare) != null && allNested(names, bare)) {
                joined.put(shortName, longest(names, bare));
            }
        }
        for (int i = 0; i < keys.length; i++) {
            String to = joined.get(keys[i]);
            // 포럼 → 서울 이노베이션 포럼 → 서울 이노베이션 포럼 2024: a name joined to one that is joined on
            for (int hops = 0; to != null && joined.containsKey(to) && hops < joined.size(); hops++) {
                to = joined.get(to);
            }
            if (to != null) {
                keys[i] = to;
            }
        }
    }

    /**
     * An event written with some of its words left out ({@code 2010년 월드컵}, {@code FIFA 월드컵}) joins the one longer
     * name of the document ending in the same head whose words hold all of its words in order ({@code 2010년 FIFA
     * 월드컵}); with two such names ({@code 2018년 FIFA 월드컵}, {@code 2022년 FIFA 월드컵}) it stays apart.
     */
    private static void linkEventsByWords(List<Mention> mentions, String[] keys) {
        Map<String, List<String>> wordsOf = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].startsWith(EVENT_KEY) && mentions.get(i).type() == MentionType.EVENT) {
                List<String> words = EventWordForms.get().words(mentions.get(i).text());
                wordsOf.merge(keys[i], words, (a, b) -> a.size() >= b.size() ? a : b);
            }
        }
        if (wordsOf.size() < 2) {
            return;
        }
        Map<String, String> joined = new java.util.HashMap<>();
        for (Map.Entry<String, List<String>> shorter : wordsOf.entrySet()) {
            String same = sameWordsBefore(wordsOf, shorter.getKey());
            if (same != null) {
                joined.put(shorter.getKey(), same); // 미국 대선 = 미국 대통령 선거: one event written two ways
                continue;
            }
            String target = null;
            int found = 0;
            for (Map.Entry<String, List<String>> longer : wordsOf.entrySet()) {
                if (longer.getValue().size() > shorter.getValue().size()
                        && EventWordForms.shortForm(shorter.getValue(), longer.getValue())) {
                    target = longer.getKey();
                    found++;
                }
            }
            if (found == 1) {
                joined.put(shorter.getKey(), target);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            String to = joined.get(keys[i]);
            for (int hops = 0; to != null && joined.containsKey(to) && hops < joined.size(); hops++) {
                to = joined.get(to);
            }
            if (to != null) {
                keys[i] = to;
            }
        }
    }

    /**
     * A word for any event left on its own ({@code 이날 행사에는 … 참석했다} with no {@code … 행사} named) is the event
     * named last before it ({@link EventExtractor} keeps it only after one).
     */
    private static void linkCatchAllHeads(List<Mention> mentions, String[] keys, List<Integer> byStart) {
        String previous = null;
        for (int i : byStart) {
            Mention m = mentions.get(i);
            if (m.type() != MentionType.EVENT) {
                continue;
            }
            boolean alone = OccasionNames.isCatchAll(m.text()) && keys[i].equals(EVENT_KEY + compact(m.text()));
            if (alone && previous != null) {
                keys[i] = previous;
            } else if (!alone) {
                previous = keys[i];
            }
        }
    }

    /** Words that end the name of a country's team or delegation (스웨덴 축구 국가대표팀, 한국 선수단). */
    private static final List<String> TEAM_ENDINGS = List.of("대표팀", "선수단");

    /**
     * A country written as an actor ({@code 스웨덴은 … 골을 내주고}, typed an organization) is the team the article
     * names after it ({@code 스웨덴 축구 국가대표팀}), when it names exactly one such team.
     */
    private static void linkCountryTeams(List<Mention> mentions, String[] keys) {
        Map<String, String> teamOf = new java.util.HashMap<>();
        Set<String> several = new java.util.HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            Mention m = mentions.get(i);
            if (m.type() != MentionType.ORGANIZATION || TEAM_ENDINGS.stream().noneMatch(m.text().strip()::endsWith)) {
                continue;
            }
            String[] words = SPACES.split(m.text().strip());
            if (words.length > 1) {
                String before = teamOf.putIfAbsent(words[0], keys[i]);
                if (before != null && !before.equals(keys[i])) {
                    several.add(words[0]);
                }
            }
        }
        for (int i = 0; i < keys.length; i++) {
            Mention m = mentions.get(i);
            String team = teamOf.get(m.text().strip());
            if (m.type() == MentionType.ORGANIZATION && team != null && !several.contains(m.text().strip())) {
                keys[i] = team;
            }
        }
    }

    /** The first event name before {@code key} (in the map's order) with exactly its words, or null. */
    private static String sameWordsBefore(Map<String, List<String>> wordsOf, String key) {
        List<String> words = wordsOf.get(key);
        for (Map.Entry<String, List<String>> e : wordsOf.entrySet()) {
            if (e.getKey().equals(key)) {
                return null;
            }
            if (e.getValue().equals(words)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Whether the names holding {@code bare} are all inside the longest of them (대회, 노병대회, 제7회 전국노병대회). */
    private static boolean allNested(List<String> names, String bare) {
        String longest = longest(names, bare).substring(EVENT_KEY.length());
        for (String n : names) {
            String other = n.substring(EVENT_KEY.length());
            if (other.length() > bare.length() && (other.endsWith(bare) || other.startsWith(bare))
                    && !occasionOf(other, bare) && !longest.contains(other)) {
                return false;
            }
        }
        return true;
    }

    /** 도쿄올림픽개막식 is an occasion of 도쿄올림픽, not the games written in full: the rest is an occasion's head. */
    private static boolean occasionOf(String longer, String bare) {
        return longer.startsWith(bare) && OccasionNames.isBare(longer.substring(bare.length()));
    }

    private static String longest(List<String> names, String bare) {
        String best = null;
        for (String n : names) {
            String other = n.substring(EVENT_KEY.length());
            if (other.length() > bare.length() && (other.endsWith(bare) || other.startsWith(bare))
                    && !occasionOf(other, bare) && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        return best;
    }

    private String key(List<Mention> mentions, int i, List<Integer> byStart, int[] rank) {
        Mention m = mentions.get(i);
        return switch (m.type()) {
            case PERSON -> "person/" + personName(mentions, i, byStart, rank);
            case ORGANIZATION -> "org/" + idOrName(m);
            case PLACE -> "place/" + idOrName(m);
            case EVENT -> EVENT_KEY + compact(m.text());
            case TITLE -> "title/" + (m.normalized() != null ? m.normalized() : compact(m.text()));
            case DATE -> "date/" + (m.normalized() != null ? m.normalized() : compact(m.text()));
        };
    }

    /** The first member's gazetteer reference, if any has one (a loop: this runs for every entity). */
    private static String firstReference(List<Mention> mentions, List<Integer> members) {
        for (int i : members) {
            String r = mentions.get(i).referenceId();
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The gazetteer entry's full name of a referenced person, without spaces (도널드트럼프 for 트럼프). */
    private String referencedName(Mention m) {
        return compact(gazetteer.byId(m.referenceId()).map(GazetteerEntry::canonical).orElse(m.text()));
    }

    /**
     * A person the gazetteer knows goes by the entry's full name however the article writes it ({@code 트럼프},
     * {@code 도날드 트럼프}, {@code 도널드 트럼프}): one id in every article, whatever their order. Every mention of a key
     * that holds a referenced person ({@code 도날드 트럼프 … 트럼프 대통령}), and every person written as one of them is
     * ({@code 아베 총리 … 아베는}), takes the referenced person's id.
     */
    private void toReferencedNames(List<Mention> mentions, String[] keys) {
        Map<String, String> renamed = new java.util.HashMap<>();
        Map<String, String> byText = new java.util.HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Mention m = mentions.get(i);
            if (m.type() == MentionType.PERSON && m.referenceId() != null) {
                String id = "person/" + referencedName(m);
                renamed.putIfAbsent(keys[i], id);
                byText.putIfAbsent(compact(m.text()), id);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            Mention m = mentions.get(i);
            String sameText = m.type() == MentionType.PERSON ? byText.get(compact(m.text())) : null;
            keys[i] = sameText != null ? sameText : renamed.getOrDefault(keys[i], keys[i]); // 아베 총리 … 아베는
        }
    }

    /** A named person's name; for an unnamed post-holder, its organization and role inside the phrase. */
    private static String personName(List<Mention> mentions, int i, List<Integer> byStart, int[] rank) {
        Mention p = mentions.get(i);
        String org = null;
        String role = null;
        int from = rank[i];
        while (from > 0 && mentions.get(byStart.get(from - 1)).start() == p.start()) {
            from--;
        }
        for (int r = from; r < byStart.size() && mentions.get(byStart.get(r)).start() < p.end(); r++) {
            Mention inner = mentions.get(byStart.get(r));
            if (inner != p && p.start() <= inner.start() && inner.end() <= p.end()) {
                if (inner.type() == MentionType.ORGANIZATION && org == null) {
                    org = compact(inner.text());
                } else if (inner.type() == MentionType.TITLE) {
                    role = inner.normalized() != null ? inner.normalized() : compact(inner.text());
                }
            }
        }
        if (org != null && role != null) {
            return org + "-" + role;
        }
        return compact(p.text());
    }

    private static String idOrName(Mention m) {
        return m.referenceId() != null ? m.referenceId().replace(':', '-').replace('/', '-') : compact(m.text());
    }

    /** Without its white space; String.replaceAll would compile the pattern again for every mention. */
    private static String compact(String s) {
        return SPACES.matcher(s).replaceAll("");
    }

    private String label(List<Mention> mentions, List<Integer> members, String reference) {
        if (reference != null) {
            var entry = gazetteer.byId(reference).map(GazetteerEntry::canonical);
            if (entry.isPresent()) {
                return entry.get();
            }
        }
        String best = "";
        for (int i : members) {
            String t = mentions.get(i).text();
            if (t.codePointCount(0, t.length()) > best.codePointCount(0, best.length())) {
                best = t;
            }
        }
        return best;
    }
}
