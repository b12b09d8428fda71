package officialskg.extract.relation;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.extract.event.EventWordForms;
import officialskg.nlp.Morpheme;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code candidateIn} across an article: a person the article calls 후보 ran in the election it is about when it
 * names exactly one election ({@code 미래통합당은 … 제21대 국회의원 선거 관악갑 후보 김대호를 제명했다} … {@code 김대호
 * 후보가}). With two or more elections named (a primary and the election it leads to) nobody is assigned, since the
 * text alone does not say which one. The evidence is the first sentence that calls the person 후보, at a lower
 * confidence than a candidacy stated in the election's own sentence. One article at a time; not thread-safe.
 */
final class ArticleCandidacies {

    static final double CONFIDENCE = 0.5;

    /** First sighting per candidate name, with the sentence it was seen in. */
    private final Map<String, Sighting> candidates = new LinkedHashMap<>();
    private final Map<String, Integer> elections = new LinkedHashMap<>();

    private record Sighting(int mention, SentenceView view) {
    }

    void read(SentenceView v, Map<Integer, Integer> holders, Subjects subjects) {
        runningAs(v, subjects);
        String sentence = v.sentence.text();
        boolean maySeatOrField = sentence.contains("석") || sentence.contains("후보");
        for (int unit : v.units) {
            if (EventVenueRule.isElection(v, unit)) {
                elections.putIfAbsent(eventKey(v.m(unit).text()), unit);
            }
            int candidate = EventVenueRule.candidateOf(v, holders, unit);
            if (candidate < 0 && v.type(unit) == MentionType.ORGANIZATION && maySeatOrField
                    && (SEATS.matcher(v.text(v.m(unit).end(), v.m(unit).end() + 12)).lookingAt()
                    || SUBJECT.matcher(v.text(v.m(unit).end(), v.m(unit).end() + 2)).lookingAt()
                    && FIELDED.matcher(v.text(v.m(unit).end(), v.sentence.end())).find())) {
                // 한나라당이 5석, 민주당이 3석을 확보했다; 자유선진당은 … 후보 한 명을 냈지만: a party that won seats
                // or fielded a candidate ran
                candidate = unit;
            }
            if (candidate >= 0) {
                candidates.putIfAbsent(nameKey(v.m(candidate).text()), new Sighting(candidate, v));
            }
        }
    }

    /** Adds the candidacies to the sole election, for each candidate not yet said to run in some election. */
    void addTo(RelationSink sink, List<Mention> mentions) {
        List<String> names = wholeNames(elections, mentions);
        if (names.size() != 1) {
            return;
        }
        int election = elections.get(names.getFirst());
        Set<String> running = new HashSet<>();
        for (var r : sink.relations()) {
            if (r.type() == RelationType.CANDIDATE_IN) {
                running.add(nameKey(mentions.get(r.args().get("candidate")).text()));
            }
        }
        for (Sighting s : candidates.values()) {
            if (!running.contains(nameKey(mentions.get(s.mention()).text()))) {
                sink.add(RelationType.CANDIDATE_IN, Map.of("candidate", s.mention(), "event", election), null,
                        CONFIDENCE, s.view());
            }
        }
    }

    /**
     * 민경욱은 … 제21대 국회의원 선거 미래통합당 인천 연수구을 후보로 출마했으나: the subject standing as 후보 after an
     * election named in its sentence is a candidate, though no name stands next to the word.
     */
    private void runningAs(SentenceView v, Subjects subjects) {
        if (!v.sentence.text().contains("후보로")) {
            return;
        }
        List<Morpheme> ms = v.morphemes();
        for (int k = 0; k + 1 < ms.size(); k++) {
            if (!ms.get(k).surface().equals("후보") || !ms.get(k + 1).surface().equals("로")
                    || ms.get(k + 1).start() != ms.get(k).end()) {
                continue;
            }
            int at = ms.get(k).start();
            boolean electionBefore = v.units.stream().anyMatch(u -> EventVenueRule.isElection(v, u) && v.m(u).end() <= at);
            Subjects.Actor actor = subjects.at(k);
            if (electionBefore && actor.known() && v.type(actor.mention()) == MentionType.PERSON) {
                candidates.putIfAbsent(nameKey(v.m(actor.mention()).text()), new Sighting(actor.mention(), v));
            }
        }
    }

    /** A subject particle and a number of seats after a party: 한나라당이 5석, 민주당은 3석을. */
    private static final Pattern SEATS = Pattern.compile("(?:이|가|은|는)\\s+\\d{1,3}석");
    private static final Pattern SUBJECT = Pattern.compile("(?:이|가|은|는)\\s");
    /** A party fielding candidates: 후보를 냈다, 후보 한 명을 냈지만, 후보 3명을 내. */
    private static final Pattern FIELDED = Pattern.compile("후보(?:를|\\s+\\S{1,3}\\s*명을)\\s+(?:냈|내)");

    /**
     * The names of the events in {@code named} (keyed by {@link #eventKey}) that are not another's written shorter:
     * a name inside another ({@code 도쿄 올림픽} in {@code 2020 도쿄올림픽}) or with some of its words left out
     * ({@code 2014월드컵 유럽예선}, {@code 재보궐선거} of {@code 7월 28일 재보궐선거}) is that one.
     */
    static List<String> wholeNames(Map<String, Integer> named, List<Mention> mentions) {
        Map<String, List<String>> wordsOf = new LinkedHashMap<>();
        named.forEach((k, unit) -> wordsOf.put(k, EventWordForms.get().words(mentions.get(unit).text())));
        return named.keySet().stream()
                .filter(k -> named.keySet().stream().noneMatch(o -> o.length() > k.length() && o.contains(k)
                        || EventWordForms.shortForm(wordsOf.get(k), wordsOf.get(o))))
                .toList();
    }

    /** A person's name with spacing apart: the key one person is counted under across an article's sentences. */
    static String nameKey(String name) {
        return name.replaceAll("\\s+", "");
    }

    /** Spacing and short forms apart (제 21대 and 제21대, 미 대선 and 미국 대통령 선거 are one election). */
    static String eventKey(String name) {
        return EventWordForms.get().key(name);
    }
}
