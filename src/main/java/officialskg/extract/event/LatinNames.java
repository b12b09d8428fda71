package officialskg.extract.event;

import officialskg.extract.PrefilteredSearch;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events named by a Latin acronym: with a year ({@code CES 2024}, {@code MWC2024}, {@code UEFA 유로 2008}), or as the
 * subject of an
 * intransitive event verb ({@code CES가 열리는}). {@code MLB가 개최하는} names an organizer, not an event, so the
 * transitive verbs are left out.
 */
final class LatinNames {

    private static final Pattern WITH_YEAR = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{2,}[A-Za-z0-9&]*)\\s?((?:19[6-9]|20\\d)\\d)(?![\\d%.,])");
    /**
     * An acronym, one Hangul word and a year that ends the word ({@code UEFA 유로 2008}); a year that goes on
     * ({@code SK 하이닉스 2024년 실적}) is a date, not part of a name.
     */
    private static final Pattern WITH_WORD_AND_YEAR = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{2,}[A-Za-z0-9&]*)\\s[가-힣]{2,6}\\s((?:19[6-9]|20\\d)\\d)(?![\\d%.,]|년)");
    /** All patterns start with a capital letter (after a zero-width look-behind). */
    private static final PrefilteredSearch CAPITALS = new PrefilteredSearch("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final Pattern HELD = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{2,}[A-Za-z0-9&]*)(?:가|이)?\\s?(?:열리는|열린|열릴|열렸|개최되는|개최된|개최될|개막|폐막)");
    /** Fiscal or calendar year prefixes, not events. */
    private static final Set<String> NOT_EVENTS = Set.of("FY", "CY", "ISO", "KS", "GDP", "GNP");
    private static final double ACRONYM_YEAR = 0.85;
    private static final double ACRONYM_HELD = 0.6;

    void find(String text, List<EventCandidate> out) {
        Matcher m = WITH_YEAR.matcher(text);
        for (int at = 0; CAPITALS.find(m, text, at); at = PrefilteredSearch.next(m)) {
            if (!NOT_EVENTS.contains(m.group(1))) {
                out.add(new EventCandidate(m.start(), m.end(), ACRONYM_YEAR));
            }
        }
        Matcher named = WITH_WORD_AND_YEAR.matcher(text);
        for (int at = 0; CAPITALS.find(named, text, at); at = PrefilteredSearch.next(named)) {
            if (!NOT_EVENTS.contains(named.group(1))) {
                out.add(new EventCandidate(named.start(), named.end(), ACRONYM_YEAR));
            }
        }
        Matcher held = HELD.matcher(text);
        for (int at = 0; CAPITALS.find(held, text, at); at = PrefilteredSearch.next(held)) {
            if (!NOT_EVENTS.contains(held.group(1))) {
                out.add(new EventCandidate(held.start(1), held.end(1), ACRONYM_HELD));
            }
        }
    }
}
