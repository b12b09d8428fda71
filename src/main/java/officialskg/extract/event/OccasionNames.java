package officialskg.extract.event;

/**
 * Whether an event's name is a bare occasion head ({@code 개막식}, {@code 만찬}, {@code 발인식}): such an event is named
 * only by what kind of occasion it is, so the same word in two articles is, as a rule, two different occasions.
 */
public final class OccasionNames {

    private static final EventLexicon LEXICON = EventLexicon.load();

    private OccasionNames() {
    }

    private static final java.util.Set<String> CATCH_ALL =
            officialskg.extract.lexicon.WordLists.set(OccasionNames.class, "catch-all-heads.txt");

    /**
     * True when {@code name} is a word for an event of any kind ({@code catch-all-heads.txt}: 행사): pointed back to
     * ({@code 이날 행사}), it is the event named just before it.
     */
    public static boolean isCatchAll(String name) {
        return CATCH_ALL.contains(name.strip());
    }

    /** True when {@code name}, without spaces, is exactly an occasion head of the event lexicon. */
    public static boolean isBare(String name) {
        return LEXICON.isOccasion(name.replaceAll("\\s+", ""));
    }
}
