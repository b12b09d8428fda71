package officialskg.resolve;

import officialskg.extract.MentionType;
import officialskg.extract.gazetteer.Gazetteer;
import officialskg.extract.gazetteer.GazetteerEntry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the organization entity for a name taken out of a title ({@code 서울시} from {@code 서울시장}), using the same id
 * rule as {@link officialskg.resolve.DocumentResolver}: an organization of that name in the article, else a gazetteer
 * entry with that name or alias ({@code 서울시} = {@code 서울특별시} → {@code org/kostat-11}; an administrative unit
 * stands for its government), else {@code org/<name>}.
 */
public final class OrganizationNames {

    /** @param inDocument whether the article already declares this entity (else the mapping declares it) */
    public record Found(String id, String label, boolean inDocument) {
    }

    private final Map<String, GazetteerEntry> bySurface = new HashMap<>();

    /** Without reference data: names resolve inside the article or to {@code org/<name>}. */
    public OrganizationNames() {
    }

    public OrganizationNames(Gazetteer gazetteer) {
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.type() == MentionType.ORGANIZATION || entry.isAdministrativeUnit()) {
                // First entry wins: the gazetteer files are read in a fixed order, so the choice is stable.
                entry.surfaces().forEach(s -> bySurface.putIfAbsent(DocumentEntities.compact(s), entry));
            }
        }
    }

    public Found find(String name, DocumentEntities entities) {
        Optional<Entity> organization = entities.named(name, MentionType.ORGANIZATION);
        if (organization.isPresent()) {
            return new Found(organization.get().id(), organization.get().label(), true);
        }
        GazetteerEntry entry = bySurface.get(DocumentEntities.compact(name));
        if (entry != null) {
            String id = "org/" + entry.id().replace(':', '-').replace('/', '-');
            return entities.byId(id).map(e -> new Found(e.id(), e.label(), true))
                    .orElse(new Found(id, entry.canonical(), false));
        }
        Optional<Entity> place = entities.named(name, MentionType.PLACE);
        if (place.isPresent() && place.get().id().startsWith("place/")) {
            String id = "org/" + place.get().id().substring("place/".length());
            return entities.byId(id).map(e -> new Found(e.id(), e.label(), true))
                    .orElse(new Found(id, place.get().label(), false));
        }
        String id = "org/" + DocumentEntities.compact(name);
        return entities.byId(id).map(e -> new Found(e.id(), e.label(), true)).orElse(new Found(id, name, false));
    }
}
