package officialskg.pipeline;

import officialskg.article.AnalyzedText;
import officialskg.article.Article;
import officialskg.article.PublishedAt;
import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationExtractor;
import officialskg.extract.engine.ExtractionEngine;
import officialskg.extract.event.OccasionNames;
import officialskg.extract.statement.Statement;
import officialskg.extract.statement.StatementExtractor;
import officialskg.extract.title.TitleLexicon;
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
        return new Analysis(analysis.text(), analysis.mentions(), articleLocalIds(analysis.entities(),
                article.id()), analysis.relations(), analysis.statements());
    }

    /**
     * What only this article can tell apart gets an id that carries the article id, so that the same words in two
     * articles do not become one node in the store: an event named only by its kind of occasion ({@code 개막식},
     * {@code 만찬}, {@code 발인식}); a person the article refers to only by surname ({@code 김 위원장} with no
     * 김 named) or by an anonymizing letter ({@code A씨}); and an unnamed holder of a post ({@code 외교부 장관},
     * {@code 미국 대통령}), who is one person in this article but may be another in the next.
     */
    static List<Entity> articleLocalIds(List<Entity> entities, String articleId) {
        return entities.stream().map(e -> localToTheArticle(e)
                ? new Entity(e.id() + "-" + articleId, e.type(), e.label(), e.mentions(), e.referenceId()) : e)
                .toList();
    }

    private static final TitleLexicon TITLES = new TitleLexicon();

    private static boolean localToTheArticle(Entity e) {
        if (e.type() == MentionType.EVENT) {
            return OccasionNames.isBare(e.label());
        }
        if (e.type() != MentionType.PERSON || e.referenceId() != null) {
            return false;
        }
        String label = e.label().strip();
        if (label.codePointCount(0, label.length()) == 1) {
            return true; // 김, A
        }
        String[] words = label.split("\\s+");
        return words.length > 1 && TITLES.role(words[words.length - 1]) != null; // 외교부 장관, 미국 대통령
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
