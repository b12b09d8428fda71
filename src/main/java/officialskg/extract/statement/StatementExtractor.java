package officialskg.extract.statement;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.lexicon.WordLists;
import officialskg.extract.relation.SentenceSubjects;
import officialskg.extract.title.TitleLexicon;
import officialskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Statements attributed to people and bodies: direct quotations ({@code "…"라고 말했다}, {@code '…'고 밝혔다},
 * {@code "…"라며}) and reported speech ({@code …다고 밝혔다}, {@code …할 것이라고 말했다}, {@code …다며}).
 *
 * <p>The speaker is only ever a person or organization the text names as the subject of the speech: a subject or
 * topic particle between the quotation and its verb ({@code "…"라고 오 시장은 말했다}), else the nearest topic
 * ({@code 은/는/께서}) before the quotation or the reported clause, else the nearest subject ({@code 이/가}) before a
 * quotation or the first one of a reported sentence; a title stands for its holder, and an adnominal verb for the
 * person after it ({@code "…"라고 말한 김 장관}). {@code 그는/그녀는}, and a sentence with no subject at all, take the
 * speaker of the previous sentence (the subject of its statement, else its main named subject), when the sentence
 * goes on from it (same paragraph, or 이어/또한/그러면서). A subject that names nobody the article knows
 * ({@code 관계자는}) leaves the statement unattributed: no guess.
 *
 * <p>The date is a date mention the speaker's clause states (outside the quotation), else none (the article's date
 * applies); the event is an event mention followed by {@code 에서} in that clause ({@code ○○ 회의에서}).
 * Thread-safe: no state between calls.
 */
public final class StatementExtractor {

    static final double DIRECT = 0.9;
    static final double REPORTED = 0.8;
    static final double CARRIED = 0.15;
    static final double UNATTRIBUTED = 0.5;

    /** Reported clause endings: …다고, …라고, …냐고, …자고 (+ speech verb), …다며, …라며, …다면서, …라면서. */
    private static final Pattern REPORTED_WORD = Pattern.compile("[가-힣]*[가-힣](다|라|냐|자)(고|며|면서),?");
    private static final Set<String> NOT_REPORTED = Set.of("그렇다고", "그러다며", "이라고", "라고", "다고", "그렇다며",
            "아니라고");
    /** Words that lead a clause without being what was said ({@code clause-leaders.txt}). */
    private static final Set<String> LEADERS = WordLists.set(StatementExtractor.class, "clause-leaders.txt");
    /** Words that go with a date (지난 12일, 지난해 말, 3월 초). */
    private static final Set<String> DATE_WORDS = Set.of("지난", "말", "초", "중순", "초순", "하순", "말께", "초께", "께",
            "경", "말,", "초,");
    /**
     * Where something is said ({@code speech-settings.txt}): an event or one of these before 에서 makes the 에서
     * phrase a venue.
     */
    private static final Pattern VENUE = Pattern.compile(WordLists.lines(StatementExtractor.class,
            "speech-settings.txt").stream().map(Pattern::quote).collect(Collectors.joining("|", "(", ")")));
    /** After an event: 에서, or one or two nouns then 에서 (개막식에서, 개막식 기조연설에서). */
    private static final Pattern VENUE_AFTER = Pattern.compile(
            "^(?:의\\s*|\\s+)?(?:[가-힣A-Za-z0-9]{1,8}\\s+)?[가-힣A-Za-z0-9]{0,8}에서(?:[\\s,]|$)");
    private static final Pattern CLOSERS = Pattern.compile("^[’”'\"」』)\\]]*");

    /** Endings that close a clause when a comma follows (…했고, …하며, …했으나,). */
    private static final List<String> ENDS_BEFORE_COMMA = List.of("고", "며", "나", "만", "데", "자", "서");
    /** Endings that close a clause with or without a comma (…했으나, …지만, …했고). */
    private static final List<String> CLAUSE_ENDINGS = List.of("으나", "지만", "는데", "했고", "했으며", "였고",
            "였으며", "었고", "었으며");

    private final TitleLexicon titles = new TitleLexicon();

