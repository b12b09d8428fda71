package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;
import officialskg.extract.lexicon.WordLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code holdsPosition}: a person and a title written together. Shapes: name + title (오세훈 서울시장, 오 시장),
 * name + body + title (최태원 서울상공회의소 회장), body + title + name (국토교통부 장관 원희룡), title + name
 * (국악인 박애리), name(age) title, with status words between or around (정동영 전 장관, 대통령 권한대행 한덕수), and an
 * unnamed person known by a post (a Person mention {@code MLB 국제사업총괄 부사장} holding the Title inside it).
 *
 * <p>Records which person holds each title, so the other rules can read "오세훈 서울시장이" as the person.
 */
final class PositionRule {

    /** What may stand between the parts: spaces, status words, an age or note in brackets (오세훈(62) 서울시장). */
    private static final Pattern LINK = Pattern.compile(
            "(인)?\\s*((전|前|현|現|신임|초대|차기|전직|당시|당선인|당선자|예비후보|후보자|후보|내정자|지명자|권한대행|직무대행|대행)\\s*)*"
                    + "(\\([^()]{0,30}\\))?\\s*");
    /** Between a body and its title: nothing, or the genitive (서울상공회의소 회장, 삼성전자의 부회장). */
    private static final Pattern BODY_LINK = Pattern.compile("\\s*(의\\s+)?");

    private static final Pattern QUOTES = Pattern.compile("[‘’“”'\"]");
    /** A title described in a relative clause before the name: 공격수로 활약했던 김신욱, 유격수였던 가와바타 신고. */
    private static final Pattern DESCRIBED_AS = Pattern.compile(
            "(으로|로|에|로서|으로서)?\\s*[가-힣]{0,8}(한|된|던|인|는|했던|였던|이었던)\\s+|(였던|이었던|이던|이자)\\s+");
    private static final Pattern BODY_WORD = Pattern.compile("[가-힣A-Za-z&·.]{1,12}");
    /** Words of a body's shape before a title that are no body ({@code not-a-body.txt}): 등, 이후, 원톱. */
    private static final Set<String> NOT_A_BODY = WordLists.set(PositionRule.class, "not-a-body.txt");

    static final double NAMED = 0.9;
    static final double UNRECOGNIZED_BODY = 0.7;
    static final double DESCRIBED = 0.7;
    static final double WITH_BODY = 0.92;
    static final double TITLE_FIRST = 0.8;
    static final double UNNAMED = 0.85;
    /** A name that shares the post of the last name of its list. */
    static final double LISTED = 0.95;
    /** Names in a list long enough to be a roll that spells out an unnamed holder of the post written before it. */
    static final int ROLL = 3;
    /** Between names of one list: a middle dot, a comma, 및 (an age or note in brackets may follow a name). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(\\([^()]{0,30}\\))?\\s*([·ㆍ,、]|\\s및)\\s*");

    private PositionRule() {
    }

    /** Adds the holdings of one sentence; returns title mention → holder mention. */
    static Map<Integer, Integer> apply(SentenceView v, RelationSink sink) {
        Map<Integer, Integer> holders = new HashMap<>();
        unnamedHolders(v, sink, holders);
        for (int p = 0; p < v.units.size(); p++) {
            int title = v.units.get(p);
            if (v.type(title) != MentionType.TITLE) {
                continue;
            }
            if (!nameFirst(v, sink, holders, p)) {
                titleFirst(v, sink, holders, p);
            }
        }
        return holders;
    }

    /** A Person mention that contains a Title holds it; a body inside, before the title, is its organization. */
    private static void unnamedHolders(SentenceView v, RelationSink sink, Map<Integer, Integer> holders) {
        for (int person : v.members) {
            if (!v.isPersonLike(person)) {
                continue;
            }
            List<Integer> inner = v.inside(person);
            for (int title : inner) {
                if (v.type(title) != MentionType.TITLE) {
                    continue;
                }
                Integer body = null;
                for (int o : inner) {
                    if (isBody(v, o) && v.m(o).end() <= v.m(title).start()) {
                        body = o;
                    }
                }
                String status = PostStatus.of(v.before(v.m(person).start(), 4), v.m(person).text(),
                        v.after(person, 8), v.sentence.text());
                emit(sink, v, person, title, body, status, UNNAMED);
                holders.put(title, person);
            }
        }
    }

