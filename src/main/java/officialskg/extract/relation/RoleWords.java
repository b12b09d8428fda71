package officialskg.extract.relation;

import officialskg.extract.lexicon.WordLists;

import java.util.List;
import java.util.regex.Pattern;

/** Role nouns ({@code role-words.txt}): tells whether a word names a post or a place in a body. */
final class RoleWords {

    private static final String RESOURCE = "role-words.txt";
    /** Copula, genitive and adverbial endings a role noun may carry: 감독이었던, 투수인, 대표로, 회장의. */
    private static final Pattern COPULA =
            Pattern.compile("(이었던|였던|이던|이었고|이며|이자|인|의|으로|로)$");
    private final List<String> words;

    RoleWords() {
        words = WordLists.lines(RoleWords.class, RESOURCE).stream().distinct().toList();
    }

    /** Whether the word ends in a role noun, allowing a copula or genitive after it (대표인, 회장의). */
    boolean isRole(String word) {
        return endsInRole(word) || endsInRole(COPULA.matcher(word).replaceFirst(""));
    }

    private boolean endsInRole(String word) {
        return !word.isEmpty() && words.stream().anyMatch(word::endsWith);
    }

    /** Whether the text right after a mention starts with a role word (삼성전자 회장, 자유한국당) 의원). */
    boolean startsWithRole(String text) {
        String s = text.replaceFirst("^[)\\]’”'\"]*\\s*", "");
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && ",.()·".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String word = s.substring(0, end);
        String bare = word.replaceFirst("(은|는|이|가|을|를|과|와|의|도|으로|로|에게|이다|이었다|씨)$", "");
        return !word.isEmpty() && (endsInRole(word) || endsInRole(bare));
    }
}
