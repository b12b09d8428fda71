package officialskg.extract.event;

import officialskg.extract.lexicon.WordLists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Event head nouns and whether a year alone can name them, read from {@code event-heads.tsv} beside this class.
 *
 * @param specific  head → {@code true} when a year or ordinal is name enough ({@code 21대 총선})
 * @param occasions heads that name one occasion on their own when the sentence says someone attends or holds it
 *                  ({@code 만찬에는 … 참석했다}, {@code 발인식에는}); kind {@code occasion} in the file
 * @param championships heads of championships (kind {@code championship}), which a sport word names
 * @param elections specific heads of elections (kind {@code election}): a party before one is its candidate's
 *                  ({@code 공화당 대선 후보}), not part of the name
 * @param gatherings heads of gatherings that the posts of those who gather name (kind {@code gathering}):
 *                  {@code 수석비서관 회의}, {@code 여야 원내대표 회동}, {@code 관계장관회의}
 * @param scandals  heads of affairs named after the person at their centre (kind {@code scandal}: {@code 최순실
 *                  게이트})
 * @param standalone heads that name one occasion of the article even alone (kind {@code alone}): the opening or
 *                  closing ceremony of what the article is about ({@code 개막식}, {@code 전야제}, {@code 개관식}) and
 *                  the standing sittings of government named by their head ({@code 국무회의}, {@code 고위당정협의회})
 */
record EventLexicon(Map<String, Boolean> specific, Set<String> occasions, Set<String> elections,
                    Set<String> championships, Set<String> gatherings, Set<String> scandals, Set<String> standalone,
                    List<String> occasionCues) {

    static final String RESOURCE = "event-heads.tsv";
    static final String CUES = "occasion-cues.txt";

    EventLexicon {
        specific = Map.copyOf(specific);
        occasions = Set.copyOf(occasions);
        elections = Set.copyOf(elections);
        championships = Set.copyOf(championships);
        gatherings = Set.copyOf(gatherings);
        scandals = Set.copyOf(scandals);
        standalone = Set.copyOf(standalone);
        occasionCues = List.copyOf(occasionCues);
    }

    static EventLexicon load() {
        try (InputStream in = EventLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource officialskg/extract/event/" + RESOURCE);
            }
            EventLexicon heads = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            return new EventLexicon(heads.specific(), heads.occasions(), heads.elections(), heads.championships(),
                    heads.gatherings(), heads.scandals(), heads.standalone(), cues());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The words of {@code occasion-cues.txt}, one a line. */
    private static List<String> cues() {
        return WordLists.lines(EventLexicon.class, CUES);
    }

    private static EventLexicon parse(BufferedReader reader) throws IOException {
        Map<String, Boolean> heads = new HashMap<>();
        Set<String> occasions = new HashSet<>();
        Set<String> elections = new HashSet<>();
        Set<String> championships = new HashSet<>();
        Set<String> gatherings = new HashSet<>();
        Set<String> standalone = new HashSet<>();
        Set<String> scandals = new HashSet<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            List<String> kinds = cols.length == 2 ? List.of(cols[1].strip().split(",")) : List.of();
            if (kinds.isEmpty() || !List.of("specific", "generic", "occasion", "election", "championship", "gathering",
                    "alone", "scandal").containsAll(kinds)) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected head<TAB>kind[,kind] with kinds"
                        + " specific|generic|occasion|election|championship|gathering|alone|scandal");
            }
            heads.put(cols[0].strip(), kinds.contains("specific") || kinds.contains("election"));
            if (kinds.contains("election")) {
                elections.add(cols[0].strip());
            }
            if (kinds.contains("occasion")) {
                occasions.add(cols[0].strip());
            }
            if (kinds.contains("championship")) {
                championships.add(cols[0].strip());
            }
            if (kinds.contains("gathering")) {
                gatherings.add(cols[0].strip());
            }
            if (kinds.contains("scandal")) {
                scandals.add(cols[0].strip());
            }
            if (kinds.contains("alone")) {
                standalone.add(cols[0].strip());
                occasions.add(cols[0].strip());
            }
        }
        return new EventLexicon(heads, occasions, elections, championships, gatherings, scandals, standalone,
                List.of());
    }

    boolean isElection(String head) {
        return elections.contains(head);
    }

    /** A championship head, which the sport before it names (펜싱 세계선수권대회, 피겨 선수권대회). */
    boolean isChampionship(String head) {
        return championships.contains(head);
    }

    /** A gathering head, which the posts of those who gather name (수석비서관 회의, 여야 원내대표 회동). */
    boolean isGathering(String head) {
        return gatherings.contains(head);
    }

    /** A head of an affair named after a person (최순실 게이트), whose name then belongs to the event's. */
    boolean isScandal(String head) {
        return scandals.contains(head);
    }

    /** A head that alone is still the article's one such occasion (개막식에서, 국무회의를 주재했다). */
    boolean standsAlone(String head) {
        return standalone.contains(head);
    }

    boolean isOccasion(String head) {
        return occasions.contains(head);
    }

    boolean isSpecific(String head) {
        return specific.getOrDefault(head, false);
    }

    /** The first characters of all heads, once each. */
    String firstCharacterSet() {
        return specific.keySet().stream().map(h -> h.substring(0, 1)).distinct().sorted()
                .collect(Collectors.joining());
    }

    /** An alternation of all heads, longest first so {@code 정상회의} wins over {@code 회의}. */
    String alternation() {
        return String.join("|", alternatives());
    }

    /** The branches of {@link #alternation()}, quoted, in its order. */
    List<String> alternatives() {
        return specific.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).toList();
    }
}
