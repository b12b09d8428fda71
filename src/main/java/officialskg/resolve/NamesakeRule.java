package officialskg.resolve;

import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cross-article identity of named people: decides, for each person of an article, which same-name person already
 * recorded by other articles they are, or that they are somebody new. Deterministic: the outcome depends only on the
 * article and on what the other articles recorded, never on a counter or the clock.
 *
 * <p>The rule, for a person named {@code n} (name as written, spaces removed) whose posts and memberships in this
 * article give the context C (organizations and normalized roles, {@link PersonContexts}):
 * <ol>
 *   <li>People matched to the gazetteer (a Wikidata reference id) keep the id the article gave them
 *       ({@code person/<name>}, the reference stays on the entity); unnamed post-holders
 *       ({@code person/<org>-<role>}) keep theirs. The rule is only about bare names.</li>
 *   <li>Every other article's people named {@code n} are grouped by their id; each group's context is the union of
 *       what its articles reported.</li>
 *   <li>A group is compatible with C unless both name organizations of a known sector, share no organization
 *       and no role, and are not both in public life ({@link PersonContext#conflictsWith},
 *       {@link OrganizationSectors}). So {@code 오세훈 서울시장}, {@code 오세훈 시장} and a bare {@code 오세훈} are one
 *       person, and so is a party leader who became president, while {@code 김철수 삼성전자 사장} and
 *       {@code 김철수 경기도의회 의원} (business and public life), or executives of two companies, are two.</li>
 *   <li>When some group is compatible, the person joins the one sharing the most (an organization counts twice a
 *       role); ties go to the bare {@code person/n}, then to the smallest id.</li>
 *   <li>When none is (or there is none): the bare {@code person/n} if no other article uses it, else
 *       {@code person/n/<k>}, where {@code k} is this article's first reported organization without its type
 *       ({@code person/김철수/경기도의회}, {@code person/김철수/kostat-41}). A person without organizations never conflicts,
 *       so a minted id always has one.</li>
 * </ol>
 * Re-ingesting an article excludes its own stored record, and the bare id is taken only when free or compatible,
 * so the article gets back the ids it had: the graph is isomorphic.
 */
public final class NamesakeRule {

    private static final String PERSON = "person/";

    private final PersonContexts contexts;

    public NamesakeRule(PersonContexts contexts) {
        this.contexts = contexts;
    }

    /** An article's analysis with its named people given their cross-article ids, and what it records of them. */
    public record Outcome(Analysis analysis, List<PersonSighting> sightings) {
    }

    public Outcome assign(String articleId, Analysis analysis, EntityLookup lookup) {
        Map<String, PersonContexts.Ordered> reported = contexts.of(analysis);
        List<Entity> entities = new ArrayList<>();
        List<PersonSighting> sightings = new ArrayList<>();
        for (Entity entity : analysis.entities()) {
            Optional<String> name = nameKey(entity);
            if (name.isEmpty()) {
                entities.add(entity);
                continue;
            }
            PersonContexts.Ordered ordered = reported.get(entity.id());
            PersonContext context = ordered == null ? PersonContext.NONE : ordered.context();
            String id = choose(name.get(), context, ordered, lookup.personsNamed(name.get(), articleId));
            entities.add(new Entity(id, entity.type(), entity.label(), entity.mentions(), entity.referenceId()));
            sightings.add(new PersonSighting(articleId, id, context));
        }
        return new Outcome(analysis.withEntities(entities),
                sightings);
    }

    private static String choose(String name, PersonContext context, PersonContexts.Ordered ordered,
                                 List<PersonSighting> others) {
        String bare = PERSON + name;
        Map<String, PersonContext> groups = new TreeMap<>();
        for (PersonSighting s : others) {
            if (s.entityId().equals(bare) || s.entityId().startsWith(bare + "/")) {
                groups.merge(s.entityId(), s.context(), PersonContext::union);
            }
        }
        Optional<String> best = groups.entrySet().stream()
                .filter(g -> !context.conflictsWith(g.getValue()))
                .min(Comparator.<Map.Entry<String, PersonContext>>comparingInt(g -> -context.overlap(g.getValue()))
                        .thenComparing(g -> !g.getKey().equals(bare))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
        if (best.isPresent()) {
            return best.get();
        }
        if (!groups.containsKey(bare)) {
            return bare;
        }
        // it conflicts with every group, so it has an organization (see PersonContext#conflictsWith)
        String org = ordered.firstOrganization().orElseThrow();
        return bare + "/" + org.substring(org.indexOf('/') + 1).replace('/', '-');
    }

    /**
     * The normalized name a person is compared under across articles, for named people without a reference id
     * ({@code person/김철수}, {@code person/김철수/삼성전자} labelled 김철수); empty for every other entity.
     */
    public static Optional<String> nameKey(Entity entity) {
        if (entity.type() != MentionType.PERSON || entity.referenceId() != null) {
            return Optional.empty();
        }
        String name = DocumentEntities.compact(entity.label());
        String bare = PERSON + name;
        boolean named = !name.isEmpty() && !name.contains("/")
                && (entity.id().equals(bare) || entity.id().startsWith(bare + "/"));
        return named ? Optional.of(name) : Optional.empty();
    }
}
