package officialskg.rdf;

import officialskg.extract.MentionType;
import officialskg.resolve.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IriMinterTest {

    final IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);

    static Entity entity(String id) {
        return new Entity(id, MentionType.PERSON, "x", List.of(), null);
    }

    @Test
    void articleIris() {
        assertEquals("http://localhost:8080/kg/article/a-1", iris.articleIri("a-1"));
        assertEquals("http://localhost:8080/kg/graph/article/a-1", iris.articleGraph("a-1"));
        assertEquals("http://localhost:8080/kg/article/a-1/mention/3", iris.mentionIri("a-1", 3));
        assertEquals("http://localhost:8080/kg/article/a-1/run", iris.runIri("a-1"));
        assertEquals(Optional.of("a-1"), iris.articleIdOfGraph("http://localhost:8080/kg/graph/article/a-1"));
        assertEquals(Optional.empty(), iris.articleIdOfGraph(IriMinter.ONTOLOGY_GRAPH));
    }

    @Test
    void koreanStaysReadableAndForbiddenCharactersAreEncoded() {
        assertEquals("http://localhost:8080/kg/entity/person/오세훈", iris.entityIri(entity("person/오세훈")));
        assertEquals("http://localhost:8080/kg/entity/event/CES%202024", iris.entityIri(entity("event/CES 2024")));
        assertEquals("http://localhost:8080/kg/entity/org/a%23b%3Fc%25d%3Ce%3E%22%7B%7D%7C%5C%5E%60",
                iris.entityIri(entity("org/a#b?c%d<e>\"{}|\\^`")));
        assertEquals("http://localhost:8080/kg/entity/org/%2E%2E", iris.entityIri(entity("org/..")));
        // An emoji is an IRI character (ucschar); a control character is not.
        assertEquals("http://localhost:8080/kg/entity/x/🚀%0A", iris.entityIri(entity("x/🚀\n")));
    }

    @Test
    void differentIdsNeverShareAnIri() {
        assertNotEquals(iris.entityIri(entity("org/a%20b")), iris.entityIri(entity("org/a b")));
    }

    @Test
    void baseIsNormalizedAndChecked() {
        assertEquals("https://kg.example/x/article/a", new IriMinter("https://kg.example/x").articleIri("a"));
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("not a base"));
    }

    @Test
    void anArticleGraphNamesItsBase() {
        IriMinter iris = new IriMinter("http://localhost:18480/kg/");
        assertEquals(java.util.Optional.of("http://localhost:18480/kg/"),
                IriMinter.baseOfArticleGraph(iris.articleGraph("a/b c")));
        assertEquals(java.util.Optional.empty(), IriMinter.baseOfArticleGraph(IriMinter.ONTOLOGY_GRAPH));
        assertEquals(java.util.Optional.empty(), IriMinter.baseOfArticleGraph(iris.articleIri("x")));
        assertEquals(java.util.Optional.empty(), IriMinter.baseOfArticleGraph("http://localhost:18480/kg/graph/article/"));
    }
}
