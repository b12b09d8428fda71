package officialskg.extract.event;

/**
 * Whether an event's name is a bare occasion head ({@code 개막식}, {@code 만찬}, {@code 발인식}): such an event is named
 * only by what kind of occasion it is, so the same word in two articles is, as a rule, two different occasions.
 */
public final class OccasionNames {

    private static final EventLexicon LEXICON = EventLexicon.load();

    private OccasionNames() {
    }

    /** True when {@code name}, without spaces, is exactly an occasion head of the event lexicon. */
    public static boolean isBare(String name) {
        return LEXICON.isOccasion(name.replaceAll("\\s+", ""));
    }
}
