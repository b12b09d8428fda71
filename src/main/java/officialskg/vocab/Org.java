package officialskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Organization Ontology terms: holding a post is an {@code org:Membership} of its own. */
public final class Org {

    public static final String NS = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    public static final Resource Membership = resource("Membership");
    public static final Resource Post = resource("Post");
    public static final Resource Role = resource("Role");

    public static final Property role = property("role");
    public static final Property member = property("member");
    public static final Property organization = property("organization");
    public static final Property holds = property("holds");
    public static final Property memberOf = property("memberOf");
    public static final Property postIn = property("postIn");
    public static final Property memberDuring = property("memberDuring");

    private Org() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
