package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Posts and memberships stated of the subject by the predicate: {@code 김병석은 대한민국의 축구 선수이다},
 * {@code 과르디올라는 FC 바르셀로나 B의 감독으로 선임되었다}, {@code 윤성환은 전 KBO 리그 삼성 라이온즈의
 * 투수이다}, {@code 파울 브라이트너는 FC 바이에른 뮌헨에 복귀하였고}. The holder or member is the person subject in
 * force at the title or body (a relative clause's own subject does not count).
 */
final class PredicateRule {

    /** Verbs that take a post as {@code ~로}: 감독으로 선임, 투수로 뛰다, 장관으로 임명. */
    private static final Pattern POST_VERB = Pattern.compile(
            "^(활동|뛰|뛴|뛰었|재직|근무|일하|일했|활약|선임|임명|취임|선출|발탁|데뷔|지명|영입|복무|내정|출마|부임|오르|올랐|오른)");
    /** Verbs that take a post as object: 장관을 지냈다, 회장을 맡았다. */
    private static final Pattern HELD_VERB = Pattern.compile("^(지내|지냈|지낸|역임|맡|맡았|맡은)");
    /** Verbs that join a body: 삼성 라이온즈에 입단, 뮤직웍스로 이적, SM엔터테인먼트에 들어갔다. */
    private static final Pattern JOIN_VERB = Pattern.compile(
            "^(입단|입사|복귀|합류|이적|영입|입당|가입|취임|선임|임명|발탁|계약|들어가|들어갔|들어간|근무|재직|활동|뛰|뛴|몸담|소속)");
    /** After a body: its genitive and a role noun, then copula or ~로 (삼성 라이온즈의 투수이다, FC 바르셀로나 B의 감독으로). */
    private static final Pattern ROLE_PREDICATE = Pattern.compile("^(의)?\\s*(\\S+?)(이다|이며|이자|였다|이었다|인|으로|로)(\\s|$|[,.])");

    /** How many morphemes may stand between the body's particle and the joining verb (산투스로 6달간 임대로 이적). */
    private static final int JOIN_REACH = 6;

    static final double STATED = 0.75;

    private PredicateRule() {
    }

    static void apply(SentenceView v, Map<Integer, Integer> holders, Subjects subjects, RoleWords roles,
                      RelationSink sink) {
        List<Morpheme> ms = v.morphemes();
        for (int p = 0; p < v.units.size(); p++) {
            int unit = v.units.get(p);
            int k = v.morphemeFrom(v.m(unit).start());
            Subjects.Actor actor = subjects.at(k);
            if (!actor.known() || v.type(actor.mention()) != MentionType.PERSON) {
                continue;
            }
            int person = actor.mention();
            int after = v.morphemeFrom(v.m(unit).end());
            if (v.type(unit) == MentionType.TITLE && !holders.containsKey(unit)) {
                String verb = predicateAfter(ms, after);
                if (verb != null) {
                    int body = bodyBefore(v, p);
                    Map<String, Integer> args = new HashMap<>(Map.of("holder", person, "title", unit));
                    if (body >= 0) {
                        args.put("organization", body);
                    }
                    String status = HELD_VERB.matcher(verb).find() ? PostStatus.FORMER
                            : PostStatus.of(v.before(v.m(unit).start(), 6), v.m(unit).text(), v.after(unit, 8),
                            v.sentence.text());
                    sink.add(RelationType.HOLDS_POSITION, args, status, STATED, v);
                    holders.put(unit, person);
                }
            } else if (v.isOrganization(unit) && !titleFollows(v, p) && joins(v, roles, ms, unit, after)) {
                if (!sink.hasHolding(person, unit)) {
                    sink.add(RelationType.MEMBER_OF, Map.of("member", person, "organization", unit), null, STATED, v);
                }
            }
        }
    }

    /** The verb stating the post: copula (선수이다, 선수이며), ~로 + post verb, ~을 + held verb; else null. */
    private static String predicateAfter(List<Morpheme> ms, int k) {
        int j = k;
        while (j < ms.size() && SentenceView.isCloser(ms.get(j))) {
            j++;
        }
        if (j >= ms.size()) {
            return null;
        }
        Morpheme first = ms.get(j);
        if (first.tag() == PosTag.VCP) {
            return first.surface();
        }
        if (j + 1 >= ms.size()) {
            return null;
        }
        String next = ms.get(j + 1).surface();
        if (first.tag() == PosTag.JKB && (first.surface().equals("로서") || first.surface().equals("으로서"))) {
            return first.surface(); // 미국의 싱어송라이터로서
        }
        if (first.tag() == PosTag.JKB && (first.surface().equals("로") || first.surface().equals("으로")
                || first.surface().equals("에")) && POST_VERB.matcher(next).find()) {
            return next; // 감독으로 선임, 초대 중앙정보부장에 취임
        }
        return first.tag() == PosTag.JKO && HELD_VERB.matcher(next).find() ? next : null;
    }

    /** Whether a Title mention follows the body (전북 현대 모터스의 미드필더): the holding will name the body. */
    private static boolean titleFollows(SentenceView v, int position) {
        int next = v.unitAt(position + 1);
        return next >= 0 && v.type(next) == MentionType.TITLE && bodyBefore(v, position + 1) == v.unitAt(position);
    }

    /** A body written right before a title (삼성 라이온즈의 투수), or -1. */
    private static int bodyBefore(SentenceView v, int position) {
        int prev = v.unitAt(position - 1);
        if (prev < 0 || !v.isOrganization(prev)) {
            return -1;
        }
        String gap = v.gap(prev, v.unitAt(position)).strip();
        return gap.isEmpty() || gap.equals("의") ? prev : -1;
    }

    /** 삼성 라이온즈의 투수이다 / FC 바이에른 뮌헨에 복귀하였고 / 워싱턴 프리덤과 계약을. */
    private static boolean joins(SentenceView v, RoleWords roles, List<Morpheme> ms, int body, int after) {
        var m = ROLE_PREDICATE.matcher(v.after(body, 20));
        if (m.find() && roles.isRole(m.group(2))) {
            return true;
        }
        if (roles.startsWithRole(v.after(body, 12).replaceFirst("^의", ""))) {
            return true; // 정진운은 미스틱스토리 소속 배우로, 오금철은 조선로동당 중앙위원
        }
        int j = after;
        while (j < ms.size() && SentenceView.isCloser(ms.get(j))) {
            j++;
        }
        if (j >= ms.size() || !ms.get(j).tag().isParticle()
                || !List.of("에", "에서", "로", "으로", "와", "과").contains(ms.get(j).surface())) {
            return false;
        }
        for (int n = j + 1; n < ms.size() && n <= j + JOIN_REACH; n++) {
            if (JOIN_VERB.matcher(ms.get(n).surface()).find()) {
                return true;
            }
            if (SentenceView.endsClause(ms.get(n))) {
                return false;
            }
        }
        return false;
    }
}
