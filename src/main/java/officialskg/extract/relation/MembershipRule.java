package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code memberOf}: a person written with a body they belong to — body before the name with at most a role or
 * {@code 소속} between (더불어민주당 소속 김철수 의원, 국민의힘 김○○ 의원, 자유한국당 대변인 전희경, 나주시(시장 강인규)),
 * or after it and followed by a role ({@code 이건희 삼성전자 회장} when no Title mention holds it,
 * {@code 윤상직(자유한국당) 의원}); and a body inside a body ({@code 서울시 산하 서울바이오허브}).
 */
final class MembershipRule {

    private static final Set<String> LINK_WORDS = Set.of("의", "소속", "소속의", "소속인", "출신", "전", "前", "현",
            "신임", "당시", "겸");
    private static final Pattern PART_OF = Pattern.compile("\\s*(산하|소속|계열사|자회사|산하기관|출연기관)(의|인)?\\s*");
    private static final Pattern PART_OF_AFTER = Pattern.compile("^\\s*(산하|소속|계열사|자회사|산하기관|출연기관)");
    private static final Pattern AGE = Pattern.compile("\\d+(세|살)?");
    private static final int MAX_LINK_WORDS = 3;

    static final double WITH_ROLE = 0.8;
    static final double ADJACENT = 0.6;
    static final double SUBSIDIARY = 0.85;

    private MembershipRule() {
    }

    static void apply(SentenceView v, RoleWords roles, RelationSink sink) {
        for (int p = 0; p + 1 < v.units.size(); p++) {
            int left = v.units.get(p);
            int right = v.units.get(p + 1);
            String gap = v.gap(left, right);
            if (v.isOrganization(left) && v.isPersonLike(right)) {
                bodyThenPerson(v, roles, left, right, gap, sink);
            } else if (v.isPersonLike(left) && v.isOrganization(right)) {
                personThenBody(v, roles, left, right, gap, sink);
            } else if (v.isOrganization(left) && v.isOrganization(right)) {
                if (PART_OF.matcher(gap).matches()) {
                    member(v, right, left, SUBSIDIARY, sink);
                } else if (PART_OF_AFTER.matcher(v.after(right, 8)).find() && gap.strip().length() <= 2) {
                    member(v, left, right, SUBSIDIARY - 0.05, sink); // 서울바이오허브는 서울시 산하
                }
            }
        }
    }

    private static void bodyThenPerson(SentenceView v, RoleWords roles, int body, int person, String gap,
                                       RelationSink sink) {
        String[] words = gap.replaceAll("[()\\[\\],]", " ").strip().split("\\s+");
        if (gap.isBlank()) {
            member(v, person, body, roles.startsWithRole(v.after(person, 10)) ? WITH_ROLE : ADJACENT, sink);
            return;
        }
        if (words.length > MAX_LINK_WORDS) {
            return;
        }
        boolean role = false;
        for (String w : words) {
            if (roles.isRole(w) || w.startsWith("소속")) {
                role = true;
            } else if (!LINK_WORDS.contains(w) && !AGE.matcher(w).matches()) {
                return;
            }
        }
        member(v, person, body, role ? WITH_ROLE : ADJACENT, sink);
    }

    private static void personThenBody(SentenceView v, RoleWords roles, int person, int body, String gap,
                                       RelationSink sink) {
        int next = v.unitAt(v.unitPosition(body) + 1);
        if (next >= 0 && v.type(next) == MentionType.TITLE && v.gap(body, next).isBlank()) {
            return; // 최태원 서울상공회의소 회장: the holding names the body already
        }
        String g = gap.strip();
        String after = v.after(body, 12);
        boolean linked = g.isEmpty() || g.equals("(") || g.equals("의") || g.matches("\\(\\d+(세|살)?[,·]?")
                || LINK_WORDS.contains(g);
        if (!linked) {
            return;
        }
        if (roles.startsWithRole(after) || PART_OF_AFTER.matcher(after.replaceFirst("^\\)", "")).find()) {
            member(v, person, body, WITH_ROLE, sink);
        } else if (g.equals("(") && after.startsWith(")")) {
            member(v, person, body, WITH_ROLE - 0.05, sink); // 윤상직(자유한국당)
        }
    }

    private static void member(SentenceView v, int member, int body, double confidence, RelationSink sink) {
        if (sink.hasHolding(member, body)) {
            return;
        }
        sink.add(RelationType.MEMBER_OF, Map.of("member", member, "organization", body), null, confidence, v);
    }
}
