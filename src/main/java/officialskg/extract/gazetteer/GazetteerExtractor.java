package officialskg.extract.gazetteer;

import officialskg.extract.Document;
import officialskg.extract.Josa;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.extract.lexicon.WordLists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Proposes a mention for every gazetteer name found by {@link GazetteerMatcher}, with the entry id as reference.
 *
 * <p>A Korean city or province is kept as a Place in the gazetteer; here its context decides. Written with its
 * administrative suffix ({@code 서울시}, {@code 경기도}, {@code 강남구}, not bare {@code 서울}) it is the
 * <em>government</em>, an Organization, when it (a) is the subject of a statement or plan verb later in the same
 * sentence ({@code 서울시는 … 밝혔다}), (b) is glued to another party with a hyphen or middle dot
 * ({@code 서울시-MLB}), or (c) is followed by a noun that only a body has ({@code 서울시 신년인사회},
 * {@code 서울시 관계자}). Everything else stays a Place. Likewise a country that is the subject of what only a state
 * does ({@code 북한이 … 미사일을 발사했다}) is an Organization; {@code 미국 출장길} stays a Place.
 * A name that doubles as a currency ({@code 한화 약 104조 원}) is skipped before an amount. A name whose body has a
 * namesake abroad ({@code 민주당}) is that namesake in an article naming a body of its country ({@code 공화당}).
 */
public final class GazetteerExtractor implements MentionExtractor {

    public static final String NAME = "gazetteer";

    private static final Set<String> SUBJECT_PARTICLES = Set.of("는", "은", "가", "이", "도", "에서는", "에서");
    /** What a body says or plans, after it as subject ({@code statement-verbs.txt}): 서울시는 … 밝혔다. */
    private static final List<String> STATEMENT_VERBS =
            WordLists.lines(GazetteerExtractor.class, "statement-verbs.txt");
    /** Nouns that only a body has, right after its name ({@code body-nouns.txt}): 서울시 관계자. */
    private static final Set<String> BODY_NOUNS = WordLists.set(GazetteerExtractor.class, "body-nouns.txt");
    private static final double CONFIDENCE = 0.9;
    private static final String COUNTRY = "kg:country/";
    /** The hand-written entries of leaders abroad ({@code world-leaders.tsv}), whose short names the press uses. */
    private static final String LEADER = "kg:person/";
    /** What only a state does, after a country as subject ({@code state-verbs.txt}): 북한이 … 발사했다. */
    private static final List<String> STATE_VERBS = WordLists.lines(GazetteerExtractor.class, "state-verbs.txt");
    private static final int VERB_WINDOW = 200;
    /** Names that are also a currency in an amount gloss ({@code (한화 약 104조 원)}). */
    private static final Set<String> CURRENCY_NAMES = Set.of("한화");

    /** Namesakes abroad by the article's other bodies ({@code context-namesakes.tsv}): 민주당 beside 공화당. */
    private static final List<List<String>> CONTEXT_NAMESAKES =
            WordLists.rows(GazetteerExtractor.class, "context-namesakes.tsv", 4, 4);

    /** A name that stood for another body than its default entry's while an era lasted ({@code name-eras.tsv}). */
    private record NameEra(String surface, String defaultId, LocalDate from, LocalDate to, String id) {
    }

    /** Names that stood for different bodies over time: 민주당 of 2010 is not 더불어민주당. */
    private static final List<NameEra> NAME_ERAS = WordLists.rows(GazetteerExtractor.class, "name-eras.tsv", 5, 5)
            .stream().map(r -> new NameEra(r.get(0), r.get(1), LocalDate.parse(r.get(2)), LocalDate.parse(r.get(3)),
                    r.get(4))).toList();

    /** The mention with the body its name stood for when the article was published, or the mention as it is. */
    private static Mention ofItsTime(Mention m, Document document) {
        if (m.referenceId() == null || document.reference().isEmpty()) {
            return m;
        }
        LocalDate published = document.reference().get().toLocalDate();
        for (NameEra era : NAME_ERAS) {
            if (era.surface().equals(m.text()) && era.defaultId().equals(m.referenceId())
                    && !published.isBefore(era.from()) && published.isBefore(era.to())) {
                return new Mention(m.start(), m.end(), m.text(), m.type(), m.extractor(), m.confidence(),
                        m.normalized(), era.id());
            }
        }
        return m;
    }

