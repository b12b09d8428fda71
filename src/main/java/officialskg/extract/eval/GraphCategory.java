package officialskg.extract.eval;

import java.util.Locale;

/** The eight things {@code kg eval graph} scores, in the order it prints them. */
public enum GraphCategory {
    PERSONS, ORGANIZATIONS, PLACES, EVENTS, TENURES, AFFILIATIONS, MEETINGS, PARTICIPATIONS;

    /** The gold file's key (and the printed name): {@code persons}, {@code organizations}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The four entity categories, aligned first; the relation categories are scored through that alignment. */
    public boolean isEntity() {
        return ordinal() <= EVENTS.ordinal();
    }
}
