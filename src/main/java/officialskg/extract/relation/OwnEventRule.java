package officialskg.extract.relation;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.extract.lexicon.WordLists;

import java.util.List;
import java.util.Map;

/**
 * An event named after the body that holds it: {@code 철도노조 파업}, {@code 새누리당 최고위원회의}, {@code 서울시
 * 신년인사회} — the body written first {@code organizes} the event, when the name ends in a head of
 * {@code own-event-heads.txt} and the body is an Organization mention of the article (inside the event's span or
 * anywhere else in the article, since the event mention usually covers it).
 */
final class OwnEventRule {

    static final String RESOURCE = "own-event-heads.txt";
    static final double CONFIDENCE = 0.7;

    private final List<String> heads;

    OwnEventRule() {
        heads = WordLists.lines(OwnEventRule.class, RESOURCE);
    }

    void apply(SentenceView v, RelationSink sink) {
        for (int event : v.units) {
            if (v.type(event) != MentionType.EVENT) {
                continue;
            }
            String name = v.m(event).text();
            int space = name.lastIndexOf(' ');
            if (space <= 0 || !endsInHead(name)) {
                continue;
            }
            int body = bodyNaming(v, event, name.substring(0, name.indexOf(' ')));
            if (body >= 0) {
                sink.add(RelationType.ORGANIZES, Map.of("organizer", body, "event", event), null, CONFIDENCE, v);
            }
        }
    }

    private boolean endsInHead(String name) {
        for (String head : heads) {
            if (name.endsWith(" " + head)) {
                return true;
            }
        }
        return false;
    }

    /** The Organization mention spelled as the event's first word: inside the event first, else the article's first. */
    private static int bodyNaming(SentenceView v, int event, String firstWord) {
        Mention e = v.m(event);
        int found = -1;
        for (int i = 0; i < v.mentions.size(); i++) {
            Mention m = v.mentions.get(i);
            if (m.type() != MentionType.ORGANIZATION || !m.text().equals(firstWord)) {
                continue;
            }
            if (m.start() >= e.start() && m.end() <= e.end()) {
                return i;
            }
            if (found < 0) {
                found = i;
            }
        }
        return found;
    }
}
