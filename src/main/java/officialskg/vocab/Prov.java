package officialskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** PROV-O terms for where each fact came from. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    public static final Resource Activity = resource("Activity");
    public static final Resource SoftwareAgent = resource("SoftwareAgent");

    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasAssociatedWith = property("wasAssociatedWith");
    public static final Property used = property("used");
    public static final Property startedAtTime = property("startedAtTime");

    private Prov() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
