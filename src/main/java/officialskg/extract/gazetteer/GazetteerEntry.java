package officialskg.extract.gazetteer;

import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing of the reference data: {@code id} (e.g. {@code kostat:11}, {@code wd:Q10855142}, {@code kg:org/kcci}),
 * its type, canonical name, aliases, optional Wikidata QID, an optional note (a party, a parent unit) and the data
 * file it came from.
 */
public record GazetteerEntry(String id, MentionType type, String canonical, List<String> aliases, String qid,
                             String note, String source) {

    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        aliases = List.copyOf(aliases);
    }

    /** The canonical name first, then the aliases: every form the matcher looks for. */
    public List<String> surfaces() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(canonical);
        all.addAll(aliases);
        return all;
    }

    /** Korean administrative units (KOSTAT codes) are places that may also act as their government. */
    public boolean isAdministrativeUnit() {
        return id.startsWith("kostat:");
    }

    /**
     * Whether the entry {@code id} is a polity: a country or a Korean administrative unit, a place that may also act
     * as its state or government, so that either an Organization or a Place mention may carry its id.
     */
    public static boolean namesPolity(String id) {
        return id.startsWith("kostat:") || id.startsWith("kg:country/");
    }
}
