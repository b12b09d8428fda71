package officialskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The project's own terms, one constant per term of {@code ontology/officials-kg.ttl} ({@code VocabMirrorsOntologyTest}
 * keeps both equal). Field names are the terms' local names, as in Jena's own vocabularies ({@code SKOS.prefLabel}),
 * so a constant reads like the Turtle it produces.
 */
public final class Kg {

    public static final String NS = "https://officials-kg.org/ontology#";
    public static final String PREFIX = "kg";

    // Classes
    public static final Resource TextSpan = resource("TextSpan");
    public static final Resource Mention = resource("Mention");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource Title = resource("Title");
    public static final Resource DateExpression = resource("DateExpression");
    public static final Resource Relation = resource("Relation");
    public static final Resource Tenure = resource("Tenure");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Statement = resource("Statement");

    // Object properties
    public static final Property mentions = property("mentions");
    public static final Property refersTo = property("refersTo");
    public static final Property hasSpan = property("hasSpan");
    public static final Property evidence = property("evidence");
    public static final Property met = property("met");
    public static final Property visited = property("visited");
    public static final Property occursOn = property("occursOn");
    public static final Property post = property("post");
    public static final Property tenure = property("tenure");
    public static final Property meeting = property("meeting");
    public static final Property candidateIn = property("candidateIn");
    public static final Property spokeAt = property("spokeAt");
    public static final Property boycotted = property("boycotted");
    public static final Property saidBy = property("saidBy");
    public static final Property saidAt = property("saidAt");

    // Relation roles: the local name is the role name of the kg extract contract (holder, title, ...).
    public static final Property holder = property("holder");
    public static final Property title = property("title");
    public static final Property organization = property("organization");
    public static final Property member = property("member");
    public static final Property participant = property("participant");
    public static final Property event = property("event");
    public static final Property organizer = property("organizer");
    public static final Property candidate = property("candidate");
    public static final Property speaker = property("speaker");
    public static final Property boycotter = property("boycotter");
    public static final Property person = property("person");
    public static final Property other = property("other");
    public static final Property visitor = property("visitor");
    public static final Property place = property("place");
    public static final Property date = property("date");

    // Datatype properties
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property spanKind = property("spanKind");
    public static final Property anchorText = property("anchorText");
    public static final Property mentionType = property("mentionType");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");
    public static final Property normalizedValue = property("normalizedValue");
    public static final Property dateValue = property("dateValue");
    public static final Property referenceId = property("referenceId");
    public static final Property nameKey = property("nameKey");
    public static final Property softwareVersion = property("softwareVersion");
    public static final Property subtitle = property("subtitle");
    public static final Property sourceFile = property("sourceFile");
    public static final Property relationType = property("relationType");
    public static final Property status = property("status");
    public static final Property titleAsWritten = property("titleAsWritten");
    public static final Property reportedOn = property("reportedOn");
    public static final Property evidenceText = property("evidenceText");
    public static final Property fromCaption = property("fromCaption");
    public static final Property quotation = property("quotation");
    public static final Property speechMode = property("speechMode");
    public static final Property speechCue = property("speechCue");
    public static final Property saidOn = property("saidOn");
    public static final Property speakerCarried = property("speakerCarried");

    private Kg() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
