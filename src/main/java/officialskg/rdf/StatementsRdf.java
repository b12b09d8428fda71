package officialskg.rdf;

import officialskg.extract.Mention;
import officialskg.extract.statement.Statement;
import officialskg.resolve.Analysis;
import officialskg.vocab.Kg;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

import java.util.List;

/**
 * Statements as {@code kg:Statement} nodes, spans of the article text over what was said:
 * <pre>
 *   {article}/statement/N a kg:Statement, kg:TextSpan ;
 *       kg:start, kg:end (code points of the quoted or reported text) ; kg:quotation "…" ;
 *       kg:speechMode "direct" | "reported" ; kg:speechCue "말했다" ;
 *       kg:saidBy {entity} (only when the text names the speaker) ; kg:speakerCarried true (named in an earlier
 *       sentence) ; kg:saidOn (a date the sentence states) ; kg:saidAt {event} ;
 *       kg:evidence, kg:confidence, kg:reportedOn, prov:wasDerivedFrom, prov:wasGeneratedBy (as every fact)
 * </pre>
 * A speaker mention that belongs to no entity points at the mention, as relation roles do.
 */
final class StatementsRdf {

    private final FactContext facts;

    StatementsRdf(FactContext facts) {
        this.facts = facts;
    }

    void write(Analysis analysis) {
        List<Statement> statements = analysis.statements();
        for (int i = 0; i < statements.size(); i++) {
            write(i, statements.get(i), analysis.mentions());
        }
    }

    private void write(int index, Statement st, List<Mention> mentions) {
        ArticleGraphSink out = facts.out();
        Node node = ArticleGraphSink.iri(facts.iris().statementIri(facts.articleId(), index));
        out.add(node, RDF.type, Kg.Statement);
        out.add(node, RDF.type, Kg.TextSpan);
        out.addInteger(node, Kg.start, st.textStart());
        out.addInteger(node, Kg.end, st.textEnd());
        out.addString(node, Kg.spanKind, "statement");
        out.addString(node, Kg.quotation, st.text());
        out.addString(node, Kg.speechMode, st.mode().label());
        out.addString(node, Kg.speechCue, st.cue());
        if (st.attributed()) {
            out.add(node, Kg.saidBy, participant(st.speaker(), mentions));
            if (st.carried()) {
                out.add(node, Kg.speakerCarried, ArticleGraphSink.typed("true", XSDDatatype.XSDboolean));
            }
        }
        if (st.date() >= 0) {
            String value = mentions.get(st.date()).normalized();
            if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                value = value.substring(0, 10); // the day of a stated time (23일 오후 2시 43분)
            }
            RDFDatatype datatype = value == null ? null : MentionsRdf.dateDatatype(value);
            if (datatype != null) {
                out.add(node, Kg.saidOn, ArticleGraphSink.typed(value, datatype));
            }
        }
        if (st.event() >= 0) {
            out.add(node, Kg.saidAt, participant(st.event(), mentions));
        }
        facts.provenance(node, st.confidence());
        facts.evidence(st.evidenceStart(), st.evidenceEnd()).ifPresent(span -> out.add(node, Kg.evidence, span));
    }

    private Node participant(int mention, List<Mention> mentions) {
        if (mention >= mentions.size()) {
            throw new IllegalArgumentException("article " + facts.articleId() + ": a statement points at mention "
                    + mention + ", but there are " + mentions.size() + " mentions");
        }
        return facts.entities().ofMention(mention).map(facts::entityNode)
                .orElse(ArticleGraphSink.iri(facts.iris().mentionIri(facts.articleId(), mention)));
    }
}
