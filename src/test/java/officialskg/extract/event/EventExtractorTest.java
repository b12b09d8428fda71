package officialskg.extract.event;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EventExtractorTest {

    private static final NoriKoreanAnalyzer ANALYZER = new NoriKoreanAnalyzer();
    private static final Path SEED = Path.of("../shared/seed/000_f4471e151cd5cea1.txt");
    private final EventExtractor extractor = new EventExtractor();

    @Test
    void findsTheSeedArticlesEventsWhereverTheyOccur() throws IOException {
        assumeTrue(Files.isReadable(SEED), "seed article not present");
        String text = Files.readString(SEED);
        Document doc = new Document(text, ANALYZER.analyze(text),
                Optional.of(LocalDateTime.of(2024, 1, 8, 11, 15).atZone(ZoneId.of("Asia/Seoul"))), true);
        List<Mention> events = extractor.extract(doc);
        for (String name : List.of("CES 2024", "서울시 신년인사회", "서울 이노베이션 포럼 2024", "서울 스마트 라이프 위크",
                "2024 MLB 월드 투어 서울 시리즈")) {
            List<Integer> expected = occurrences(text, name);
            List<Integer> found = events.stream().filter(m -> m.text().equals(name)).map(Mention::start).toList();
            assertFalse(expected.isEmpty(), name);
            assertEquals(expected, found, name);
        }
        Mention title = events.getFirst();
        assertEquals(List.of(5, 13, "CES 2024"), List.of(title.start(), title.end(), title.text()));
        for (Mention m : events) {
            assertEquals(m.text(), doc.slice(m.start(), m.end()));
            assertEquals(MentionType.EVENT, m.type());
        }
        // no bare heads, no quoted non-events
        assertTrue(events.stream().noneMatch(m -> List.of("행사", "간담회", "오찬간담회", "개관식", "MSG 스피어",
                "서울관", "관광마케팅 전략").contains(m.text())), events::toString);
    }

    /** sentence | expected event spans separated by {@code ;} (empty: none). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
            21대 총선에서 여당이 참패했다.                                    | 21대 총선
            제22대 총선을 앞두고 공천 경쟁이 치열하다.                        | 제22대 총선
            대통령은 G20 정상회의에 참석하기 위해 출국했다.                   | G20 정상회의
            올해 부산국제영화제에는 관객 15만 명이 몰렸다.                    | 부산국제영화제
            정부는 2030 부산세계박람회 유치에 총력을 기울였다.                | 2030 부산세계박람회
            총리는 다보스포럼에서 기조연설을 했다.                            | 다보스포럼
            두 정상은 워싱턴에서 열린 한미 정상회담에서 합의했다.             | 한미 정상회담
            도지사는 제주포럼에서 축사를 했다.                                | 제주포럼
            도지사는 제주포럼 개막식에서 축사를 했다.                         | 제주포럼 개막식
            2018 평창 동계올림픽은 성공적으로 끝났다.                         | 2018 평창 동계올림픽
            더불어민주당 전당대회에서 새 대표가 선출됐다.                     | 더불어민주당 전당대회
            그는 MWC 2024 전시장을 찾았다.                                    | MWC 2024
            시는 ‘여의도 봄꽃 축제’를 연다.                                   | 여의도 봄꽃 축제
            의원들은 《2023 국정감사 백서》를 냈다.                           | 2023 국정감사
            국회 국정감사가 시작됐다.                                         |
            장관은 ‘K-반도체 전략 보고대회’에 참석했다.                       | K-반도체 전략 보고대회
            그는 ‘AI 서울 2024’에 참가했다.                                   | AI 서울 2024
            협회는 “스마트시티 엑스포”를 개최했다.                            | 스마트시티 엑스포
            그는 제20대 대통령 선거에 출마했다.                               | 제20대 대통령 선거
            그는 지난 선거에서 낙선했다.                                      |
            위원회는 오늘 회의를 열었다.                                      |
            시장은 행사에 참석해 축사를 했다.                                 |
            대표는 간담회를 마치고 기자회견을 했다.                           |
            이번 행사는 국제회의장에서 열렸다.                                |
            대한상공회의소 회관에서 만났다.                                   |
            그는 “회의가 늦어졌다”고 말했다.                                  |
            🎉 2024 부산 불꽃축제가 열렸다.                                   | 2024 부산 불꽃축제
            김 위원장은 제7회 전국노병대회에 참석해 연설했다.                 | 제7회 전국노병대회
            대표팀이 2010년 FIFA U-17 여자 월드컵에서 우승했다.               | 2010년 FIFA U-17 여자 월드컵
            위원회는 제3차 회의를 열었다.                                     |
            제7회 대회가 열렸다.                                              |
            발인식에는 오달수, 염정아 등 동료 배우들이 참석했다.              | 발인식
            대통령은 청와대 만찬을 주재했다.                                  | 청와대 만찬
            만찬에는 여야 대표들이 참석했다.                                  | 만찬
            만찬 메뉴가 공개됐다.                                             |
            오늘 회의에는 장관들이 참석했다.                                  |
            김대호 후보는 제 21대 국회의원 선거에 출마했다.                   | 제 21대 국회의원 선거
            문 후보는 “12월 대선에서 반드시 승리하겠다”고 말했다.             | 12월 대선
            철도노조 파업이 사흘째 이어졌다.                                  | 철도노조 파업
            공화당 대선 후보 밋 롬니가 패했다.                                |
            새누리당 최고위원회의에서 결정됐다.                               | 새누리당 최고위원회의
            공사는 ‘전통시장 가는 날’ 행사를 광장시장에서 개최한다.           | 전통시장 가는 날
            추미애 대표는 제78차 최고위원회의 모두발언에서 말했다.            | 제78차 최고위원회의
            이태원 10·29 참사 유가족이 모였다.                                | 이태원 10·29 참사
            10·29 참사 유가족이 모였다.                                       | 10·29 참사
            미국 의회에 9·11 테러 이후의 수감 문제를 보고했다.                | 9·11 테러
            4.19 혁명 이후 민주 이념이 계승됐다.                              | 4.19 혁명
            3.75 혁명 이후 민주 이념이 계승됐다.                              |
            뉘른베르크 재판에서는 23명이 기소됐다.                            | 뉘른베르크 재판
            7월 28일 재보궐선거에서 한나라당이 5석을 얻었다.                  | 7월 28일 재보궐선거
            지난 8일 미 대선에서 바이든이 이겼다.                             | 미 대선
            재보궐선거에서 여당이 이겼다. 7월 28일 재보궐선거 결과다.         | 재보궐선거; 7월 28일 재보궐선거
            재보궐선거에서 여당이 이겼다.                                     |
            헤이그에서 열린 제17차 화학무기금지협약 총회에서 선출됐다.        | 제17차 화학무기금지협약 총회
            제3차 총회에서 선출됐다.                                          |
            세월호 참사 132일째입니다.                                        | 세월호 참사
            제1호 안건이 통과됐다.                                            |
            박지원은 세계 쇼트트랙 선수권 대회에 출전한다.                    | 세계 쇼트트랙 선수권 대회
            펜싱 세계선수권대회가 취소됐다.                                   | 펜싱 세계선수권대회
            축구 대회가 열렸다.                                               |
            철도노조가 9일부터 총파업에 돌입한다.                             | 총파업
            파업 참가자 수가 늘었다.                                          |
            총리는 이날 열린 국정현안점검조정회의에 참석했다.                 | 국정현안점검조정회의
            민주노총은 20일 전국노동자대회를 개최했다.                        | 전국노동자대회
            국민의힘은 17일 국회에서 의원총회를 열고 방안을 논의했다.         | 의원총회
            시는 긴급대책회의를 열었다.                                       |
            파울은 UEFA 유로 2008에서 승패를 점쳤다.                          | UEFA 유로 2008
            SK 하이닉스 2024년 실적이 나왔다.                                 |
            의원총회 결과가 발표됐다.                                         |
            박근혜 대통령은 오늘 수석비서관 회의에서 말했다.                  | 수석비서관 회의
            두 사람은 여야 원내대표 회동을 가졌다.                            | 여야 원내대표 회동
            김대호는 관악갑 후보 토론회에서 질문을 받았다.                    | 관악갑 후보 토론회
            정부는 관계장관회의를 열었다.                                     | 관계장관회의
            김 장관 간담회가 열렸다.                                          |
            장관은 국회 국방위 전체 회의에서 답했다.                          | 국회 국방위 전체 회의
            특사는 대한민국-나이지리아간 수교 30주년 기념행사에 참석했다.     | 대한민국-나이지리아간 수교 30주년 기념행사
            광복절 행사에서 축사를 했다.                                      | 광복절 행사
            새누리당은 성범죄 근절특위 긴급회의를 개최했다.                   | 근절특위 긴급회의
            김 대표는 비공개 의원총회에서 보이콧을 선언했다.                  | 의원총회
            오늘 총회에서 예산이 통과됐다.                                    |
            총리가 참석하는 이번 정상회의에서 결정된다.                       |
            오주한은 남자 육상 마라톤에 출전했다.                             | 남자 육상 마라톤
            두 선수는 양궁 여자 단체전에서 금메달을 땄다.                     | 양궁 여자 단체전
            김정환은 펜싱 남자 사브르 개인전에서 동메달을 땄다.               | 펜싱 남자 사브르 개인전
            우하람은 남자 다이빙 10m 플랫폼 결승에 진출했다.                  | 남자 다이빙 10m 플랫폼
            남자 마라톤 중계가 끝났다.                                        |
            여자 단체전이 열렸다.                                             |
            스웨덴은 2014월드컵 유럽 지역 예선에서 비겼다.                    | 2014월드컵 유럽 지역 예선
            2020년에 예선이 열렸다.                                           |
            이세돌 9단은 ‘구글 딥마인드 챌린지 매치’에서 졌다.                | 구글 딥마인드 챌린지 매치
            미래통합당은 대한민국 제21대 국회의원 선거에서 패했다.            | 제21대 국회의원 선거
            이재용 부회장은 대한민국 국회 청문회에 출석했다.                  | 대한민국 국회 청문회
            공화당은 미국 대통령 선거에서 이겼다.                             | 미국 대통령 선거
            김원웅 회장은 광복절 경축식에서 축사를 했다.                      | 광복절 경축식
            개회식 시점부터 논란이 이어졌다.                                  | 개회식
            개관식 전날 전야제가 열렸다.                                      | 개관식; 전야제
            취임식 시점부터 논란이 이어졌다.                                  |
            코레일은 노조의 반발에도 이사회를 개최, 설립을 의결했다.          | 이사회
            이사회 결정이 나왔다.                                             |
            총리는 정부서울청사에서 국무회의를 주재했다.                      | 국무회의
            정부는 29일 열린 국무회의에서 개정안을 의결했다.                  | 국무회의
            이날 간담회에는 경제단체장들이 참석했다.                          | 간담회
            서울경찰청 청사에서 열린 기자간담회에서 말했다.                   |
            간담회 결과가 발표됐다.                                           |
            박근혜-최순실 게이트 재판이 열렸다.                               | 박근혜-최순실 게이트 재판
            안철수 게이트 논란이 커졌다.                                      | 안철수 게이트
            제15호 태풍 볼라벤이 한반도를 강타했다.                           | 태풍 볼라벤
            태풍 피해가 컸다.                                                 |
            이번 태풍 때문에 공장이 무너졌다.                                 |
            허리케인 카트리나로 도시가 잠겼다.                                | 허리케인 카트리나
            세월호 사고 이후 대책이 나왔다.                                   | 세월호 사고
            교통 사고가 났다.                                                 |
            리우 올림픽때와 달리 실력이 늘었다.                               | 리우 올림픽
            진흥원이 주최한 제23회 전국학생만화공모전에서 금상을 받았다.      | 제23회 전국학생만화공모전
            """)
    void composedSentences(String sentence, String expected) {
        Document doc = new Document(sentence, ANALYZER.analyze(sentence), Optional.empty(), false);
        List<Mention> events = extractor.extract(doc);
        List<String> want = expected == null || expected.isBlank() ? List.of()
                : Arrays.stream(expected.split(";")).map(String::strip).toList();
        assertEquals(want, events.stream().map(Mention::text).toList());
        for (Mention m : events) {
            int start = sentence.codePointCount(0, sentence.indexOf(m.text()));
            assertEquals(start, m.start(), m.text());
            assertEquals(m.text(), doc.slice(m.start(), m.end()));
        }
    }

    @Test
    void aBareHeadPointedBackToIsAnEventOnlyWhenTheArticleNamesOneWithIt() {
        String text = "EU 정상회의가 16일 열린다. 총리가 참석하는 이번 정상회의에서 결정된다. 이번 회의는 길었다.";
        Document doc = new Document(text, ANALYZER.analyze(text), Optional.empty(), false);
        List<String> found = extractor.extract(doc).stream().map(m -> m.start() + ":" + m.text()).toList();
        // 이번 회의: no event of the article is named ...회의, so it names nothing
        assertEquals(List.of("0:EU 정상회의", "30:정상회의"), found);
    }

    @Test
    void anElectionNamedByItsMonthIsDatedToIt() {
        String text = "문 후보는 “12월 대선에서 반드시 승리하겠다”고 말했다. 2010년 6월 지방선거 이후 처음이다. 8월 전당대회가 열린다.";
        Document doc = new Document(text, ANALYZER.analyze(text),
                Optional.of(LocalDateTime.of(2012, 9, 17, 9, 0).atZone(ZoneId.of("Asia/Seoul"))), false);
        List<String> found = extractor.extract(doc).stream().map(m -> m.text() + "=" + m.normalized()).toList();
        assertEquals(List.of("12월 대선=2012-12", "2010년 6월 지방선거=2010-06"), found);
    }

    @Test
    void particlesAndQuotesStayOutside() {
        String s = "오 시장은 ‘CES 2024’에 참석한다.";
        List<Mention> events = extractor.extract(new Document(s, ANALYZER.analyze(s), Optional.empty(), false));
        assertEquals(1, events.size());
        assertEquals(List.of(7, 15, "CES 2024"), List.of(events.getFirst().start(), events.getFirst().end(),
                events.getFirst().text()));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabyteLineWithoutBreaksFinishes() {
        String unit = "‘서울 스마트 라이프 위크’ CES 2024 서울시 신년인사회 회의 '''' \"\" 《 「 ABC가 열리는 ";
        String text = unit.repeat(1_000_000 / unit.length() + 1);
        List<Mention> events = extractor.extract(new Document(text, List.of(), Optional.empty(), false));
        assertFalse(events.isEmpty());
    }

    private static List<Integer> occurrences(String text, String name) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            out.add(text.codePointCount(0, i));
        }
        return out;
    }
}
