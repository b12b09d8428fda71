package officialskg.extract.event;

import officialskg.nlp.CodePointIndex;
import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.title.TitleLexicon;
import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named events: head-noun names ({@code 서울시 신년인사회}, {@code 21대 총선}, {@code 서울 이노베이션 포럼 2024}),
 * quoted names ({@code ‘2024 MLB 월드 투어 서울 시리즈’}), Latin acronyms with a year ({@code CES 2024}) and storms
 * named after their kind ({@code 태풍 볼라벤}).
 *
 * <p>A bare generic head ({@code 회의를 열었다}, {@code 행사에 참석}) is not emitted: without a name it cannot be told
 * apart from any other meeting. A bare occasion is, when its sentence says someone attends, holds or skips it
 * ({@code 만찬에는 … 참석했다}), and so is a head of kind {@code alone} ({@code 개막식}, {@code 국무회의}); a bare head
 * that 이번/이날 point back with is kept when the article names an event with that head. A name found by several rules is emitted once with the best confidence, and a
 * name inside a longer one ({@code 2024 MLB 월드 투어} in {@code 2024 MLB 월드 투어 서울 시리즈}) is dropped; a
 * place or organization inside an event ({@code 서울시} in {@code 서울시 신년인사회}) is left to the merge policy.
 * Spans never include the quotes or a following particle. {@code normalized} is the month of an election named by
 * it ({@code 12월 대선} → {@code 2012-12}), else {@code null}; {@code referenceId} stays {@code null}.
 *
 * <p>Confidence by rule: quoted name ending in a head 0.9; acronym with a year 0.85; head after a proper name 0.8;
 * head after only a year or ordinal 0.75; quoted name before an event verb ({@code 개최, 참석, 열린}) 0.7; an acronym as
 * the subject of {@code 열리는/개최되는} 0.6. Heads and whether a year alone can name them are in
 * {@code event-heads.tsv} beside this class.
 */
public final class EventExtractor implements MentionExtractor {

    private final HeadedNames headed;
    private final QuotedNames quoted;
    private final LatinNames latin = new LatinNames();
    private final StormNames storms = new StormNames();

    private final EventLexicon lexicon;

    public EventExtractor() {
        this.lexicon = EventLexicon.load();
        this.headed = new HeadedNames(lexicon, new TitleLexicon());
        this.quoted = new QuotedNames(lexicon);
    }

    @Override
    public String name() {
        return "event";
    }

    @Override
    public List<Mention> extract(Document document) {
        String text = document.text();
        CodePointIndex cps = document.codePointIndex();
        List<EventCandidate> found = new ArrayList<>();
        List<EventCandidate> referring = new ArrayList<>();
        MorphemeIndex morphemes = new MorphemeIndex(document.sentences());
        headed.find(text, cps, morphemes, found, referring);
        storms.find(text, cps, morphemes, found);
        quoted.find(text, found);
        latin.find(text, found);
        found.addAll(named(text, referring, found));
        List<Mention> out = new ArrayList<>();
        for (EventCandidate c : best(found)) {
            String name = text.substring(c.from(), c.to());
            out.add(new Mention(cps.at(c.from()), cps.at(c.to()), name, MentionType.EVENT, name(), c.confidence(),
                    electionMonth(name, document.reference()), null));
        }
        return out;
    }

    private static final Pattern MONTH_NAMED = Pattern.compile("^(?:((?:19|20)\\d{2})년\\s*)?(\\d{1,2})월\\s");

    /**
     * The month an election is named by ({@code 12월 대선} → {@code 2012-12} in a 2012 article, {@code 2010년 6월
     * 지방선거} → {@code 2010-06}), as {@code normalized}; null for any other event or without a year to place it in.
     * A month alone is taken in the publication year, as a date mention's month is.
     */
    private String electionMonth(String name, Optional<ZonedDateTime> published) {
        Matcher m = MONTH_NAMED.matcher(name);
        if (!m.find() || lexicon.elections().stream().noneMatch(name::endsWith)) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        String year = m.group(1) != null ? m.group(1) : published.map(d -> String.valueOf(d.getYear())).orElse(null);
        return year == null ? null : year + "-" + (month < 10 ? "0" : "") + month;
    }

    /**
     * The bare heads pointed back to ({@code 이번 정상회의}) whose head is the last word of exactly one name found in the article
     * ({@code EU 정상회의}): the resolver then joins them to it. With no such name, or two, they name nothing, except a
     * word for any event ({@code 이날 행사}) after an event named shortly before: the resolver joins it to that one.
     */
    /** How far back (in characters) the event a catch-all head points at may be named: about two sentences. */
    private static final int CATCH_ALL_REACH = 300;

    private static List<EventCandidate> named(String text, List<EventCandidate> referring,
                                              List<EventCandidate> found) {
        List<EventCandidate> kept = new ArrayList<>();
        for (EventCandidate r : referring) {
            String head = text.substring(r.from(), r.to());
            long names = found.stream().map(c -> text.substring(c.from(), c.to()))
                    .filter(n -> n.endsWith(" " + head)).distinct().count(); // its last word, not inside one (정상회의)
            if (names == 1 || names == 0 && OccasionNames.isCatchAll(head) && found.stream()
                    .anyMatch(c -> c.to() <= r.from() && r.from() - c.to() <= CATCH_ALL_REACH)) {
                kept.add(r); // 이날 행사에는: the event named just before, whatever its head
            }
        }
        return kept;
    }

    /** One candidate per span (the most confident), none inside a longer one, in text order. */
    private static List<EventCandidate> best(List<EventCandidate> found) {
        found.sort(Comparator.comparingInt(EventCandidate::from)
                .thenComparing(Comparator.comparingInt(EventCandidate::to).reversed())
                .thenComparing(Comparator.comparingDouble(EventCandidate::confidence).reversed()));
        List<EventCandidate> kept = new ArrayList<>();
        int reach = -1; // end of the longest kept span so far: spans are sorted by start, so containment is local
        EventCandidate reacher = null;
        for (EventCandidate c : found) {
            EventCandidate last = kept.isEmpty() ? null : kept.getLast();
            if (last != null && last.from() == c.from() && last.to() == c.to()) {
                continue; // same span, lower confidence
            }
            if (reacher != null && c.to() <= reach && reacher.contains(c)) {
                continue;
            }
            kept.add(c);
            if (c.to() > reach) {
                reach = c.to();
                reacher = c;
            }
        }
        return kept;
    }
}
