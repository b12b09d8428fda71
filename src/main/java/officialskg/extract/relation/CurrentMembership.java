package officialskg.extract.relation;

import officialskg.extract.RelationType;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Adds a {@code memberOf} the rules found, as a current membership (never for a leader's name before 정부, which
 * names an administration): a former one (양현석 전 YG 엔터테인먼트 대표) is
 * left to the holding, which carries the status, and a holding that already names the body says it better.
 */
final class CurrentMembership {

    private static final Pattern FORMER = Pattern.compile("^\\s*(전|前|전직)(\\s|$)|^\\s*前");
    /** A leader's name before these names the leader's administration, not a body the leader belongs to. */
    private static final Pattern ADMINISTRATION = Pattern.compile("^(정부|행정부|정권|내각)$");

    private CurrentMembership() {
    }

    static void add(SentenceView v, int member, int body, double confidence, RelationSink sink) {
        if (ADMINISTRATION.matcher(v.m(body).text().strip()).matches() && v.m(member).end() <= v.m(body).start()
                && v.gap(member, body).isBlank()) {
            return; // 이승만 정부 12년 동안, 부시 정부의 공무원들: the administration named after its leader
        }
        if (sink.hasHolding(member, body) || FORMER.matcher(v.after(member, 3)).find()
                || FORMER.matcher(v.after(body, 3)).find()) {
            return;
        }
        sink.add(RelationType.MEMBER_OF, Map.of("member", member, "organization", body), null, confidence, v);
    }
}
