package officialskg.extract.relation;

import officialskg.extract.RelationType;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Adds a {@code memberOf} the rules found, as a current membership: a former one (양현석 전 YG 엔터테인먼트 대표) is
 * left to the holding, which carries the status, and a holding that already names the body says it better.
 */
final class CurrentMembership {

    private static final Pattern FORMER = Pattern.compile("^\\s*(전|前|전직)(\\s|$)|^\\s*前");

    private CurrentMembership() {
    }

    static void add(SentenceView v, int member, int body, double confidence, RelationSink sink) {
        if (sink.hasHolding(member, body) || FORMER.matcher(v.after(member, 3)).find()
                || FORMER.matcher(v.after(body, 3)).find()) {
            return;
        }
        sink.add(RelationType.MEMBER_OF, Map.of("member", member, "organization", body), null, confidence, v);
    }
}
