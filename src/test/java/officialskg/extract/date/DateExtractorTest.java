package officialskg.extract.date;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExtractorTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final NoriKoreanAnalyzer ANALYZER = new NoriKoreanAnalyzer();
    private final DateExtractor extractor = new DateExtractor();

    /** published: a Seoul date, an instant ({@code ...Z}, read in Seoul), or {@code none}; value {@code null}: none. */
    @ParameterizedTest(name = "{0} | {1} → {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            2024-01-08 | 8일 서울시는 오 시장이 출장길에 오른다고 밝혔다.        | 8일               | 2024-01-08
            2024-01-08 | 오 시장은 9일(현지시간) 개관식에 참석한다.              | 9일(현지시간)     | 2024-01-09
            2024-01-08 | 오 시장은 11일(현지시간)에는 관광청을 방문한다.          | 11일(현지시간)    | 2024-01-11
            2024-01-08 | 3월 서울 고척스카이돔에서 열릴 경기다.                   | 3월               | 2024-03
            2024-01-08 | 10월 코엑스에서 개최될 행사의 로드맵을 밝힌다.           | 10월              | 2024-10
            2024-01-08 | 오 시장은 지난해 개관한 시설을 시찰한다.                 | 지난해            | 2023
            2024-01-08 | 올해 예산은 크게 늘었다.                                 | 올해              | 2024
            2024-01-08 | 내년 총선을 앞두고 있다.                                 | 내년              | 2025
            2024-01-08 | 신제품은 내년 상반기에 출시된다.                         | 내년 상반기       | 2025-H1
            2024-01-08 | 하반기 경기가 회복될 전망이다.                           | 하반기            | 2024-H2
            2024-05-10 | 1분기 실적이 개선됐다.                                   | 1분기             | 2024-Q1
            2024-01-30 | 4분기 실적을 발표했다.                                   | 4분기             | 2023-Q4
            2024-01-08 | 2024년 3분기 실적이 나온다.                              | 2024년 3분기      | 2024-Q3
            2024-01-08 | 2024년 상반기 출시된다.                                  | 2024년 상반기     | 2024-H1
            2024-01-08 | 연말까지 완료할 계획이다.                                | 연말              | 2024-12
            2024-01-08 | 그는 지난해 말 취임했다.                                 | 지난해 말         | 2023-12
            2024-03-01 | 올해 초 발표됐다.                                        | 올해 초           | 2024-01
            2024-01-08 | 지난달 회의가 열렸다.                                    | 지난달            | 2023-12
            2024-01-08 | 다음 달 출시된다.                                        | 다음 달           | 2024-02
            2024-01-08 | 결과는 이번 주 발표된다.                                 | 이번 주           | 2024-W02
            2024-01-08 | 지난주 발표됐다.                                         | 지난주            | 2024-W01
            2024-01-08 | 어제 회담이 열렸다.                                      | 어제              | 2024-01-07
            2024-01-08 | 박람회는 오늘 개막한다.                                  | 오늘              | 2024-01-08
            2024-01-08 | 결과는 내일 나온다.                                      | 내일              | 2024-01-09
            2024-01-08 | 모레 출국한다.                                           | 모레              | 2024-01-10
            2024-01-08 | 그제 발표된 자료다.                                      | 그제              | 2024-01-06
            2024-01-08 | 이날 행사에는 시민 500명이 참석했다.                     | 이날              | 2024-01-08
            2024-01-08 | 그는 5일 출국했다. 전날 그는 기자회견을 열었다.          | 전날              | 2024-01-04
            2024-01-08 | 그는 5일 출국했다. 다음날 현지에 도착했다.               | 다음날            | 2024-01-06
            none       | 정부는 2024년 1월 8일 발표했다.                          | 2024년 1월 8일    | 2024-01-08
            none       | 보도자료는 2024.1.8 배포됐다.                            | 2024.1.8          | 2024-01-08
            none       | 공고일은 2024-01-08이다.                                 | 2024-01-08        | 2024-01-08
            2024-01-08 | 24년 예산안이 통과됐다.                                  | 24년              | 2024
            none       | 전역 예정일은 2015년 5월 26일입니다.                     | 2015년 5월 26일   | 2015-05-26
            none       | 발명이 ’05년 처음 출원됐다.                              | ’05년             | 2005
            none       | '24년 계획을 세웠다.                                     | '24년             | 2024
            2024-01-10 | 전시회는 1월 8일 개막했다.                               | 1월 8일           | 2024-01-08
            2024-01-08 | 행사는 8~9일 열린다.                                     | 8~9일             | 2024-01-08/2024-01-09
            2024-01-08 | 행사는 8일부터 11일까지 열린다.                          | 8일부터 11일까지  | 2024-01-08/2024-01-11
            none       | 행사는 2024년 1월 8일부터 11일까지 열렸다.               | 2024년 1월 8일부터 11일까지 | 2024-01-08/2024-01-11
            2024-01-08 | 전시는 1월 30일~2월 2일 열린다.                          | 1월 30일~2월 2일  | 2024-01-30/2024-02-02
            2024-01-08 | 8일(월) 오전 10시 개막식이 열린다.                       | 8일(월) 오전 10시 | 2024-01-08T10:00
            2024-01-08 | 8일 오후 3시 기자회견을 연다.                            | 8일 오후 3시      | 2024-01-08T15:00
            2024-01-08 | 이날 밤 9시 30분 도착했다.                               | 이날 밤 9시 30분  | 2024-01-08T21:30
            2024-01-02 | 지난달 28일 발표했다.                                    | 지난달 28일       | 2023-12-28
            2024-01-02 | 정부는 28일 발표했다.                                    | 28일              | 2023-12-28
            2024-01-02 | 정부는 12월 28일 발표했다.                               | 12월 28일         | 2023-12-28
            2024-01-02 | 개정안은 오는 1일 시행된다.                              | 오는 1일          | 2024-02-01
            2024-01-08 | 개막식은 오는 15일 열린다.                               | 오는 15일         | 2024-01-15
            2024-01-08 | 회의는 지난 5일 열렸다.                                  | 지난 5일          | 2024-01-05
            2024-01-08 | 지난 3월 발표했다.                                       | 지난 3월          | 2023-03
            2024-05-10 | 오는 3월 시행된다.                                       | 오는 3월          | 2025-03
            2024-05-10 | 3월 발표했다.                                            | 3월               | 2024-03
            2024-01-08 | 10월 5일 열렸다.                                         | 10월 5일          | 2023-10-05
            2024-03-01 | 지난달 29일 개통했다.                                    | 지난달 29일       | 2024-02-29
            2024-03-01 | 새 노선은 29일 개통했다.                                 | 29일              | 2024-02-29
            2023-03-01 | 새 노선은 29일 개통했다.                                 | 29일              | null
            2024-02-28 | 내일은 윤일이다.                                         | 내일              | 2024-02-29
            none       | 2월 29일 발표했다.                                       | 2월 29일          | null
            none       | 어제 발표했다.                                           | 어제              | null
            none       | 2023년 3월 개막했다.                                     | 2023년 3월        | 2023-03
            2024-01-07T20:00:00Z | 정부는 오늘 발표했다.                          | 오늘              | 2024-01-08
            2023-12-31T16:30:00Z | 올해 목표를 세웠다.                            | 올해              | 2024
            2023-12-31T16:30:00Z | 지난해 실적이 좋았다.                          | 지난해            | 2023
            2024-01-08 | 평창에서 2018년 열렸다.                                  | 2018년            | 2018
            2024-01-08 | 1990년대 유행했다.                                       | 1990년대          | 199
            2024-01-08 | 해수욕장은 올 여름 개장한다.                             | 올 여름           | 2024-06/2024-08
            2024-03-10 | 지난 겨울 한파가 이어졌다.                               | 지난 겨울         | 2023-12/2024-02
            2024-01-08 | 청사는 3월 말 완공된다.                                  | 3월 말            | 2024-03-21/2024-03-31
            2024-05-02 | 1~3월 수출이 늘었다.                                     | 1~3월             | 2024-01/2024-03
            2024-01-08 | 개정안은 이달 15일 시행된다.                             | 이달 15일         | 2024-01-15
            2024-01-08 | 박람회는 다음 달 3일 개막한다.                           | 다음 달 3일       | 2024-02-03
            2012-09-15 | 태풍은 17일(월) 남해안에 상륙할 가능성이 높다.         | 17일(월)          | 2012-09-17
            2020-04-10 | 사전 투표가 4월 10일과 11일 진행됐다.                    | 11일              | 2020-04-11
            2024-01-08 | 정상회담은 10일 열리는 회의에서 논의된다.                | 10일              | 2024-01-10
            2024-03-10 | 지난 12~2월 난방비가 올랐다.                            | 지난 12~2월       | 2023-12/2024-02
            2024-01-08 | 🎉 축하 행사는 8일 열렸다.                               | 8일               | 2024-01-08
            """)
    void resolvesAgainstThePublicationDate(String published, String sentence, String span, String normalized) {
        Document doc = document(sentence, published);
        List<Mention> mentions = extractor.extract(doc);
        Mention m = mentions.stream().filter(x -> x.text().equals(span)).findFirst().orElse(null);
        assertNotNull(m, () -> "no mention '" + span + "' in " + mentions);
        int expectedStart = sentence.codePointCount(0, sentence.indexOf(span));
        assertEquals(expectedStart, m.start());
        assertEquals(span, doc.slice(m.start(), m.end()));
        assertEquals(MentionType.DATE, m.type());
        assertEquals("date", m.extractor());
        assertEquals(normalized, m.normalized());
    }

    @ParameterizedTest(name = "no date in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            연간 3900만 명의 관광객이 유입되고 있다.
            오 시장이 4박 7일 일정으로 미국을 방문한다.
            13개 기관 및 서울 소재 스타트업 81개 기업이 참여한다.
            홍길동(45) 씨가 말했다.
            버락 오바마 미국 제44대 대통령이 취임했다.
            7일 일정을 모두 소화한다.
            축제는 3일간 열린다.
            팀은 10년 만에 우승했다.
            회사는 지난 10년 동안 성장했다.
            콜센터는 24시간 운영한다.
            설 연휴 기간 귀성객이 몰렸다.
            평균 3.5일 걸린다.
            아모레퍼시픽이 실적을 발표했다.
            오늘날 한국 사회는 빠르게 변한다.
            최근 발표된 자료에 따르면 그렇다.
            코드는 13월 32일 0일로 적혀 있었다.
            """)
    void ignoresQuantitiesAgesOrdinalsAndVagueWords(String sentence) {
        List<Mention> mentions = extractor.extract(document(sentence, "2024-01-08"));
        assertTrue(mentions.isEmpty(), () -> sentence + " → " + mentions);
    }

    @Test
    void localTimeNoteIsKeptAndMarked() {
        List<Mention> mentions = extractor.extract(document("오 시장은 9일(현지시간) 참석한다.", "2024-01-08"));
        assertTrue(DateExtractor.isLocalTime(mentions.getFirst()));
        assertFalse(DateExtractor.isLocalTime(extractor.extract(document("8일 발표했다.", "2024-01-08")).getFirst()));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabyteLineWithoutBreaksFinishes() {
        String unit = "오 시장은 지난달 28일 오후 3시 8~9일 2024.1.8 내년 상반기 12345678901234567890 일일일 월월 시시 '''' ";
        String text = unit.repeat(1_000_000 / unit.length() + 1);
        List<Mention> mentions = extractor.extract(new Document(text, List.of(), Optional.of(
                LocalDate.of(2024, 1, 8).atStartOfDay(SEOUL)), false));
        assertFalse(mentions.isEmpty());
    }

    static Document document(String text, String published) {
        Optional<ZonedDateTime> reference = switch (published) {
            case "none" -> Optional.empty();
            case String s when s.endsWith("Z") -> Optional.of(ZonedDateTime.parse(s).withZoneSameInstant(SEOUL));
            default -> Optional.of(LocalDate.parse(published).atStartOfDay(SEOUL));
        };
        return new Document(text, ANALYZER.analyze(text), reference, published.endsWith("Z"));
    }
}
