package officialskg.pipeline;

import officialskg.article.PublishedAt;
import officialskg.extract.MentionType;
import officialskg.resolve.Analysis;
import officialskg.resolve.Entity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * People of the full extraction (every extractor, the tagger included) on news sentences where a name is shared or
 * split: the persons of a text, by their labels, in order of first mention.
 */
class NamesInNewsTest {

    private static final ArticleAnalyzer ANALYZER = ReingestAndIdentityTest.PIPELINE.analyzer();

    private static List<String> persons(String text) {
        Analysis a = ANALYZER.analyze(text, Optional.of(PublishedAt.ofDate(LocalDate.of(2018, 5, 14),
                PublishedAt.KOREA)));
        return a.entities().stream().filter(e -> e.type() == MentionType.PERSON).map(Entity::label).toList();
    }

    @Test
    void aGivenNameBeforeAKnownFamilyNameIsAnotherBearerNamedInFull() {
        // 이방카 alone to the tagger, 트럼프 the last part of 도널드 트럼프: one person named 이방카 트럼프, not two
        assertEquals(List.of("도널드 트럼프", "이방카 트럼프"),
                persons("도널드 트럼프 대통령이 말했다. 트럼프의 장녀 이방카 트럼프가 개관식에 참석했다."));
    }
}
