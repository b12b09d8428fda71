package officialskg.pipeline;

import officialskg.extract.MentionExtractor;
import officialskg.extract.date.DateExtractor;
import officialskg.extract.engine.ExtractionEngine;
import officialskg.extract.event.EventExtractor;
import officialskg.extract.gazetteer.Gazetteer;
import officialskg.extract.relation.RuleRelationExtractor;
import officialskg.extract.statement.StatementExtractor;
import officialskg.extract.tagger.SequenceTagger;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import officialskg.resolve.DocumentResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * The default language stages: Nori, the rule-based extractors over the bundled gazetteer, dates, events and the
 * statistical tagger (all merged by {@link officialskg.extract.engine.MentionMerger}), rule relations, statements,
 * and in-document resolution. Loading them (gazetteer, tagger model) takes about a second, so a pipeline does it once.
 */
final class DefaultStages {

    private DefaultStages() {
    }

    static ArticleAnalyzer analyzer(Gazetteer gazetteer) {
        return new ArticleAnalyzer(new NoriKoreanAnalyzer(), engine(gazetteer), new RuleRelationExtractor(),
                new DocumentResolver(gazetteer), new StatementExtractor());
    }

    static ExtractionEngine engine(Gazetteer gazetteer) {
        List<MentionExtractor> extractors = new ArrayList<>(ExtractionEngine.ruleBasedExtractors(gazetteer));
        extractors.add(new DateExtractor());
        extractors.add(new EventExtractor());
        extractors.add(SequenceTagger.loadDefault());
        return new ExtractionEngine(extractors);
    }
}
