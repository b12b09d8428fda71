package officialskg.rdf;

import officialskg.resolve.OrganizationNames;
import officialskg.extract.Mention;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.extract.relation.TitleOrganization;
import officialskg.resolve.Entity;
import officialskg.vocab.Kg;
import officialskg.vocab.Org;
import officialskg.vocab.Schema;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code holdsPosition} relations as {@code kg:Tenure} nodes, one per holder, role, organization and status in the
 * article: {@code 오세훈 서울시장} and a later {@code 오 시장} are one tenure with two evidence sentences.
 *
 * <p>The organization is the relation's own organization argument; else the one the written title embeds
 * ({@code 서울시장} → {@code 서울시}, found with {@link TitleOrganization} and {@link OrganizationNames}); else, when
 * every other report of the same holder and role in the article names one and the same organization, that one.
 * With an organization the tenure is of a shared {@code org:Post} and the holder {@code org:holds} it.
 */
final class TenuresRdf {

    private static final TitleOrganization TITLES = new TitleOrganization();

    private final FactContext facts;
    private final OrganizationNames organizations;

    TenuresRdf(FactContext facts, OrganizationNames organizations) {
        this.facts = facts;
        this.organizations = organizations;
    }

    /** One report of a held post, its organization found or null. */
    private record Report(int index, Entity holder, String role, String roleLabel, String status,
                          OrganizationNames.Found organization, String titleAsWritten, Relation relation) {

        String holderRoleStatus() {
            return holder.id() + "\t" + role + "\t" + status;
        }
    }

    void write(List<Relation> relations, Node[] relationNodes) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            if (relation.type() == RelationType.HOLDS_POSITION) {
                report(i, relation).ifPresent(reports::add);
            }
        }
        Map<String, List<Report>> tenures = new LinkedHashMap<>();
        for (Report report : inheritOrganizations(reports)) {
            String org = report.organization() == null ? "" : report.organization().id();
            tenures.computeIfAbsent(report.holderRoleStatus() + "\t" + org, k -> new ArrayList<>()).add(report);
        }
        tenures.forEach((key, group) -> writeTenure(key, group, relationNodes));
    }

    private Optional<Report> report(int index, Relation relation) {
        Optional<Entity> holder = facts.entities().ofMention(relation.args().get("holder"));
        int titleIndex = relation.args().get("title");
        Optional<Entity> title = facts.entities().ofMention(titleIndex);
        if (holder.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        Mention written = facts.entities().mention(titleIndex);
        Optional<TitleOrganization.Split> split = TITLES.split(written.text());
        OrganizationNames.Found organization = null;
        Integer orgMention = relation.args().get("organization");
        if (orgMention != null) {
            organization = facts.entities().ofMention(orgMention)
                    .map(e -> new OrganizationNames.Found(e.id(), e.label(), true)).orElse(null);
        }
        if (organization == null && split.isPresent()) {
            organization = organizations.find(split.get().organization(), facts.entities());
        }
        String status = relation.status() == null ? "" : relation.status();
        return Optional.of(new Report(index, holder.get(), title.get().id(), title.get().label(), status,
                organization, written.text(), relation));
    }

    /** Reports without an organization take the one organization the same holder and role have elsewhere. */
    private static List<Report> inheritOrganizations(List<Report> reports) {
        Map<String, TreeSet<String>> organizationIds = new LinkedHashMap<>();
        Map<String, OrganizationNames.Found> found = new LinkedHashMap<>();
        for (Report r : reports) {
            if (r.organization() != null) {
                String key = r.holder().id() + "\t" + r.role();
                organizationIds.computeIfAbsent(key, k -> new TreeSet<>()).add(r.organization().id());
                found.putIfAbsent(key, r.organization());
            }
        }
        List<Report> out = new ArrayList<>();
        for (Report r : reports) {
            String key = r.holder().id() + "\t" + r.role();
            boolean inherit = r.organization() == null && organizationIds.getOrDefault(key, new TreeSet<>()).size() == 1;
            out.add(inherit ? new Report(r.index(), r.holder(), r.role(), r.roleLabel(), r.status(), found.get(key),
                    r.titleAsWritten(), r.relation()) : r);
        }
        return out;
    }

    private void writeTenure(String key, List<Report> group, Node[] relationNodes) {
        ArticleGraphSink out = facts.out();
        Report first = group.get(0);
        Node tenure = ArticleGraphSink.iri(facts.iris().tenureIri(facts.articleId(), key));
        Node holder = facts.entityNode(first.holder());
        Node role = facts.entityNode(first.role());
        out.add(tenure, RDF.type, Kg.Tenure);
        out.add(tenure, RDF.type, Org.Membership);
        out.add(tenure, Org.member, holder);
        out.add(tenure, Org.role, role);
        out.add(role, RDF.type, Org.Role);
        // The role's name, the same in every article (a title's label is the longest form one article wrote).
        out.addString(role, Kg.normalizedValue, roleName(first.role()));
        out.addString(tenure, Kg.status, first.status());
        double confidence = 0;
        for (Report report : group) {
            out.addString(tenure, Kg.titleAsWritten, report.titleAsWritten());
            facts.evidence(report.relation().evidenceStart(), report.relation().evidenceEnd())
                    .ifPresent(span -> out.add(tenure, Kg.evidence, span));
            out.add(relationNodes[report.index()], Kg.tenure, tenure);
            confidence = Math.max(confidence, report.relation().confidence());
        }
        facts.provenance(tenure, confidence);
        OrganizationNames.Found organization = first.organization();
        if (organization != null) {
            if (!organization.inDocument()) {
                facts.declare(organization.id(), Schema.Organization, organization.label());
            }
            Node org = facts.entityNode(organization.id());
            out.add(tenure, Org.organization, org);
            Node post = ArticleGraphSink.iri(facts.iris().postIri(organization.id(), roleName(first.role())));
            out.add(post, RDF.type, Org.Post);
            out.add(post, Org.postIn, org);
            out.add(post, Org.role, role);
            out.addString(post, SKOS.prefLabel, organization.label() + " " + roleName(first.role()));
            out.add(tenure, Kg.post, post);
            out.add(holder, Org.holds, post);
        }
    }

    /** {@code title/시장} → {@code 시장}. */
    private static String roleName(String titleId) {
        return titleId.substring(titleId.indexOf('/') + 1);
    }
}