    public List<Statement> extract(Document document, List<Mention> mentions) {
        int[] cp = document.codePoints();
        List<Sentence> sentences = document.sentences();
        if (sentences.isEmpty()) {
            return List.of();
        }
        Quotations quotes = new Quotations(cp);
        List<Candidate> candidates = new ArrayList<>();
        for (Quotations.Quote q : quotes.all()) {
            direct(document, cp, sentences, q).ifPresent(candidates::add);
        }
        for (int s = 0; s < sentences.size(); s++) {
            reported(document, cp, sentences, s, quotes, candidates);
        }
        candidates.sort((a, b) -> Integer.compare(a.cueStart, b.cueStart));
        Reader reader = new Reader(document, mentions, sentences, quotes, titles);
        List<Statement> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Statement st = reader.statement(c);
            if (st != null) {
                out.add(st);
            }
        }
        return out;
    }

    /** A speech found before its speaker is known. */
    private record Candidate(Statement.Mode mode, int textStart, int textEnd, int markerStart, int cueStart,
                             int cueEnd, int openSentence, int verbSentence, boolean connective) {
    }

    /** A quotation followed by a quoting marker (and, for 라고/고, a speech verb). */
    private static java.util.Optional<Candidate> direct(Document d, int[] cp, List<Sentence> sentences,
                                                        Quotations.Quote q) {
        int after = q.close() + 1;
        int wordEnd = after;
        while (wordEnd < cp.length && Quotations.hangul(cp[wordEnd])) {
            wordEnd++;
        }
        String marker = d.slice(after, wordEnd);
        if (!SpeechWords.QUOTE_MARKERS.contains(marker)
                || (wordEnd < cp.length && !Character.isWhitespace(cp[wordEnd]) && cp[wordEnd] != ',')) {
            return java.util.Optional.empty();
        }
        int textStart = q.contentStart();
        int textEnd = q.close();
        while (textStart < textEnd && Character.isWhitespace(cp[textStart])) {
            textStart++;
        }
        while (textEnd > textStart && Character.isWhitespace(cp[textEnd - 1])) {
            textEnd--;
        }
        if (textEnd <= textStart || !sayable(d.slice(textStart, textEnd))) {
            return java.util.Optional.empty();
        }
        int open = sentenceAt(sentences, q.open());
        int verb = sentenceAt(sentences, q.close());
        if (open < 0 || verb < 0) {
            return java.util.Optional.empty();
        }
        if (marker.endsWith("고")) {
            int[] cue = speechVerbAfter(d, cp, wordEnd, sentences.get(verb).end());
            return cue == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new Candidate(Statement.Mode.DIRECT, textStart, textEnd, after, cue[0],
                    cue[1], open, verb, false));
        }
        return java.util.Optional.of(new Candidate(Statement.Mode.DIRECT, textStart, textEnd, after, after, wordEnd,
                open, verb, true));
    }

    /** More than a name in quotation marks: two words or more, or a sentence ending (다, 요, 까, 죠). */
    private static boolean sayable(String quoted) {
        String t = quoted.strip();
        if (t.indexOf(' ') > 0) {
            return true;
        }
        return t.endsWith("다") || t.endsWith("요") || t.endsWith("까") || t.endsWith("죠") || t.endsWith("다.")
                || t.endsWith("!") || t.endsWith("?");
    }

    /** Reported clauses of one sentence: words ending in 다고/라고 (+ speech verb) or 다며/라며/다면서. */
    private static void reported(Document d, int[] cp, List<Sentence> sentences, int s, Quotations quotes,
                                 List<Candidate> out) {
        Sentence sentence = sentences.get(s);
        for (int[] w : words(cp, sentence.start(), sentence.end())) {
            String word = d.slice(w[0], w[1]);
            if (!REPORTED_WORD.matcher(word).matches() || quotes.inside(w[0])) {
                continue;
            }
            String bare = withoutComma(word);
            if (NOT_REPORTED.contains(bare)) {
                continue;
            }
            int markerLength = bare.endsWith("면서") ? 2 : 1;
            int markerStart = w[0] + bare.length() - markerLength;
            if (bare.endsWith("고")) {
                int[] cue = speechVerbAfter(d, cp, w[1], sentence.end());
                if (cue != null) {
                    out.add(new Candidate(Statement.Mode.REPORTED, -1, markerStart, markerStart, cue[0], cue[1], s, s,
                            false));
                }
            } else {
                out.add(new Candidate(Statement.Mode.REPORTED, -1, markerStart, markerStart, markerStart,
                        w[0] + bare.length(), s, s, true));
            }
        }
    }

    /**
     * The speech verb within the next few words after a quoting marker (거듭 강조했다, 오 시장은 말했다, 기자들에게
     * 말했다), as {start, end}; null when a clause ends first or none comes.
     */
    private static int[] speechVerbAfter(Document d, int[] cp, int from, int limit) {
        int seen = 0;
        for (int[] w : words(cp, from, limit)) {
            String word = d.slice(w[0], w[1]);
            if (SpeechWords.isSpeechVerb(word)) {
                int end = w[0];
                while (end < w[1] && Quotations.hangul(cp[end])) {
                    end++;
                }
                return new int[] {w[0], end};
            }
            if (++seen > 3 || word.endsWith(",") || word.endsWith(".")) {
                return null;
            }
        }
        return null;
    }

    static List<int[]> words(int[] cp, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(cp[i])) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(cp[i])) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Reads the speaker, date and event of each candidate, in text order, remembering each sentence's speaker. */
    private static final class Reader {
        private final Document document;
        private final List<Mention> mentions;
        private final List<Sentence> sentences;
        private final Quotations quotes;
        private final int[] cp;
        private final Map<Integer, SentenceSubjects> subjects = new HashMap<>();
        private final TitleLexicon titles;
        /** Sentence index → the named speaker of its last statement. */
        private final Map<Integer, Integer> speakerOf = new HashMap<>();

        Reader(Document document, List<Mention> mentions, List<Sentence> sentences, Quotations quotes,
               TitleLexicon titles) {
            this.titles = titles;
            this.document = document;
            this.mentions = mentions;
            this.sentences = sentences;
            this.quotes = quotes;
            this.cp = document.codePoints();
        }

        private SentenceSubjects subjects(int s) {
            return subjects.computeIfAbsent(s, i -> new SentenceSubjects(document, sentences.get(i), mentions));
        }

        Statement statement(Candidate c) {
            Sentence verbSentence = sentences.get(c.verbSentence);
            Sentence openSentence = sentences.get(c.openSentence);
            int contentStart = c.mode == Statement.Mode.DIRECT ? c.textStart - 1 : c.markerStart;
            List<SentenceSubjects.Particle> between = outsideQuotes(subjects(c.verbSentence).particles(),
                    c.mode == Statement.Mode.DIRECT ? c.textEnd : c.markerStart, c.cueStart);
            Speaker speaker = null;
            int textStart = c.textStart;
            if (!c.connective && SpeechWords.adnominal(document.slice(c.cueStart, c.cueEnd))) {
                int head = subjects(c.verbSentence).ownerStartingAt(c.cueEnd);
                if (head >= 0 && subjects(c.verbSentence).isPerson(head)) {
                    speaker = new Speaker(head, false);
                }
            }
            if (speaker == null && !between.isEmpty()) {
                speaker = speakerOf(between.get(0), c.openSentence);
            }
            int clauseStart = openSentence.start();
            int[] source = sourceBefore(openSentence.start(), contentStart);
            if (speaker == null && source != null) {
                speaker = new Speaker(source[0], false); // ○○에 따르면 … 했다고 밝혔다: the source speaks, or nobody known
                if (c.mode == Statement.Mode.REPORTED) {
                    textStart = afterLeaders(source[1], false, c.markerStart);
                }
            }
            if (speaker == null) {
                List<SentenceSubjects.Particle> before = outsideQuotes(subjects(c.openSentence).particles(),
                        openSentence.start(), contentStart);
                int clauseBreak = lastClauseBreak(openSentence.start(), contentStart);
                List<SentenceSubjects.Particle> inClause = outsideQuotes(before, clauseBreak, contentStart);
                if (!inClause.isEmpty()) {
                    before = inClause; // 외신들은 …라고 보도했고, 시민보호청은 "…"고 밝혔다: the last clause's subject
                    clauseStart = clauseBreak;
                }
                SentenceSubjects.Particle chosen = c.mode == Statement.Mode.DIRECT ? nearest(before, contentStart)
                        : topicOrFirst(before);
                if (chosen != null) {
                    speaker = speakerOf(chosen, c.openSentence);
                    if (c.mode == Statement.Mode.REPORTED) {
                        textStart = afterLeaders(chosen.start(), true, c.markerStart);
                    }
                } else {
                    int carried = carried(c.openSentence, false);
                    speaker = new Speaker(carried, carried >= 0);
                    if (c.mode == Statement.Mode.REPORTED) {
                        textStart = afterLeaders(openSentence.start(), false, c.markerStart);
                    }
                }
            }
            if (c.mode == Statement.Mode.REPORTED) {
                if (textStart < 0 || textStart >= c.markerStart || quotes.inside(textStart)) {
                    return null;
                }
                contentStart = textStart;
            }
            int textEnd = c.mode == Statement.Mode.DIRECT ? c.textEnd : c.markerStart;
            if (textEnd - textStart < 2) {
                return null;
            }
            int who = speaker == null ? -1 : speaker.mention;
            if (who >= 0) {
                speakerOf.put(c.verbSentence, who);
            }
            int date = dateIn(clauseStart, contentStart, textEnd, c.cueStart);
            int event = eventIn(clauseStart, contentStart, textEnd, c.cueStart);
            double confidence = who < 0 ? UNATTRIBUTED
                    : (c.mode == Statement.Mode.DIRECT ? DIRECT : REPORTED) - (speaker.carried ? CARRIED : 0);
            return new Statement(c.mode, who, who >= 0 && speaker.carried, textStart, textEnd,
                    document.slice(textStart, textEnd), document.slice(c.cueStart, c.cueEnd), date, event,
                    confidence, Math.min(openSentence.start(), textStart), Math.max(verbSentence.end(), textEnd));
        }

        private record Speaker(int mention, boolean carried) {
        }

        private Speaker speakerOf(SentenceSubjects.Particle p, int sentence) {
            int aside = asideOwner(p.start(), sentence);
            if (aside >= 0) {
                return new Speaker(aside, false);
            }
            if (p.owner() >= 0) {
                return new Speaker(p.owner(), false);
            }
            if (p.pronoun()) {
                int carried = carried(sentence, true);
                return new Speaker(carried, carried >= 0);
            }
            int named = personBeforeTitleWord(p.start());
            if (named >= 0) {
                return new Speaker(named, false);
            }
            return new Speaker(-1, false); // a subject that names nobody known: no guess
        }

        /**
         * The source of a sentence that says {@code ○○에 따르면} before what was said: the person or body named right
         * before it (-1 when it names none) and the end of the phrase; null when the sentence has no such phrase.
         * The topic of such a sentence is what the source speaks about, not the speaker.
         */
        private int[] sourceBefore(int from, int to) {
            for (int[] w : words(cp, from, to)) {
                String word = document.slice(w[0], w[1]);
                if ((word.equals("따르면") || word.equals("따르면,")) && !quotes.inside(w[0])) {
                    int particle = w[0] - 1;
                    while (particle > from && Character.isWhitespace(cp[particle])) {
                        particle--;
                    }
                    if (particle > from && cp[particle] == '에') {
                        for (int i = 0; i < mentions.size(); i++) {
                            Mention m = mentions.get(i);
                            if (m.end() == particle && (m.type() == MentionType.PERSON
                                    || m.type() == MentionType.ORGANIZATION)) {
                                return new int[] {i, w[1]};
                            }
                        }
                    }
                    return new int[] {-1, w[1]};
                }
            }
            return null;
        }

        /**
         * A person named right before a title word that the mentions left out (문재인 대통령은, 박종갑
         * 조사2본부장은): the particle at {@code particle} follows one word ending in a title, and a person mention
         * ends right before that word. -1 otherwise (문재인 정부는 is the government, not the person).
         */
        private int personBeforeTitleWord(int particle) {
            int wordStart = particle;
            while (wordStart > 0 && Quotations.hangul(cp[wordStart - 1]) || wordStart > 0
                    && Character.isDigit(cp[wordStart - 1])) {
                wordStart--;
            }
            if (wordStart == particle || wordStart == 0 || cp[wordStart - 1] != ' '
                    || titles.longestTitleEndingAt(cp, wordStart, particle) == 0) {
                return -1;
            }
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.end() == wordStart - 1 && m.type() == MentionType.PERSON) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * 문화재청(청장 이건무)은: the body before a bracketed aside speaks, not the name inside it; -1 when the particle
         * follows no aside or no person or body stands before it.
         */
        private int asideOwner(int particle, int sentence) {
            if (particle == 0 || cp[particle - 1] != ')') {
                return -1;
            }
            int open = particle - 2;
            int lower = sentences.get(sentence).start();
            while (open > lower && cp[open] != '(' && cp[open] != ')') {
                open--;
            }
            return cp[open] == '(' ? subjects(sentence).ownerOfParticle(open) : -1;
        }

        /** The speaker carried into sentence {@code s} from the one before, or -1. */
        private int carried(int s, boolean personOnly) {
            if (s == 0 || !SentenceSubjects.carriesOver(document, sentences.get(s - 1), sentences.get(s))) {
                return -1;
            }
            Integer said = speakerOf.get(s - 1);
            int who = said != null ? said : subjects(s - 1).mainSubject();
            if (who < 0 || (personOnly && !subjects(s - 1).isPerson(who))) {
                return -1;
            }
            return who;
        }

        /**
         * Where the last clause before {@code to} begins: after a word that ends a clause with a comma (했고, 했으며,
         * 했으나,) or with a contrast or sequence ending (했으나, 하지만, 했는데, 하자); {@code from} when none.
         */
        private int lastClauseBreak(int from, int to) {
            int found = from;
            for (int[] w : words(cp, from, to)) {
                if (quotes.inside(w[0])) {
                    continue;
                }
                String word = document.slice(w[0], w[1]);
                boolean comma = word.endsWith(",");
                String bare = withoutComma(word);
                boolean ends = comma && ENDS_BEFORE_COMMA.stream().anyMatch(bare::endsWith);
                if (ends || CLAUSE_ENDINGS.stream().anyMatch(bare::endsWith)) {
                    found = w[1];
                }
            }
            return found;
        }

        private List<SentenceSubjects.Particle> outsideQuotes(List<SentenceSubjects.Particle> all, int from, int to) {
            List<SentenceSubjects.Particle> out = new ArrayList<>();
            for (SentenceSubjects.Particle p : all) {
                boolean afterQuote = p.owner() < 0 && p.start() > 0 && "’”'\"」』".indexOf(cp[p.start() - 1]) >= 0;
                if (p.start() >= from && p.start() < to && !quotes.inside(p.start()) && !afterQuote) {
                    out.add(p);
                }
            }
            return out;
        }

        /**
         * Before a quotation: the nearest subject or topic (한경은 호나우두가 "…"고 말했다고 전했다: 호나우두), past a
         * subject that a relative clause closes (B가 주최한 행사에서 A는, A는 B가 주최한 행사에서 "…": A).
         */
        private SentenceSubjects.Particle nearest(List<SentenceSubjects.Particle> before, int open) {
            for (int i = before.size() - 1; i >= 0; i--) {
                SentenceSubjects.Particle p = before.get(i);
                if (p.topic() || !adnominalBetween(p.start(), open)) {
                    return p;
                }
            }
            return null;
        }

        /** Whether a word in an adnominal form (주최한, 열리는, 참석했던) stands between two offsets, outside quotes. */
        private boolean adnominalBetween(int from, int to) {
            for (int[] w : words(cp, from, to)) {
                String word = document.slice(w[0], w[1]);
                if (!quotes.inside(w[0]) && w[0] > from && (word.endsWith("한") || word.endsWith("된")
                        || word.endsWith("던") || word.endsWith("하는") || word.endsWith("되는") || word.endsWith("린")
                        || word.endsWith("리는") || word.endsWith("진") || word.endsWith("할") || word.endsWith("될"))) {
                    return true;
                }
            }
            return false;
        }

        /** Before a reported clause: the nearest topic, else the first subject (later ones belong to the clause). */
        private static SentenceSubjects.Particle topicOrFirst(List<SentenceSubjects.Particle> before) {
            for (int i = before.size() - 1; i >= 0; i--) {
                if (before.get(i).topic()) {
                    return before.get(i);
                }
            }
            return before.isEmpty() ? null : before.get(0);
        }

        /**
         * Where a reported clause begins: after the speaker's particle, past words that set the scene rather than
         * say something (이날, dates, 기자회견에서, 기자들에게, 성명을 통해, 기자들과 만나).
         */
        private int afterLeaders(int from, boolean afterWord, int limit) {
            while (afterWord && from < limit && !Character.isWhitespace(cp[from])) {
                from++; // the rest of the speaker's word (은, 이, …)
            }
            List<int[]> ws = words(cp, from, limit);
            int start = ws.isEmpty() ? limit : ws.get(0)[0];
            boolean moved = true;
            int i = 0;
            while (moved && i < ws.size()) {
                moved = false;
                String word = document.slice(ws.get(i)[0], ws.get(i)[1]);
                String bare = withoutComma(word);
                int afterDate = i;
                boolean dated = false;
                while (afterDate < ws.size() && (bareDate(ws.get(afterDate))
                        || DATE_WORDS.contains(document.slice(ws.get(afterDate)[0], ws.get(afterDate)[1])))) {
                    dated |= bareDate(ws.get(afterDate));
                    afterDate++;
                }
                // a date before an adnominal verb dates that clause (지난해 말 착공한 사업), not the speech
                boolean datesClause = dated && afterDate < ws.size() && adnominal(ws.get(afterDate));
                if (dated && !datesClause) {
                    i = afterDate;
                    moved = true;
                } else if (!dated && LEADERS.contains(bare)) {
                    i++;
                    moved = true;
                } else {
                    for (int j = i; j < Math.min(ws.size() - 1, i + 7); j++) {
                        String w = SpeechWords.bare(document.slice(ws.get(j)[0], ws.get(j)[1]));
                        boolean venue = w.endsWith("에서")
                                && (VENUE.matcher(document.slice(ws.get(Math.max(i, j - 1))[0], ws.get(j)[1])).find()
                                || hasEvent(ws.get(i)[0], ws.get(j)[1]));
                        boolean scene = (w.endsWith("에게") && j == i) || w.endsWith("통해") || w.endsWith("통해서")
                                || ((w.equals("만나") || w.equals("만나서")) && j > i);
                        if (venue || scene) {
                            i = j + 1;
                            moved = true;
                            break;
                        }
                    }
                }
                if (i < ws.size()) {
                    start = ws.get(i)[0];
                } else {
                    return -1;
                }
            }
            return start;
        }

        /** A word in an adnominal form: a date before it dates that clause (지난해 말 착공한 사업), not the speech. */
        private boolean adnominal(int[] word) {
            String w = document.slice(word[0], word[1]);
            return w.endsWith("한") || w.endsWith("된") || w.endsWith("던") || w.endsWith("린") || w.endsWith("될")
                    || w.endsWith("할") || w.endsWith("하는") || w.endsWith("되는") || w.endsWith("있는");
        }

        /** A word of a date that only says when (9일, 지난 12일에, 2013년 2월 12일,), not 1일부터 or 3월까지. */
        private boolean bareDate(int[] word) {
            for (Mention m : mentions) {
                if (m.type() == MentionType.DATE && m.start() < word[1] && m.end() > word[0]) {
                    int wordEnd = m.end();
                    while (wordEnd < cp.length && !Character.isWhitespace(cp[wordEnd])) {
                        wordEnd++; // the rest of the word the date ends in: 1일부터 keeps the whole date
                    }
                    String rest = document.slice(m.end(), wordEnd);
                    return rest.isEmpty() || rest.equals(",") || rest.equals("에") || rest.equals("에는");
                }
            }
            return false;
        }

        private boolean hasEvent(int from, int to) {
            for (Mention m : mentions) {
                if (m.type() == MentionType.EVENT && m.start() >= from && m.end() <= to) {
                    return true;
                }
            }
            return false;
        }

        /** The last date mention with a value in the speaker's clause: before the quotation or after it, outside it. */
        private int dateIn(int clauseStart, int contentStart, int contentEnd, int cueStart) {
            int found = -1;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() != MentionType.DATE || m.normalized() == null || quotes.inside(m.start())) {
                    continue;
                }
                boolean before = m.start() >= clauseStart && m.end() <= contentStart;
                boolean after = m.start() >= contentEnd && m.end() <= cueStart;
                if (before || after) {
                    found = i;
                }
            }
            return found;
        }

        /** The last event mention in the speaker's clause followed by 에서 (○○ 회의에서, ○○ 개막식 기조연설에서). */
        private int eventIn(int clauseStart, int contentStart, int contentEnd, int cueStart) {
            int found = -1;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() != MentionType.EVENT || quotes.inside(m.start())) {
                    continue;
                }
                boolean before = m.start() >= clauseStart && m.end() <= contentStart;
                boolean after = m.start() >= contentEnd && m.end() <= cueStart;
                if ((before || after) && venueAfter(m.end(), before ? contentStart : cueStart)) {
                    found = i;
                }
            }
            return found;
        }

        /** 에서 right after an event mention, or after at most two nouns (개막식 기조연설에서). */
        private boolean venueAfter(int end, int limit) {
            String rest = CLOSERS.matcher(document.slice(end, Math.min(limit, end + 24))).replaceFirst("");
            return VENUE_AFTER.matcher(rest).find();
        }
    }

    /** A word without the comma written after it. */
    private static String withoutComma(String word) {
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }
}
