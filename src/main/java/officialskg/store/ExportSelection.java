package officialskg.store;

import java.util.Objects;

/** What to export: everything, one article's graph, or the triples about one entity (as subject or object). */
public sealed interface ExportSelection {

    record All() implements ExportSelection {
    }

    record Article(String articleId) implements ExportSelection {
        public Article {
            Objects.requireNonNull(articleId, "articleId");
        }
    }

    record Entity(String iri) implements ExportSelection {
        public Entity {
            Objects.requireNonNull(iri, "iri");
        }
    }

    static ExportSelection all() {
        return new All();
    }

    static ExportSelection article(String articleId) {
        return new Article(articleId);
    }

    static ExportSelection entity(String iri) {
        return new Entity(iri);
    }
}
