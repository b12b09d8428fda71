package officialskg.extract.tagger;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceTaggerTest {

    private static final NoriKoreanAnalyzer ANALYZER = new NoriKoreanAnalyzer();
    private static SequenceTagger tagger;

    @BeforeAll
    static void load() {
        tagger = SequenceTagger.loadDefault();
    }

    private static List<Mention> tag(String text) {
        return tagger.extract(new Document(text, ANALYZER.analyze(text), Optional.empty(), false));
    }

    private static boolean has(List<Mention> mentions, int start, int end, String text, MentionType type) {
        return mentions.stream().anyMatch(m -> m.start() == start && m.end() == end && m.text().equals(text)
                && m.type() == type && m.extractor().equals("tagger") && m.confidence() > 0 && m.confidence() <= 1);
    }

    @Test
    void findsAPersonAndTheCityGovernmentInANewsSentence() {
        List<Mention> m = tag("서울시는 8일 오세훈 시장이 대한상공회의소 신년인사회에 참석했다고 밝혔다.");
        assertTrue(has(m, 8, 11, "오세훈", MentionType.PERSON), m::toString);
        assertTrue(has(m, 0, 3, "서울시", MentionType.ORGANIZATION), m::toString);
    }

    /**
     * The best labelling has the chamber of commerce, but with a margin (about 18) under {@link
     * SequenceTagger#MIN_MARGIN}, so the tagger alone does not emit it; the gazetteer and the organization
     * pattern do, in the full extraction.
     */
    @Test
    void labelsTheChamberOfCommerceButBelowTheMinimumMargin() {
        String text = "대한상공회의소는 이날 서울 중구 상의회관에서 신년인사회를 열었다.";
        var sentence = ANALYZER.analyze(text).get(0);
        SyllableSequence seq = SyllableSequence.of(sentence.text(), sentence.start(), sentence.morphemes());
        List<SequenceTagger.Scored> best = tagger.scored(seq, 0, seq.length());
        assertTrue(best.stream().anyMatch(s -> s.first() == 0 && s.last() == 6
                && s.type() == MentionType.ORGANIZATION && s.margin() < SequenceTagger.MIN_MARGIN), best::toString);
        List<Mention> m = tag(text);
        assertTrue(m.stream().noneMatch(x -> x.text().equals("대한상공회의소")), m::toString);
        assertTrue(has(m, 12, 17, "서울 중구", MentionType.PLACE), m::toString);
    }

    @Test
    void offsetsAreCodePointsAfterEmoji() {
        String text = "🎉🎉 서울시는 8일 오세훈 시장이 대한상공회의소 신년인사회에 참석했다고 밝혔다.";
        List<Mention> m = tag(text);
        assertTrue(has(m, 11, 14, "오세훈", MentionType.PERSON), m::toString);
        assertTrue(has(m, 3, 6, "서울시", MentionType.ORGANIZATION), m::toString);
    }

    @Test
    void emitsOnlyPeopleOrganizationsAndPlaces() {
        List<Mention> m = tag("2024년 1월 8일 오후 3시 관객 175만명이 모였다.");
        assertTrue(m.stream().allMatch(x -> x.type() == MentionType.PERSON || x.type() == MentionType.ORGANIZATION
                || x.type() == MentionType.PLACE), m::toString);
    }

    @Test
    void emptyAndNonKoreanTextDoNotFail() {
        assertEquals(List.of(), tag(""));
        assertEquals(List.of(), tag("   \n  "));
        String latin = "Hello world 123 !!! ??? 😀 ok";
        Document document = new Document(latin, List.of(), Optional.empty(), false);
        for (Mention x : tag(latin)) {
            assertEquals(document.slice(x.start(), x.end()), x.text());
        }
    }

    @Test
    void aOneMegabyteLineIsTaggedInBoundedWindows() {
        StringBuilder line = new StringBuilder();
        while (line.length() * 3 < 1_000_000) {
            line.append("오세훈 서울시장과 최태원 회장이 부산에서 만났고 ");
        }
        String text = line.toString();
        List<Mention> m = tag(text);
        assertTrue(m.size() > 1000, "mentions: " + m.size());
        int[] codePoints = text.codePoints().toArray();
        for (Mention x : m) {
            assertEquals(new String(codePoints, x.start(), x.length()), x.text());
        }
    }
}
