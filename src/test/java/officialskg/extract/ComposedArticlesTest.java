package officialskg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.PLACE;
import static officialskg.extract.MentionType.TITLE;
import static officialskg.extract.RuleBasedFixture.assertMention;
import static officialskg.extract.RuleBasedFixture.assertNoMention;
import static officialskg.extract.RuleBasedFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written for these tests, in other domains than the seed, with exact expected spans. */
class ComposedArticlesTest {

    @Test
    void busanMayorPressEvent() {
        List<Mention> m = extract("박형준 부산시장은 10일 부산시청에서 기자회견을 열고 엑스포 유치 전략을 발표했다. "
                + "박 시장은 부산시민의 지지를 당부했다.");
        assertMention(m, 0, 3, PERSON, "박형준");
        assertEquals("시장", assertMention(m, 4, 8, TITLE, "부산시장").normalized());
        assertEquals("kostat:21", assertMention(m, 4, 7, ORGANIZATION, "부산시").referenceId());
        assertMention(m, 14, 18, ORGANIZATION, "부산시청");
        assertMention(m, 47, 48, PERSON, "박");
        assertMention(m, 49, 51, TITLE, "시장");
        assertNoMention(m, "부산시", PLACE); // 부산시민 is not 부산시
    }

    @Test
    void ministerVisitWithTitleBeforeAndAfterTheName() {
        List<Mention> m = extract("원희룡 국토교통부 장관이 12일 세종시를 방문했다. 국토교통부 장관 원희룡은 직원들을 격려했다.");
        assertMention(m, 0, 3, PERSON, "원희룡");
        assertEquals("kg:gov/molit", assertMention(m, 4, 9, ORGANIZATION, "국토교통부").referenceId());
        assertMention(m, 10, 12, TITLE, "장관");
        assertMention(m, 18, 21, PLACE, "세종시");
        assertMention(m, 29, 34, ORGANIZATION, "국토교통부");
        assertMention(m, 35, 37, TITLE, "장관");
        assertMention(m, 38, 41, PERSON, "원희룡");
    }

    @Test
    void companyChairmanAndHisSurname() {
        List<Mention> m = extract("이재용 삼성전자 회장은 이날 평택캠퍼스를 찾았다. 이 회장은 반도체 투자를 강조했다.");
        assertMention(m, 0, 3, PERSON, "이재용");
        assertMention(m, 4, 8, ORGANIZATION, "삼성전자");
        assertMention(m, 9, 11, TITLE, "회장");
        assertMention(m, 28, 29, PERSON, "이");
        assertMention(m, 30, 32, TITLE, "회장");
    }

    @Test
    void partyLeadersUnderCurrentAndFormerPartyNames() {
        List<Mention> m = extract("이재명 더불어민주당 대표는 국회에서 간담회를 열었다. 한동훈 국민의힘 비상대책위원장도 참석했다. "
                + "새누리당 시절의 일이다.");
        assertMention(m, 0, 3, PERSON, "이재명");
        assertEquals("kg:party/democratic", assertMention(m, 4, 10, ORGANIZATION, "더불어민주당").referenceId());
        assertEquals("대표", assertMention(m, 11, 13, TITLE, "대표").normalized());
        assertMention(m, 15, 17, ORGANIZATION, "국회");
        assertMention(m, 30, 33, PERSON, "한동훈");
        assertMention(m, 34, 38, ORGANIZATION, "국민의힘");
        assertEquals("위원장", assertMention(m, 39, 46, TITLE, "비상대책위원장").normalized());
        assertEquals("kg:party/liberty-korea", assertMention(m, 54, 58, ORGANIZATION, "새누리당").referenceId());
    }

    @Test
    void foreignLeadersWithTheirCountries() {
        List<Mention> m = extract("조 바이든 미국 대통령과 기시다 후미오 일본 총리가 워싱턴 백악관에서 만났다.");
        assertMention(m, 0, 5, PERSON, "조 바이든");
        assertMention(m, 6, 8, PLACE, "미국");
        assertMention(m, 9, 12, TITLE, "대통령");
        assertMention(m, 14, 21, PERSON, "기시다 후미오");
        assertMention(m, 22, 24, PLACE, "일본");
        assertMention(m, 25, 27, TITLE, "총리");
        assertMention(m, 29, 32, PLACE, "워싱턴"); // a venue is not joined to its city (CompoundNames)
    }

    @Test
    void actingPresidentKeepsTheRoleAndTheStatusWord() {
        List<Mention> m = extract("한덕수 대통령 권한대행은 13일 정부서울청사에서 회의를 주재했다.");
        assertMention(m, 0, 3, PERSON, "한덕수");
        assertEquals("대통령", assertMention(m, 4, 12, TITLE, "대통령 권한대행").normalized());
        assertMention(m, 18, 24, PLACE, "정부서울청사");
    }

