package officialskg.extract.gazetteer;

import officialskg.extract.Document;
import officialskg.extract.Josa;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;

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
 * A name that doubles as a currency ({@code 한화 약 104조 원}) is skipped before an amount.
 */
public final class GazetteerExtractor implements MentionExtractor {

    public static final String NAME = "gazetteer";

    private static final Set<String> SUBJECT_PARTICLES = Set.of("는", "은", "가", "이", "도", "에서는", "에서");
    private static final List<String> STATEMENT_VERBS = List.of("밝혔", "밝힌", "발표", "말했", "전했", "설명했", "강조했",
            "계획", "예정", "추진", "나섰", "나선다", "결정", "지원한", "개최", "운영한", "시행", "공개했", "주최", "요청했",
            "제안했", "협약", "체결");
    private static final Set<String> BODY_NOUNS = Set.of("신년인사회", "관계자", "관계자는", "공무원", "대변인", "측",
            "측은", "산하", "직원", "직원들", "예산", "정책", "행정", "시정", "도정", "구정", "의회", "공보관", "간부");
    private static final double CONFIDENCE = 0.9;
    private static final String COUNTRY = "kg:country/";
    private static final List<String> STATE_VERBS = List.of("발사", "밝혔", "발표", "요구", "비난", "제재", "합의",
            "경고", "선언", "거부", "반대", "제안", "협상", "승인", "규탄", "촉구", "파견", "침공", "공격", "도발", "보복",
            "지원하", "결정했", "체결");
    private static final int VERB_WINDOW = 200;
    /** Names that are also a currency in an amount gloss ({@code (한화 약 104조 원)}). */
    private static final Set<String> CURRENCY_NAMES = Set.of("한화");

    private final GazetteerMatcher matcher;

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
            if (e.type() == MentionType.PERSON && m.end() - m.start() < 3) {
                continue; // two-syllable names are too often common words
            }
            if (CURRENCY_NAMES.contains(surface) && currencyGloss(text, m.end())) {
                continue; // 한화 약 104조 원: Korean won, not the Hanwha group
            }
            MentionType type = e.type();
            if (e.isAdministrativeUnit() && actsAsGovernment(text, m, surface)
                    || e.id().startsWith(COUNTRY) && actsAsState(text, m.end())) {
                type = MentionType.ORGANIZATION;
            }
            double confidence = e.type() == MentionType.PERSON ? 0.7 : CONFIDENCE;
            out.add(new Mention(m.start(), m.end(), surface, type, NAME, confidence, null, e.id()));
        }
        return out;
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
