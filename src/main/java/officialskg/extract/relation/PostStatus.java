package officialskg.extract.relation;

import java.util.regex.Pattern;

/**
 * The status of a post holding from the words around it: {@code 전 장관} (former), {@code 시장 당선인} (elect),
 * {@code 총리 후보자}/{@code 내정자} (nominee), {@code 후보}/{@code 예비후보} (candidate in an election),
 * {@code 권한대행} (acting); otherwise current.
 */
final class PostStatus {

    static final String CURRENT = "current";
    static final String FORMER = "former";
    static final String ELECT = "elect";
    static final String NOMINEE = "nominee";
    static final String ACTING = "acting";
    static final String CANDIDATE = "candidate";

    /** 전 only as a word of its own (전 장관), never inside 전국 or 전체; 前 may be written attached. */
    private static final Pattern FORMER_CUE = Pattern.compile("(^|[\\s(,·])(전|전직)(\\s|$)|前");
    private static final Pattern ACTING_CUE = Pattern.compile("권한\\s?대행|직무\\s?대행|대행");
    private static final Pattern ELECT_CUE = Pattern.compile("당선인|당선자|당선\\s*$");
    private static final Pattern NOMINEE_CUE = Pattern.compile("내정자|지명자|후보자");
    private static final Pattern CANDIDATE_CUE = Pattern.compile("예비\\s?후보|후보");
    /** Words that make 후보자 a candidate in an election rather than a nominee before a confirmation hearing. */
    private static final Pattern ELECTION = Pattern.compile("선거|공천|경선|출마|득표|투표|유세|총선|대선|지방선거");

    private PostStatus() {
    }

    /**
     * @param before   text right before the pattern (where 전 precedes an organization or title)
     * @param inside   the title and the gaps within the pattern
     * @param after    text right after the title (당선인, 후보자, 권한대행)
     * @param sentence the whole sentence, to tell an election from a hearing
     */
    static String of(String before, String inside, String after, String sentence) {
        String near = inside + " " + leadingWord(after);
        if (ACTING_CUE.matcher(near).find()) {
            return ACTING;
        }
        if (ELECT_CUE.matcher(near).find()) {
            return ELECT;
        }
        if (NOMINEE_CUE.matcher(near).find()) {
            return ELECTION.matcher(sentence).find() ? CANDIDATE : NOMINEE;
        }
        if (CANDIDATE_CUE.matcher(near).find()) {
            return CANDIDATE;
        }
        if (FORMER_CUE.matcher(lastWord(before)).find() || FORMER_CUE.matcher(inside).find()) {
            return FORMER;
        }
        return CURRENT;
    }

    /** The first word after a title (당선인은, 후보자로): status nouns follow the title as a word of their own. */
    private static String leadingWord(String after) {
        String s = after.stripLeading();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static String lastWord(String before) {
        String s = before.stripTrailing();
        int space = s.lastIndexOf(' ');
        return " " + (space < 0 ? s : s.substring(space + 1)) + " ";
    }
}
