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

    @Test
    void foreignPlayersOfAMatchReportByTheirPlayOrPosition() {
        assertEquals(List.of("미로슬라프 클로제", "페어 메르테자커", "메수트 외질", "즐라탄 이브라히모비치"),
                persons("스웨덴은 전반 8분과 15분에 독일 공격수 미로슬라프 클로제에게 골을 내주고 전반 39분에도 "
                        + "페어 메르테자커에게 실점하며 전반은 3-0으로 마쳤다. 후반들어 메수트 외질이 골을 기록하며 "
                        + "독일은 4-0으로 승기를 잡은 듯 했으나, 후반 16분에 즐라탄 이브라히모비치가 헤딩골을 기록했다."));
        // a word of time before the name is not part of it, and one word alone is left to the tagger
        assertEquals(List.of(), persons("대한민국은 주도권을 잡았으나 이후 게인리흐에게 두 골을 내줬다."));
    }
}
