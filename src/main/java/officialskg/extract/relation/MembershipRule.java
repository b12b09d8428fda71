package officialskg.extract.relation;

import officialskg.extract.MentionType;
import officialskg.extract.RelationType;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code memberOf}: a person written with a body they belong to — body before the name with at most a role or
 * {@code 소속} between (더불어민주당 소속 김철수 의원, 국민의힘 김○○ 의원, 자유한국당 대변인 전희경, 나주시(시장 강인규)),
 * or after it and followed by a role ({@code 이건희 삼성전자 회장} when no Title mention holds it,
 * {@code 윤상직(자유한국당) 의원}). Bodies in bodies and memberships read from the context are in
 * {@link BodyContextRule}.
 */
final class MembershipRule {

    private static final Set<String> LINK_WORDS = Set.of("의", "소속", "소속의", "소속인", "출신", "현",
            "신임", "당시", "겸");
    static final Pattern PART_OF_AFTER = Pattern.compile("^\\s*(산하|소속|계열사|자회사|산하기관|출연기관)");
    /** A Latin short name in brackets between a body and its head: 에프앤에프(F&F, 대표 김창수). */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Za-z&.\\-]{1,12}");
    /** A person's agency or team named after them: 아이유 소속사 EDAM 엔터테인먼트, 김건모 씨 소속사 건음기획. */
    private static final Pattern AGENCY = Pattern.compile(
            "\\s*((씨|양|군)(는|은|의)?\\s*)?(의\\s*)?(원)?소속(사|팀|구단)?(인|의)?\\s*");
    /** A leader and the body they lead: 데얀 감독이 이끄는 토트넘, 박진영 씨가 수장으로 있는 JYP. */
    private static final Pattern LEADS = Pattern.compile("\\s*(씨|님)?\\s*([가-힣]{1,8}\\s*)?(이|가)\\s+([가-힣]{1,8}(으로|로)\\s+)?"
            + "(이끄는|이끈|이끌던|이끌고 있는|운영하는|지휘하는|있는)\\s*");
    private static final Pattern QUOTES = Pattern.compile("[‘’“”'\"「」『』《》〈〉]");
    /** A bracketed note after a body (신천지예수교 증거장막성전(이하 신천지) 총회장). */
    private static final Pattern NOTE = Pattern.compile("^\\([^()]{0,20}\\)");
    private static final Pattern ROLE_THEN_NOTE = Pattern.compile("[가-힣]{1,6}\\s?\\(");
    private static final Pattern TOPIC = Pattern.compile("(은|는|이|가)");
    private static final Pattern AGE = Pattern.compile("\\d+(세|살)?");
    private static final int MAX_LINK_WORDS = 3;
    /** Words may qualify the role between a body and a name (에도 막부 8대 쇼군인), but not this many. */
    private static final int MAX_QUALIFIED_WORDS = 4;
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    /** A word that ends a clause or marks a subject or object breaks the phrase: 은/는/이/가/을/를, -고, -며, -다. */
    private static final Pattern CLAUSE_WORD = Pattern.compile("(은|는|을|를|에서|고|며|다|와|과|에게|께서)$");

    static final double WITH_ROLE = 0.8;
    static final double ADJACENT = 0.6;

    private MembershipRule() {
    }

    static void apply(SentenceView v, RoleWords roles, TitleOrganization titles, RelationSink sink) {
        for (int p = 0; p + 1 < v.units.size(); p++) {
            int left = v.units.get(p);
            int right = v.units.get(p + 1);
            String gap = v.gap(left, right);
            if (v.isOrganization(left) && v.isPersonLike(right)) {
                bodyThenPerson(v, roles, left, right, gap, sink);
            } else if (v.isPersonLike(left) && v.isOrganization(right)) {
                personThenBody(v, roles, titles, left, right, gap, sink);
            }
        }
    }

    private static void bodyThenPerson(SentenceView v, RoleWords roles, int body, int person, String gap,
                                       RelationSink sink) {
        if (gap.isBlank()) {
            CurrentMembership.add(v, person, body, roles.startsWithRole(v.after(person, 10)) ? WITH_ROLE : ADJACENT, sink);
            return;
        }
        // an aside in brackets says nothing about the link: JYP엔터테인먼트(이하 JYP) 박진영 대표
        String plain = QUOTES.matcher(ASIDE.matcher(gap).replaceAll(" ")).replaceAll(" ");
        boolean opensBracket = plain.contains("(");
        String[] words = plain.replaceAll("[()\\[\\],]", " ").strip().split("\\s+");
        if (plain.isBlank()) {
            CurrentMembership.add(v, person, body, ADJACENT, sink);
            return;
        }
        if (TOPIC.matcher(plain.strip()).matches()) {
            // A body as topic and a person as subject (OSEN은 안영명이 … 합류할 예정이라고 전했다, 국과수는 김 모가 …,
            // 말레이시아 경찰은 김정남을 살해한) state no membership: who reports, judges or acts on a person is not
            // the person's body. Measured on Wikinews, these were nearly all wrong.
            return;
        }
        if (plain.strip().equals("(")) {
            // 인천광역시(박남춘 시장): the head of the body named in brackets after it
            CurrentMembership.add(v, person, body, roles.startsWithRole(v.after(person, 10)) ? WITH_ROLE : ADJACENT, sink);
            return;
        }
        if (words.length > MAX_QUALIFIED_WORDS) {
            return;
        }
        if (roles.isRole(words[words.length - 1]) && !opensBracket && Arrays.stream(words)
                .noneMatch(w -> CLAUSE_WORD.matcher(w).find())) {
            CurrentMembership.add(v, person, body, WITH_ROLE - 0.1, sink); // 에도 막부 8대 쇼군인 도쿠가와 요시무네
            return;
        }
        if (words.length > MAX_LINK_WORDS) {
            return;
        }
        boolean role = false;
        for (String w : words) {
            if (roles.isRole(w) || w.startsWith("소속")) {
                role = true;
            } else if (!LINK_WORDS.contains(w) && !AGE.matcher(w).matches() && !ABBREVIATION.matcher(w).matches()) {
                return;
            }
        }
        CurrentMembership.add(v, person, body, role ? WITH_ROLE : ADJACENT, sink);
    }

    private static void personThenBody(SentenceView v, RoleWords roles, TitleOrganization titles, int person,
                                       int body, String gap, RelationSink sink) {
        int next = v.unitAt(v.unitPosition(body) + 1);
        if (next >= 0 && v.type(next) == MentionType.TITLE && v.gap(body, next).isBlank()) {
            return; // 최태원 서울상공회의소 회장: the holding names the body already
        }
        String unquoted = QUOTES.matcher(gap).replaceAll("");
        if (AGENCY.matcher(unquoted).matches() || LEADS.matcher(unquoted).matches()) {
            CurrentMembership.add(v, person, body, WITH_ROLE, sink);
            return;
        }
        String g = gap.strip();
        if (TOPIC.matcher(g).matches() && (roles.startsWithRole(NOTE.matcher(v.after(body, 24)).replaceFirst(""))
                || PART_OF_AFTER.matcher(v.after(body, 8)).find())) {
            CurrentMembership.add(v, person, body, ADJACENT, sink); // 오금철은 조선로동당 중앙위원
            return;
        }
        if (ROLE_THEN_NOTE.matcher(g).matches() && roles.isRole(g.substring(0, g.length() - 1).strip())) {
            CurrentMembership.add(v, person, body, WITH_ROLE, sink); // 윤상직 의원(자유한국당)
            return;
        }
        boolean linked = g.isEmpty() || g.equals("(") || g.equals("의") || g.matches("\\(\\d+(세|살)?[,·]?")
                || LINK_WORDS.contains(g) || g.matches("\\([^()]{0,20}\\)");
        if (!linked) {
            return;
        }
        String after = NOTE.matcher(v.after(body, 24)).replaceFirst("");
        if (roles.startsWithRole(after) || PART_OF_AFTER.matcher(after.replaceFirst("^\\)", "")).find()
                || titleWithBody(titles, v.m(body).text(), after)) {
            CurrentMembership.add(v, person, body, WITH_ROLE, sink);
        } else if (g.equals("(")) {
            CurrentMembership.add(v, person, body, WITH_ROLE - 0.05, sink); // 윤상직(자유한국당), 폴 포그바(맨유 소속)
        } else if (g.isEmpty() || g.equals("의")) {
            CurrentMembership.add(v, person, body, ADJACENT, sink); // 맨체스터 유나이티드 폴 포그바, 김영삼의 통일민주당
        }
    }

    /** The body's name glued to a role makes one title of that body: 양평군 + 수 → 양평군수. */
    private static boolean titleWithBody(TitleOrganization titles, String body, String after) {
        int end = 0;
        while (end < after.length() && Character.isLetter(after.charAt(end))) {
            end++;
        }
        for (int cut = end; cut > 0; cut--) {
            var split = titles.split(body + after.substring(0, cut));
            if (split.isPresent() && split.get().organization().equals(body)) {
                return true;
            }
        }
        return false;
    }


}