    private final GazetteerMatcher matcher;

    /**
     * Whether a short form ({@code 푸틴}, {@code 아베}) stands for a longer canonical name the article also writes
     * ({@code 블라디미르 푸틴}): then the short form is that person, as the press uses it after the full name.
     */
    private static boolean fullNameWritten(Document document, GazetteerEntry e, String surface) {
        return !e.canonical().equals(surface) && document.text().contains(e.canonical());
    }

    /** Posts a leader's short name is written before ({@code leader-posts.txt}): 푸틴 대통령, 아베 전 총리. */
    private static final Set<String> LEADER_POSTS = WordLists.set(GazetteerExtractor.class, "leader-posts.txt");

    /** Whether the word after a short name is a leader's post ({@code 아베 총리의}, {@code 스가 관방장관}). */
    private static boolean postFollows(int[] text, int end) {
        if (end >= text.length || text[end] != ' ') {
            return false;
        }
        int from = end + 1;
        int to = from;
        while (to < text.length && to - from < 6 && Character.isLetter(text[to])) {
            to++;
        }
        String word = new String(text, from, to - from);
        return LEADER_POSTS.stream().anyMatch(p -> word.startsWith(p));
    }

    private static final String KOREAN_GOVERNMENT = "kg:gov/";

    /** Where a foreign country's name starts when it is the word right before {@code start}, else -1. */
    private int foreignCountryBefore(int[] text, int start) {
        if (start < 2 || text[start - 1] != ' ') {
            return -1;
        }
        int from = start - 1;
        while (from > 0 && Character.isLetter(text[from - 1])) {
            from--;
        }
        GazetteerMatcher.Match country = matcher.longestAt(text, from);
        return country != null && country.end() == start - 1 && country.entry().id().startsWith(COUNTRY)
                && !country.entry().id().equals(COUNTRY + "kr") ? from : -1;
    }

