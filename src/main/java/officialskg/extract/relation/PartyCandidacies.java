package officialskg.extract.relation;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code candidateIn} for a party: a party runs in an election through its candidate. When the article says a person
 * runs in an election and, anywhere, that the person is a body's candidate ({@code 더불어민주당의 문재인 후보},
 * {@code 차명진 미래통합당 … 후보}: a {@code holdsPosition} with the post 후보 and an organization, or a membership
 * stated in the sentence of that post), that body runs in the election too. The evidence is the sentence that makes the person the body's candidate, at the lower of the two
 * confidences. Runs once per article, after every other rule.
 */
final class PartyCandidacies {

    /** The post of a candidate (후보, 예비후보, 대선 후보), not of a nominee for office (후보자). */
    private static final Pattern CANDIDATE = Pattern.compile("후보$");
    /** A primary (서울지역 경선) is the party's own contest: the party holds it, it does not run in it. */
    private static final Pattern PRIMARY = Pattern.compile("경선$");

    private PartyCandidacies() {
    }

    static void addTo(RelationSink sink, List<Mention> mentions) {
        List<Relation> all = sink.relations();
        List<Relation> added = new ArrayList<>();
        for (Relation run : all) {
            if (run.type() != RelationType.CANDIDATE_IN
                    || mentions.get(run.args().get("candidate")).type() != MentionType.PERSON
                    || PRIMARY.matcher(mentions.get(run.args().get("event")).text().strip()).find()) {
                continue;
            }
            String candidate = key(mentions.get(run.args().get("candidate")));
            for (Relation holding : all) {
                if (holding.type() != RelationType.HOLDS_POSITION
                        || !CANDIDATE.matcher(mentions.get(holding.args().get("title")).text().strip()).find()
                        || !key(mentions.get(holding.args().get("holder"))).equals(candidate)) {
                    continue;
                }
                for (int party : partiesOf(holding, candidate, all, mentions)) {
                    added.add(new Relation(RelationType.CANDIDATE_IN, Map.of("candidate", party, "event",
                            run.args().get("event")), null, Math.min(run.confidence(), holding.confidence()),
                            holding.evidenceStart(), holding.evidenceEnd()));
                }
            }
        }
        added.forEach(sink::add);
    }

    /**
     * The bodies whose candidate a 후보 holding makes the person: its organization ({@code 차명진 미래통합당 … 후보}),
     * or a membership its sentence states ({@code 더불어민주당의 문재인 후보가}).
     */
    private static List<Integer> partiesOf(Relation holding, String candidate, List<Relation> all,
                                           List<Mention> mentions) {
        List<Integer> parties = new ArrayList<>();
        Integer org = holding.args().get("organization");
        if (org != null && mentions.get(org).type() == MentionType.ORGANIZATION) {
            parties.add(org);
        }
        for (Relation member : all) {
            if (member.type() == RelationType.MEMBER_OF && member.evidenceStart() == holding.evidenceStart()
                    && key(mentions.get(member.args().get("member"))).equals(candidate)) {
                parties.add(member.args().get("organization"));
            }
        }
        return parties;
    }

    private static String key(Mention m) {
        return ArticleCandidacies.nameKey(m.text());
    }
}