    @Test
    void formerMinisterAndHonorifics() {
        List<Mention> m = extract("전 통일부 장관 정동영 의원이 토론회에 참석했다. 김모(45)씨와 홍길동 씨도 자리했다.");
        assertMention(m, 2, 5, ORGANIZATION, "통일부");
        assertMention(m, 6, 8, TITLE, "장관");
        assertEquals("wd:Q491437", assertMention(m, 9, 12, PERSON, "정동영").referenceId());
        assertMention(m, 13, 15, TITLE, "의원");
        assertMention(m, 28, 29, PERSON, "김"); // PersonNameForms: the anonymized 모 stays outside, like 씨
        assertMention(m, 37, 40, PERSON, "홍길동");
        assertNoMention(m, "전", PERSON); // 전 before a title means "former"
    }

    @Test
    void titlesThatEmbedTheirOrganization() {
        List<Mention> m = extract("감사원장과 경기도지사가 만났다. 대통령 윤석열은 말했다.");
        assertEquals("원장", assertMention(m, 0, 4, TITLE, "감사원장").normalized());
        assertMention(m, 0, 3, ORGANIZATION, "감사원");
        assertEquals("도지사", assertMention(m, 6, 11, TITLE, "경기도지사").normalized());
        assertMention(m, 6, 9, ORGANIZATION, "경기도");
        assertMention(m, 18, 21, TITLE, "대통령");
        assertMention(m, 22, 25, PERSON, "윤석열");
    }

    @Test
    void aForeignLeaderNamedAfterThePost() {
        // Korean papers often write a foreign leader's post first; the name after it is the holder, so the phrase
        // is no unnamed post-holder (before, 멕시코 대통령 became a Person of its own)
        List<Mention> m = extract("트럼프는 멕시코 대통령 엔리케 페냐 니에토와 만났다. 일본 총리 관저에서 회견이 열렸다.");
        assertMention(m, 13, 23, PERSON, "엔리케 페냐 니에토");
        assertMention(m, 9, 12, TITLE, "대통령");
        assertNoMention(m, "멕시코 대통령", PERSON);
        assertNoMention(m, "관저", PERSON);
        // the analyzer splits an unknown later part (타바/NNP 네/XSN); the name still runs to its particle
        List<Mention> lesotho = extract("레소토의 총리 토마스 타바네는 쿠데타를 이유로 피신했다.");
        assertMention(lesotho, 8, 15, PERSON, "토마스 타바네");
        assertNoMention(lesotho, "토마스", PERSON);
    }

    @Test
    void aNameWhoseFirstSyllablesAreADictionaryName() {
        // Nori reads 김정은 as 김정/NNP + 은/JX; before its post the whole word is the holder's name
        List<Mention> m = extract("김정은 북한 국무위원장이 평양에서 연설했다. 김 위원장은 박수를 받았다.");
        assertMention(m, 0, 3, PERSON, "김정은");
        assertMention(m, 7, 12, TITLE, "국무위원장");
        assertNoMention(m, "김정", PERSON);
        assertNoMention(m, "북한 국무위원장", PERSON);
        // a country with the topic particle stays a country: 한국 is a place the gazetteer knows
        List<Mention> korea = extract("한국은 북한 대사를 초치했다.");
        assertNoMention(korea, "한국은", PERSON);
        assertMention(korea, 0, 2, PLACE, "한국");
    }

    @Test
    void everydayWordsThatLookLikeTitlesStayPlain() {
        List<Mention> m = extract("지난해 이번 회장 선거에서 정부 장관을 만났다. 서울 시장 상인들이 모였다. 총회장에 갔다.");
        assertNoMention(m, "시장", TITLE);
        assertNoMention(m, "상인들", PERSON);
        assertNoMention(m, "이번", PERSON);
        assertNoMention(m, "총회장", TITLE);
        assertMention(m, 27, 29, PLACE, "서울");
    }

    @Test
    void aCountryActingAsAStateIsAnOrganization() {
        List<Mention> m = extract("북한이 13일 동해상으로 미사일을 발사했다고 합참이 밝혔다. 오 시장은 미국 출장길에 오른다.");
        assertEquals("kg:country/kp", assertMention(m, 0, 2, ORGANIZATION, "북한").referenceId());
        assertMention(m, 25, 27, ORGANIZATION, "합참");
        assertMention(m, 40, 42, PLACE, "미국");
    }

    @Test
    void candidatesWithANoteOrADistrictBeforeThePost() {
        String text = "2위 손학규(13만 6천205표, 22.2%) 후보가 뒤를 이었다. 김상회 더불어민주당 부천병 후보에게 물었다.";
        List<Mention> m = extract(text);
        assertMention(m, 3, 6, PERSON, "손학규");
        assertEquals("후보", assertMention(m, 26, 28, TITLE, "후보").normalized());
        assertMention(m, 38, 41, PERSON, "김상회");
        assertMention(m, 53, 55, TITLE, "후보");
        assertNoMention(m, "부천병", PERSON); // an electoral district: 부천 + 병
        // the party's candidate, unnamed, is nobody's node
        assertNoMention(extract("미래통합당 후보로 나섰던 김대호 후보를 제명했다."), "미래통합당 후보", PERSON);
    }

