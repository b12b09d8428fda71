package officialskg.extract.relation;

import java.util.regex.Pattern;

/**
 * {@code memberOf} read from the words around a body rather than from a name beside it: a body inside a body
 * ({@code 서울시 산하 서울바이오허브}, {@code 서울바이오허브는 서울시 산하}), a body introduced as someone's agency
 * ({@code 소속사 아티스트컴퍼니는 "정우성이}), and a relative clause that puts the next person in a body
 * ({@code 유벤투스 FC에서 뛰고 있는 북한 출신 한광성}).
 */
final class BodyContextRule {

    private static final Pattern PART_OF = Pattern.compile("\\s*(산하|소속|계열사|자회사|산하기관|출연기관)(의|인)?\\s*");
    private static final Pattern AGENCY_BEFORE = Pattern.compile("소속(사|팀|구단)\\s*['‘\"“]?$");
    private static final int AGENCY_REACH = 8;
    /** A body, a joining verb and its adnominal ending: 유벤투스 FC에서 뛰고 있는 (북한 출신 한광성 선수). */
    private static final Pattern JOINED = Pattern.compile(
            "^\\s*(에서|에|으로|로|와|과)\\s*([가-힣]{1,6}(을|를)\\s)?(뛰|활동|근무|재직|활약|소속|몸담|입단|입사|이적|합류|데뷔|일하|일했)"
                    + "[가-힣]{0,6}\\s*(있는|있던|인|한|하는|했던|던)?\\s*$");
    private static final int JOINED_REACH = 20;

    static final double SUBSIDIARY = 0.85;
    static final double CONTEXT = 0.6;

    private BodyContextRule() {
    }

    static void apply(SentenceView v, RelationSink sink) {
        for (int p = 0; p + 1 < v.units.size(); p++) {
            int left = v.units.get(p);
            int right = v.units.get(p + 1);
            if (v.isOrganization(left) && v.isOrganization(right)) {
                String gap = v.gap(left, right);
                if (PART_OF.matcher(gap).matches()) {
                    CurrentMembership.add(v, right, left, SUBSIDIARY, sink);
                } else if (MembershipRule.PART_OF_AFTER.matcher(v.after(right, 8)).find() && gap.strip().length() <= 2) {
                    CurrentMembership.add(v, left, right, SUBSIDIARY - 0.05, sink); // 서울바이오허브는 서울시 산하
                }
            }
        }
        agencyFirst(v, sink);
        relativeJoin(v, sink);
    }

    /** 소속사 아티스트컴퍼니는 "정우성이 …: a body introduced as someone's agency or team, and the person next named. */
    private static void agencyFirst(SentenceView v, RelationSink sink) {
        for (int p = 0; p + 1 < v.units.size(); p++) {
            int body = v.units.get(p);
            int next = v.units.get(p + 1);
            if (v.isOrganization(body) && v.isPersonLike(next)
                    && AGENCY_BEFORE.matcher(v.before(v.m(body).start(), 5)).find()
                    && v.gap(body, next).length() <= AGENCY_REACH) {
                CurrentMembership.add(v, next, body, CONTEXT, sink);
            }
        }
    }

    /** A person after a relative clause that puts them in a body: 유벤투스 FC에서 뛰고 있는 북한 출신 한광성. */
    private static void relativeJoin(SentenceView v, RelationSink sink) {
        for (int p = 0; p + 1 < v.units.size(); p++) {
            int body = v.units.get(p);
            if (!v.isOrganization(body)) {
                continue;
            }
            String after = v.after(body, JOINED_REACH);
            if (!mayJoin(after)) {
                continue;
            }
            for (int cut = after.length(); cut > 0; cut--) {
                if (JOINED.matcher(after.substring(0, cut)).matches()) {
                    int person = nextPerson(v, p, v.m(body).end() + cut);
                    if (person >= 0) {
                        CurrentMembership.add(v, person, body, CONTEXT + 0.1, sink);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether some prefix of {@code after} can match {@link #JOINED}: each must start with spaces and one of its
     * particles, so the first other character tells, and the up to twenty tries of the pattern are spared.
     */
    private static boolean mayJoin(String after) {
        String rest = after.stripLeading();
        return !rest.isEmpty() && "에으로와과".indexOf(rest.charAt(0)) >= 0;
    }

    /** The first person within a few words after an offset, with no other mention before it. */
    private static int nextPerson(SentenceView v, int position, int offset) {
        int next = v.unitAt(position + 1);
        if (next < 0 || !v.isPersonLike(next) || v.m(next).start() < offset) {
            return -1;
        }
        String between = v.text(offset, v.m(next).start()).strip();
        return between.split("\\s+").length <= 2 && !between.matches(".*[,.].*") ? next : -1;
    }
}
