package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hosts written as an adverbial or as the partner of a joint host, which the cue rules do not read as subjects:
 * {@code 전경련 주최로 열렸다}, {@code 서울시 주최로 열린 ‘…’에는} (the body before 주최로/주관으로 hosts the event of its
 * sentence: the next one named, else the last before), and {@code 산업통상자원부는 한국무역협회와 ‘…’을 공동 개최했다}
 * (a body joined by 와/과 to a host of the same event, in a sentence that says 공동, hosts it too).
 */
final class HostRule {

    static final double CONFIDENCE = 0.8;
    /** 주최로, 의 주최로, 주관으로, 공동 주최로, 주최 하에. */
    private static final Pattern HOSTED_BY = Pattern.compile("(?:의)?\\s*(?:공동\\s*)?(?:주최|주관)(?:로|으로|\\s*하에)");
    private static final Pattern JOINT = Pattern.compile("공동\\s*(?:주최|주관|개최)");
    private static final Pattern PARTNER = Pattern.compile("(?:와|과)\\s");

    private HostRule() {
    }

    static void apply(SentenceView v, RelationSink sink) {
        String sentence = v.sentence.text();
        if (!sentence.contains("주최") && !sentence.contains("주관") && !sentence.contains("공동")) {
            return;
        }
        for (int unit : v.units) {
            if (!canHost(v, unit) || !HOSTED_BY.matcher(v.text(v.m(unit).end(), v.m(unit).end() + 12)).lookingAt()) {
                continue;
            }
            int event = eventOfTheSentence(v, unit);
            if (event >= 0) {
                sink.add(RelationType.ORGANIZES, Map.of("organizer", unit, "event", event), null, CONFIDENCE, v);
            }
        }
        if (!JOINT.matcher(sentence).find()) {
            return;
        }
        for (Relation r : sink.inSentence(v)) {
            if (r.type() != RelationType.ORGANIZES) {
                continue;
            }
            int event = r.args().get("event");
            for (int unit : v.units) {
                if (canHost(v, unit) && v.m(unit).end() <= v.m(event).start()
                        && PARTNER.matcher(v.text(v.m(unit).end(), v.m(unit).end() + 2)).lookingAt()) {
                    sink.add(RelationType.ORGANIZES, Map.of("organizer", unit, "event", event), null, r.confidence(),
                            v); // 한국무역협회와 … 공동 개최했다
                }
            }
        }
    }

    private static boolean canHost(SentenceView v, int unit) {
        MentionType type = v.type(unit);
        return type == MentionType.ORGANIZATION || type == MentionType.PERSON;
    }

    /** The event hosted: the next one named in the sentence, else the last before the host. */
    private static int eventOfTheSentence(SentenceView v, int host) {
        int before = -1;
        for (int unit : v.units) {
            if (v.type(unit) != MentionType.EVENT) {
                continue;
            }
            if (v.m(unit).start() >= v.m(host).end()) {
                return unit;
            }
            before = unit;
        }
        return before;
    }
}