    /** @param matcher the gazetteer's matcher, shared by every extractor that looks names up */
    public GazetteerExtractor(GazetteerMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(Document document) {
        int[] text = document.codePoints();
        List<Mention> out = new ArrayList<>();
        for (GazetteerMatcher.Match m : matcher.find(text)) {
            GazetteerEntry e = m.entry();
            String surface = new String(text, m.start(), m.end() - m.start());
            if (e.type() == MentionType.PERSON && m.end() - m.start() < 3 && !fullNameWritten(document, e, surface)
                    && !(e.id().startsWith(LEADER) && postFollows(text, m.end()))) {
                continue; // two-syllable names are too often common words, unless the article names the person in full
            }
            if (CURRENCY_NAMES.contains(surface) && currencyGloss(text, m.end())) {
                continue; // 한화 약 104조 원: Korean won, not the Hanwha group
            }
            MentionType type = e.type();
            if (e.isAdministrativeUnit() && (actsAsGovernment(text, m, surface) || joinedToABody(text, m, surface))
                    || e.id().startsWith(COUNTRY) && actsAsState(text, m.end())) {
                type = MentionType.ORGANIZATION;
            }
            double confidence = e.type() == MentionType.PERSON ? 0.7 : CONFIDENCE;
            int abroad = e.id().startsWith(KOREAN_GOVERNMENT) ? foreignCountryBefore(text, m.start()) : -1;
            if (abroad >= 0) {
                // 중국 외교부, 일본 기상청: that country's body of the same name, not the Korean one
                out.add(new Mention(abroad, m.end(), new String(text, abroad, m.end() - abroad), type, NAME, confidence,
                        null, null));
                continue;
            }
            out.add(new Mention(m.start(), m.end(), surface, type, NAME, confidence, null, e.id()));
        }
        List<Mention> found = namesakesAbroad(out);
        found.replaceAll(m -> ofItsTime(m, document));
        return found;
    }

    /**
     * 민주당 in an article that names the US Republican Party is the US Democratic Party: the name's default body is
     * exchanged for its namesake when the article names one of the namesake's cue bodies.
     */
    private static List<Mention> namesakesAbroad(List<Mention> found) {
        for (List<String> row : CONTEXT_NAMESAKES) {
            List<String> cues = List.of(row.get(3).split(","));
            if (found.stream().noneMatch(m -> m.referenceId() != null && cues.contains(m.referenceId()))) {
                continue;
            }
            found.replaceAll(m -> m.text().equals(row.get(0)) && row.get(1).equals(m.referenceId())
                    ? new Mention(m.start(), m.end(), m.text(), m.type(), m.extractor(), m.confidence(), m.normalized(),
                    row.get(2)) : m);
        }
        return found;
    }

    /** A country as the subject of what only a state does ({@code 북한이 미사일을 발사했다}) is acting as a state. */
    private static boolean actsAsState(int[] text, int end) {
        int wordEnd = end;
        while (wordEnd < text.length && Character.isLetterOrDigit(text[wordEnd])) {
            wordEnd++;
        }
        String particle = new String(text, end, wordEnd - end);
        if (!particle.equals("이") && !particle.equals("가") && !particle.equals("은") && !particle.equals("는")) {
            return false;
        }
        String rest = restOfSentence(text, wordEnd);
        return STATE_VERBS.stream().anyMatch(rest::contains);
    }

    private static boolean currencyGloss(int[] text, int end) {
        int i = end;
        while (i < text.length && text[i] == ' ') {
            i++;
        }
        return i < text.length && (Character.isDigit(text[i]) || text[i] == '약' || text[i] == '로');
    }

    /**
     * A unit written with its suffix and joined by 와/과 to a body the gazetteer knows ({@code 대구시와 국토교통부가 공동
     * 주최한}): the two act together, so the unit is its government too.
     */
    private boolean joinedToABody(int[] text, GazetteerMatcher.Match m, String surface) {
        int end = m.end();
        if ("시도군구".indexOf(surface.charAt(surface.length() - 1)) < 0 || end + 2 >= text.length
                || text[end] != '와' && text[end] != '과' || text[end + 1] != ' ') {
            return false;
        }
        GazetteerMatcher.Match next = matcher.longestAt(text, end + 2);
        return next != null && next.entry().type() == MentionType.ORGANIZATION;
    }

    private static boolean actsAsGovernment(int[] text, GazetteerMatcher.Match m, String surface) {
        char last = surface.charAt(surface.length() - 1);
        if ("시도군구".indexOf(last) < 0 || surface.contains(" ")) {
            return false;
        }
        int end = m.end();
        if (end < text.length && (text[end] == '-' || text[end] == '·' || text[end] == '–')) {
            return true;
        }
        int wordEnd = end;
        while (wordEnd < text.length && Character.isLetterOrDigit(text[wordEnd])) {
            wordEnd++;
        }
        String particle = new String(text, end, wordEnd - end);
        if (particle.isEmpty()) {
            int next = wordEnd;
            while (next < text.length && text[next] == ' ') {
                next++;
            }
            int nextEnd = next;
            while (nextEnd < text.length && Character.isLetterOrDigit(text[nextEnd])) {
                nextEnd++;
            }
            int stemEnd = nextEnd - Josa.longestAt(text, next, nextEnd);
            if (next > wordEnd && BODY_NOUNS.contains(new String(text, next, stemEnd - next))) {
                return true;
            }
        }
        if (!SUBJECT_PARTICLES.contains(particle)) {
            return false;
        }
        String rest = restOfSentence(text, wordEnd);
        return STATEMENT_VERBS.stream().anyMatch(rest::contains);
    }

    /**
     * The rest of the sentence after {@code from}, at most {@link #VERB_WINDOW} code points: a statement verb
     * belongs to its subject only within one sentence, and the window keeps a huge unpunctuated line linear.
     */
    private static String restOfSentence(int[] text, int from) {
        int end = Math.min(text.length, from + VERB_WINDOW);
        for (int i = from; i < end; i++) {
            int c = text[i];
            if (c == '\n' || c == '.' || c == '?' || c == '!' || c == '。') {
                end = i;
                break;
            }
        }
        return new String(text, from, end - from);
    }
}
