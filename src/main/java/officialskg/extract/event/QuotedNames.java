package officialskg.extract.event;

import officialskg.extract.FirstCharacterSearch;
import officialskg.extract.PrefilteredSearch;
import officialskg.extract.lexicon.WordLists;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event names in quotes ({@code ‘…’ '…' "…" “…” 「…」 『…』 《…》 〈…〉}): taken when the quoted words end in an event
 * head ({@code ‘서울 스마트 라이프 위크’}) or the quote is followed by an event verb ({@code ‘CES 2024’ 참석}) or by a
 * head noun that the quote names ({@code ‘전통시장 가는 날’ 행사를}).
 * The span is the name inside the quotes, without the quotes or a following particle.
 */
final class QuotedNames {

    private static final int MAX = 40;
    private static final String OPENING_QUOTES = "‘'“\"「『《〈";
    private static final PrefilteredSearch QUOTE_SEARCH = new PrefilteredSearch(OPENING_QUOTES);
    private static final Pattern QUOTED = Pattern.compile("(?=[" + OPENING_QUOTES + "])(?:" + String.join("|",
            "‘([^‘’\\n]{1," + MAX + "})’", "'([^'\\n]{1," + MAX + "})'", "“([^“”\\n]{1," + MAX + "})”",
            "\"([^\"\\n]{1," + MAX + "})\"", "「([^「」\\n]{1," + MAX + "})」", "『([^『』\\n]{1," + MAX + "})』",
            "《([^《》\\n]{1," + MAX + "})》", "〈([^〈〉\\n]{1," + MAX + "})〉") + ")");
    /** An event verb right after the closing quote, after at most a particle. */
    private static final Pattern EVENT_VERB = Pattern.compile(
            "\\s?(?:에서|에|을|를|이|가|은|는|도|의)?\\s?(?:개최|열린|열리는|열릴|열렸|열려|참석|참가|개막|폐막)");
    /** Quoted speech and headlines, not names. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[.?!,…]|[다요죠까]\\s*$");
    private static final double WITH_HEAD = 0.9;
    private static final double WITH_VERB = 0.7;

    /** A head, with a year, that ends the quoted words; searched only where a head can start. */
    private final FirstCharacterSearch endsWithHead;
    /** A head written after the closing quote: ‘전통시장 가는 날’ 행사를, ‘곧, BYE!’ 전시회에서. */
    private final Pattern headAfter;

    QuotedNames(EventLexicon lexicon) {
        this.endsWithHead = new FirstCharacterSearch(lexicon.firstCharacterSet(), lexicon.alternatives(),
                "(?:\\s?(?:19|20)\\d{2})?$");
        this.headAfter = Pattern.compile("\\s?(?:" + String.join("|", namingHeads()) + ")(?:" + HeadedNames.JOSA
                + ")?(?![가-힣])");
    }

    /** {@code quote-naming-heads.txt}: heads a quote before them names. */
    private static List<String> namingHeads() {
        return WordLists.lines(QuotedNames.class, "quote-naming-heads.txt").stream().map(Pattern::quote).toList();
    }

    void find(String text, List<EventCandidate> out) {
        Matcher q = QUOTED.matcher(text);
        Matcher verb = EVENT_VERB.matcher(text);
        Matcher after = headAfter.matcher(text);
        for (int at = 0; QUOTE_SEARCH.find(q, text, at); at = PrefilteredSearch.next(q)) {
            int group = 1;
            while (q.group(group) == null) {
                group++;
            }
            int from = q.start(group);
            int to = q.end(group);
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            String inner = text.substring(from, to);
            if (inner.isEmpty() || NOT_A_NAME.matcher(inner).find() || inner.split(" ").length > 8) {
                continue;
            }
            Matcher head = endsWithHead.over(inner).find(0);
            if (head != null && head.start() > 0) {
                out.add(new EventCandidate(from, to, WITH_HEAD));
            } else if (verb.region(q.end(), text.length()).lookingAt()
                    || after.region(q.end(), text.length()).lookingAt()) {
                out.add(new EventCandidate(from, to, WITH_VERB));
            }
        }
    }
}
