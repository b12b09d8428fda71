package officialskg.extract.lexicon;

import java.util.Set;

/**
 * Sports and games ({@code sport-words.txt} beside this class): a sport word opens the name of a competition
 * ({@code 펜싱 세계선수권대회}) and of a team ({@code 스웨덴 축구 국가대표팀}). Immutable.
 */
public final class SportWords {

    private static final Set<String> SPORTS = WordLists.set(SportWords.class, "sport-words.txt");

    private SportWords() {
    }

    /** Whether the word names a sport or game (펜싱, 축구, 바둑). */
    public static boolean isSport(String word) {
        return SPORTS.contains(word);
    }
}
