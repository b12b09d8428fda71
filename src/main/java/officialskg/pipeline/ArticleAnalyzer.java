package officialskg.pipeline;

import officialskg.article.AnalyzedText;
import officialskg.article.Article;
import officialskg.article.PublishedAt;
import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.Relation;
import officialskg.extract.RelationExtractor;
import officialskg.extract.engine.ExtractionEngine;
import officialskg.extract.statement.Statement;
import officialskg.extract.statement.StatementExtractor;
import officialskg.nlp.KoreanAnalyzer;
import officialskg.resolve.Analysis;
import officialskg.resolve.DocumentResolver;
import officialskg.resolve.Entity;

import java.util.List;
import java.util.Optional;

/**
 * Runs the language stages over one article: morphology, mention extraction, relations, statements, in-document
 * resolution.
 * Thread-safe: every stage it holds is.
 */
public final class ArticleAnalyzer {

    private final KoreanAnalyzer korean;
    private final ExtractionEngine mentions;
    private final RelationExtractor relations;
    private final DocumentResolver resolver;
    private final StatementExtractor statements;

    /** Without statements. */
    public ArticleAnalyzer(KoreanAnalyzer korean, ExtractionEngine mentions, RelationExtractor relations,
                           DocumentResolver resolver) {
        this(korean, mentions, relations, resolver, null);
    }

    /** @param statements finds the statements attributed to the mentions; {@code null} for none */
    public ArticleAnalyzer(KoreanAnalyzer korean, ExtractionEngine mentions, RelationExtractor relations,
                           DocumentResolver resolver, StatementExtractor statements) {
        this.korean = korean;
        this.mentions = mentions;
        this.relations = relations;
        this.resolver = resolver;
        this.statements = statements;
    }

    /** Analyzes exactly {@link AnalyzedText#of(Article)}; all offsets in the result index into that text. */
    public Analysis analyze(Article article) {
        Analysis analysis = analyze(AnalyzedText.of(article), article.published());
        return new Analysis(analysis.text(), analysis.mentions(), articleLocalOccasions(analysis.entities(),
                article.id()), analysis.relations(), analysis.statements());
    }

    /**
     * An event named only by its kind of occasion ({@code 개막식}, {@code 만찬}, {@code 발인식}) is this article's
     * occasion: its id carries the article id, so the dinners of two articles do not become one node in the store.
     */
    static List<Entity> articleLocalOccasions(List<Entity> entities, String articleId) {
        return entities.stream().map(e -> e.type() == officialskg.extract.MentionType.EVENT
                && officialskg.extract.event.OccasionNames.isBare(e.label())
                ? new Entity(e.id() + "-" + articleId, e.type(), e.label(), e.mentions(), e.referenceId()) : e)
                .toList();
    }

    /** Analyzes a bare text; relative dates resolve against {@code published} when given. */
    public Analysis analyze(String text, Optional<PublishedAt> published) {
        Document document = new Document(text, korean.analyze(text), published.map(PublishedAt::dateTime),
                published.map(PublishedAt::timeKnown).orElse(false));
        List<Mention> found = mentions.extract(document);
        List<Entity> entities = resolver.resolve(text, found);
        List<Relation> related = relations.extract(document, found);
        List<Statement> said = statements == null ? List.of() : statements.extract(document, found);
        return new Analysis(text, found, entities, related, said);
    }
}
