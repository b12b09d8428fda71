package officialskg.resolve;

import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.extract.relation.TitleOrganization;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The context each person of one article is reported in: the organizations and normalized roles of their posts
 * ({@code holdsPosition}) and the organizations they are members of ({@code memberOf}). Organizations are found as the
 * RDF mapping finds a tenure's organization — the relation's own argument, else the one a one-word title embeds
 * ({@code 서울시장} → {@code org/kostat-11}) — so an article's context equals what the store later reads back.
 */
public final class PersonContexts {

    private static final TitleOrganization TITLES = new TitleOrganization();

    private final OrganizationNames organizations;

    public PersonContexts(OrganizationNames organizations) {
        this.organizations = organizations;
    }

    /** Entity id → its context, for every person that has one; organizations listed in the order first reported. */
    public Map<String, Ordered> of(Analysis analysis) {
        DocumentEntities entities = new DocumentEntities(analysis);
        Map<String, Ordered> out = new LinkedHashMap<>();
        for (Relation relation : analysis.relations()) {
            if (relation.type() == RelationType.HOLDS_POSITION) {
                Optional<Entity> holder = entities.ofMention(relation.args().get("holder"));
                int titleIndex = relation.args().get("title");
                Optional<Entity> title = entities.ofMention(titleIndex);
                if (holder.isEmpty() || title.isEmpty()) {
                    continue;
                }
                Ordered context = out.computeIfAbsent(holder.get().id(), k -> new Ordered());
                String role = title.get().id();
                context.roles.add(role.substring(role.indexOf('/') + 1));
                organization(relation, titleIndex, entities).ifPresent(context.organizations::add);
            } else if (relation.type() == RelationType.MEMBER_OF) {
                Optional<Entity> member = entities.ofMention(relation.args().get("member"));
                Optional<Entity> org = entities.ofMention(relation.args().get("organization"));
                if (member.isPresent() && org.isPresent()) {
                    out.computeIfAbsent(member.get().id(), k -> new Ordered()).organizations.add(org.get().id());
                }
            }
        }
        return out;
    }

    private Optional<String> organization(Relation relation, int titleIndex, DocumentEntities entities) {
        Integer orgMention = relation.args().get("organization");
        if (orgMention != null) {
            Optional<Entity> org = entities.ofMention(orgMention);
            if (org.isPresent()) {
                return Optional.of(org.get().id());
            }
        }
        return TITLES.split(entities.mention(titleIndex).text())
                .map(split -> organizations.find(split.organization(), entities).id());
    }

    /** A context being gathered, organizations in report order (the first names a minted disambiguator). */
    public static final class Ordered {
        private final Set<String> organizations = new LinkedHashSet<>();
        private final Set<String> roles = new LinkedHashSet<>();

        public PersonContext context() {
            return new PersonContext(organizations, roles);
        }

        public Optional<String> firstOrganization() {
            return organizations.stream().findFirst();
        }
    }
}
