package officialskg.extract.relation;

import officialskg.extract.Mention;
import officialskg.extract.RelationType;
import officialskg.extract.event.EventWordForms;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    void read(SentenceView v, Map<Integer, Integer> holders) {
        for (int unit : v.units) {
            if (EventVenueRule.isElection(v, unit)) {
                elections.putIfAbsent(eventKey(v.m(unit).text()), unit);
            }
            int candidate = EventVenueRule.candidateOf(v, holders, unit);
            if (candidate >= 0) {
                candidates.putIfAbsent(nameKey(v.m(candidate).text()), new Sighting(candidate, v));
            }
        }
    }

    /** Adds the candidacies to the sole election, for each candidate not yet said to run in some election. */
    void addTo(RelationSink sink, List<Mention> mentions) {
        if (elections.size() != 1) {
            return;
        }
        int election = elections.values().iterator().next();
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

    /** A person's name with spacing apart: the key one person is counted under across an article's sentences. */
    static String nameKey(String name) {
        return name.replaceAll("\\s+", "");
    }

    /** Spacing and short forms apart (제 21대 and 제21대, 미 대선 and 미국 대통령 선거 are one election). */
    static String eventKey(String name) {
        return EventWordForms.get().key(name);
    }
}
