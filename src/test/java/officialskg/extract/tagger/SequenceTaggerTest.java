package officialskg.extract.tagger;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
     * Every mention of the best labelling is emitted exactly when its margin reaches {@link
     * SequenceTagger#MIN_MARGIN}, with its span and type; the weak ones (some are in these sentences) are not.
     */
    @Test
    void emitsTheBestLabellingsMentionsAtOrAboveTheMinimumMargin() {
        List<String> texts = List.of(
                "대한상공회의소는 이날 서울 중구 상의회관에서 신년인사회를 열었다.",
                "원희룡 국토교통부 장관은 이날 세종청사에서 열린 간담회에서 파트너십을 강조했다.",
                "한국무역협회와 코트라는 부산 벡스코에서 수출 상담회를 공동 개최했다.",
                "이재명 대표는 광주 5·18민주묘지를 참배한 뒤 전남도청 앞 광장에서 시민들을 만났다.");
        int weak = 0;
        for (String text : texts) {
            var sentence = ANALYZER.analyze(text).get(0);
            SyllableSequence seq = SyllableSequence.of(sentence.text(), sentence.start(), sentence.morphemes());
            List<SequenceTagger.Scored> best = tagger.scored(seq, 0, seq.length());
            List<Mention> emitted = tag(text);
            for (SequenceTagger.Scored s : best) {
                int start = seq.offsets()[s.first()];
                int end = seq.offsets()[s.last()] + 1;
                boolean found = emitted.stream().anyMatch(m -> m.start() == start && m.end() == end
                        && m.type() == s.type());
                assertEquals(s.margin() >= SequenceTagger.MIN_MARGIN, found, s + " in " + text);
                weak += s.margin() < SequenceTagger.MIN_MARGIN ? 1 : 0;
            }
            assertEquals(best.stream().filter(s -> s.margin() >= SequenceTagger.MIN_MARGIN).count(), emitted.size(),
                    emitted::toString);
        }
        assertTrue(weak > 0, "the sentences should hold at least one mention below the minimum margin");
        assertTrue(has(tag(texts.get(0)), 12, 17, "서울 중구", MentionType.PLACE));
    }

    @Test
    void aThreadsReusedBuffersGiveTheSameMentionsAsFreshOnes() {
        String shortText = "서울시는 8일 오세훈 시장이 대한상공회의소 신년인사회에 참석했다고 밝혔다.";
        String longText = "윤석열 대통령은 1일 용산 대통령실에서 한덕수 국무총리와 주례회동을 했다. ".repeat(12);
        List<Mention> fresh = SequenceTagger.loadDefault().onText(ANALYZER).apply(shortText);
        // the long text grows this thread's buffers past the short one's needs and leaves stale scores behind
        tag(longText);
        assertEquals(fresh, tag(shortText));
        assertEquals(SequenceTagger.loadDefault().onText(ANALYZER).apply(longText), tag(longText));
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
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
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