    /** name [body] title: 오세훈 서울시장, 최태원 서울상공회의소 회장, 정동영 전 통일부 장관. */
    private static boolean nameFirst(SentenceView v, RelationSink sink, Map<Integer, Integer> holders, int p) {
        int title = v.units.get(p);
        int prev = v.unitAt(p - 1);
        Integer body = null;
        StringBuilder inside = new StringBuilder(v.m(title).text());
        if (prev >= 0 && isBody(v, prev) && BODY_LINK.matcher(v.gap(prev, title)).matches()) {
            body = prev;
            prev = v.unitAt(p - 2);
        }
        int link = body == null ? title : body;
        if (prev < 0 || !v.isPersonLike(prev)) {
            return false;
        }
        String gap = v.gap(prev, link);
        boolean unnamedBody = body == null && unrecognizedBody(gap);
        if (!LINK.matcher(gap).matches() && !unnamedBody) {
            return false;
        }
        inside.append(' ').append(gap);
        if (body == null) {
            body = bodyOfAll(v, v.m(prev).end(), v.m(title).end()); // 박우순(이상 민주당) 후보, 김호연 후보(이상 한나라당)
        }
        String status = PostStatus.of("", inside.toString(), v.after(title, 8), v.sentence.text());
        double confidence = unnamedBody ? UNRECOGNIZED_BODY : body == null ? NAMED : WITH_BODY;
        emit(sink, v, prev, title, body, status, confidence);
        holders.put(title, prev);
        listedBefore(v, sink, prev, title, body, status, confidence);
        return true;
    }

    /** {@code (이상 민주당)}: "all of the above are of" a body, written after the last name of a list or its post. */
    private static Integer bodyOfAll(SentenceView v, int from, int to) {
        for (int u : v.units) {
            int start = v.m(u).start();
            if (start >= from && start <= to + ABOVE_ALL.length() + 1 && isBody(v, u)
                    && v.text(start - ABOVE_ALL.length(), start).equals(ABOVE_ALL)
                    && v.text(v.m(u).end(), v.m(u).end() + 1).equals(")")) {
                return u;
            }
        }
        return null;
    }

    private static final String ABOVE_ALL = "(이상 ";

    /** Between listed names: a place and its particle where each was elected (은평구 을에서 이재오, 계양구을에서 이상권). */
    private static final Pattern WHERE = Pattern.compile("\\s*(에서|에)\\s+");

    /**
     * The names listed before a holder share its post: 손학규, 김두관, 정세균 후보; 김진태·나경원 의원; also each after the
     * place it stands for (서울 은평구에서 이재오, 충북 충주에서 윤진식 후보). A body right before
     * the first name is the organization of all when the post named none (새누리당 김진태·나경원 의원).
     */
    private static void listedBefore(SentenceView v, RelationSink sink, int holder, int title, Integer body,
                                     String status, double confidence) {
        List<Integer> listed = new ArrayList<>();
        int last = holder;
        for (int q = v.unitPosition(holder) - 1; q >= 0; q--) {
            int u = v.unitAt(q);
            if (v.type(u) == MentionType.PLACE && WHERE.matcher(v.gap(u, last)).matches()) {
                int first = q; // the place before the last name; the name listed before it comes next
                while (first > 0 && v.type(v.unitAt(first - 1)) == MentionType.PLACE) {
                    first--;
                }
                int before = v.unitAt(first - 1);
                if (before < 0 || v.type(before) != MentionType.PERSON
                        || !LIST_SEPARATOR.matcher(v.gap(before, v.unitAt(first))).matches()) {
                    break;
                }
                q = first - 1;
                u = before;
            } else if (v.type(u) != MentionType.PERSON || !LIST_SEPARATOR.matcher(v.gap(u, last)).matches()) {
                break;
            }
            listed.add(u);
            last = u;
        }
        if (listed.isEmpty()) {
            return;
        }
        Integer organization = body;
        int before = v.unitAt(v.unitPosition(last) - 1);
        if (organization == null && before >= 0 && isBody(v, before) && v.gap(before, last).equals(" ")) {
            organization = before;
            emit(sink, v, holder, title, organization, status, confidence);
        } else if (organization == null && listed.size() + 1 >= ROLL) {
            organization = bodyOfUnnamedHolder(v, title, v.m(last).start());
            if (organization != null) {
                emit(sink, v, holder, title, organization, status, confidence);
            }
        }
        for (int person : listed) {
            emit(sink, v, person, title, organization, status, confidence * LISTED);
        }
    }