    @Test
    void aRollOfNamesJoinedByMiddleDots() {
        String text = "발의에 참여한 새누리당 의원은 김정재ㆍ윤종필ㆍ나경원ㆍ문진국 의원 등이다. 서울ㆍ부산ㆍ광주에서 열렸다.";
        List<Mention> m = extract(text);
        assertMention(m, 17, 20, PERSON, "김정재");
        assertMention(m, 21, 24, PERSON, "윤종필");
        assertMention(m, 25, 28, PERSON, "나경원");
        assertMention(m, 29, 32, PERSON, "문진국");
        assertMention(m, 33, 35, TITLE, "의원");
        assertNoMention(m, "서울", PERSON); // places in a dotted list are no roll of names
        assertNoMention(m, "부산", PERSON);
    }

    @Test
    void aNumeralBeforeAPostIsNoSurnameUnlessTheArticleNamedOne() {
        List<Mention> m = extract("우원식 국회의장은 두 원내대표와 만났다. 한덕수 국무총리가 발표했다. 한 총리는 동의했다.");
        assertNoMention(m, "두", PERSON);
        assertMention(m, 39, 40, PERSON, "한"); // 한 총리 after 한덕수: the surname, as 오 시장 is
    }

    @Test
    void unitHeadsTakeTheirUnitsName() {
        List<Mention> m = extract("회담에는 박진 외교부 장관과 조태용 국가안보실장이 배석했다. 추경호 경제부총리가 말했다.");
        assertMention(m, 16, 19, PERSON, "조태용");
        assertEquals("실장", assertMention(m, 20, 26, TITLE, "국가안보실장").normalized());
        assertEquals("부총리", assertMention(m, 38, 43, TITLE, "경제부총리").normalized());
    }

    @Test
    void aForeignFamilyNameTheAnalyzerBreaksUp() {
        String text = "한덕수 총리는 안토니우 구테흐스 유엔 사무총장과 통화했다. 박진 장관은 토니 블링컨 국무장관과 회담했다.";
        List<Mention> m = extract(text);
        assertMention(m, 8, 17, PERSON, "안토니우 구테흐스"); // 구테 + 흐 + 스 to the analyzer
        assertMention(m, 40, 46, PERSON, "토니 블링컨"); // 블 + 링컨 (Lincoln)
        assertNoMention(m, "유엔 사무총장", PERSON);
    }

    @Test
    void aBrokenForeignNameEndingInWhatReadsAsASentenceEnding() {
        List<Mention> m = extract("백악관에서 숀 스아이셔 대변인은 말했다."); // 스 + 아이 + 셔/VCP+EF to the analyzer
        assertMention(m, 6, 12, PERSON, "숀 스아이셔");
        assertMention(m, 13, 16, TITLE, "대변인");
    }

    @Test
    void aNameGlossedWithAnAgeIsAPersonEvenWhereItNamesAPlace() {
        List<Mention> m = extract("선수들은 김제덕(17·경북일고), 안산(20·광주여대)이었다. 안산에서 축제가 열렸다. 서울(3), 부산(2)에서 나왔다.");
        assertMention(m, 5, 8, PERSON, "김제덕");
        assertMention(m, 19, 21, PERSON, "안산");
        assertTrue(m.stream().noneMatch(x -> x.start() == 35 && x.type() == PERSON), "안산에서 is no person");
        assertNoMention(m, "서울", PERSON);
    }

    @Test
    void theDemocraticPartyBesideTheRepublicansIsTheAmericanOne() {
        List<Mention> us = extract("민주당의 버락 오바마 후보는 공화당의 미트 롬니 후보를 이겼다.");
        assertEquals("kg:party/us-democratic", assertMention(us, 0, 3, ORGANIZATION, "민주당").referenceId());
        List<Mention> kr = extract("민주당의 이재명 대표는 국민의힘을 비판했다.");
        assertEquals("kg:party/democratic", assertMention(kr, 0, 3, ORGANIZATION, "민주당").referenceId());
    }

    @Test
    void aMarketIsNoMayor() {
        List<Mention> m = extract("유튜브 시장은 빠르게 성장했다. 터키 시장에서 리라가 폭락했다. 대한민국 상용차 시장에 진출했다. "
                + "부산시 시장이 말했다.");
        assertNoMention(m, "유튜브 시장", PERSON);
        assertNoMention(m, "터키 시장", PERSON);
        assertNoMention(m, "대한민국 상용차 시장", PERSON);
        assertMention(m, 55, 61, PERSON, "부산시 시장"); // the unnamed mayor of a city is one
    }
}
