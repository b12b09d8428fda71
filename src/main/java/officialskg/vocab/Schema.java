package officialskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms the project uses (https, as schema.org itself now publishes them). */
public final class Schema {

    public static final String NS = "https://schema.org/";
    public static final String PREFIX = "schema";

    public static final Resource NewsArticle = resource("NewsArticle");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Event = resource("Event");

    public static final Property identifier = property("identifier");
    public static final Property headline = property("headline");
    public static final Property datePublished = property("datePublished");
    public static final Property url = property("url");
    public static final Property publisher = property("publisher");
    public static final Property name = property("name");
    public static final Property text = property("text");
    public static final Property inLanguage = property("inLanguage");
    public static final Property mentions = property("mentions");
    public static final Property attendee = property("attendee");
    public static final Property organizer = property("organizer");
    public static final Property location = property("location");
    public static final Property startDate = property("startDate");

    private Schema() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