    /** [body] title name: 국토교통부 장관 원희룡, 국악인 박애리, 국무총리 후보자 한덕수. */
    private static void titleFirst(SentenceView v, RelationSink sink, Map<Integer, Integer> holders, int p) {
        int title = v.units.get(p);
        int next = v.unitAt(p + 1);
        if (next < 0 || !v.isPersonLike(next)) {
            return;
        }
        String gap = QUOTES.matcher(v.gap(title, next)).replaceAll("");
        boolean described = DESCRIBED_AS.matcher(gap).matches();
        if (!LINK.matcher(gap).matches() && !described) {
            return;
        }
        int prev = v.unitAt(p - 1);
        Integer body = prev >= 0 && isBody(v, prev) && BODY_LINK.matcher(v.gap(prev, title)).matches() ? prev : null;
        int first = body == null ? title : body;
        String inside = v.m(title).text() + " " + v.gap(title, next);
        String status = PostStatus.of(v.before(v.m(first).start(), 6), inside, v.gap(title, next), v.sentence.text());
        emit(sink, v, next, title, body, status, described ? DESCRIBED : body == null ? TITLE_FIRST : NAMED);
        holders.put(title, next);
    }

    /**
     * One or two plain words between a name and its title most likely name a body no extractor recognized
     * (남인순 민주당 최고위원, 팀 쿡 애플 CEO); words with particles or numbers (이정협을 원톱, 홍세완 이후 6년만에) do not.
     */
    private static boolean unrecognizedBody(String gap) {
        String[] words = gap.strip().split("\\s+");
        if (gap.isBlank() || words.length > 2 || !gap.startsWith(" ") || !gap.endsWith(" ")) {
            return false;
        }
        for (String w : words) {
            if (!BODY_WORD.matcher(w).matches() || NOT_A_BODY.contains(w) || w.matches(".*(을|를|은|는|이|가|에|의|와|과|도)$")
                    && w.length() > 1 && !w.matches("[A-Za-z]+")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body of an unnamed holder of the same post earlier in the sentence, which a roll of names then spells out:
     * 새누리당 의원은 김정재ㆍ윤종필ㆍ…ㆍ홍철호 의원 등이다. Null when there is none.
     */
    private static Integer bodyOfUnnamedHolder(SentenceView v, int title, int before) {
        for (int person : v.members) {
            if (!v.isPersonLike(person) || v.m(person).end() > before) {
                continue;
            }
            List<Integer> inner = v.inside(person);
            boolean samePost = inner.stream().anyMatch(t -> v.type(t) == MentionType.TITLE
                    && v.m(t).text().equals(v.m(title).text()));
            for (int o : inner) {
                if (samePost && isBody(v, o)) {
                    return o;
                }
            }
        }
        return null;
    }

    static boolean isBody(SentenceView v, int mention) {
        return v.type(mention) == MentionType.ORGANIZATION || v.type(mention) == MentionType.PLACE;
    }

    private static void emit(RelationSink sink, SentenceView v, int holder, int title, Integer body, String status,
                             double confidence) {
        Map<String, Integer> args = new HashMap<>(Map.of("holder", holder, "title", title));
        if (body != null) {
            args.put("organization", body);
        }
        sink.add(RelationType.HOLDS_POSITION, args, status, confidence, v);
    }
}
