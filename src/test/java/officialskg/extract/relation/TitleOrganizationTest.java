package officialskg.extract.relation;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleOrganizationTest {

    private final TitleOrganization titles = new TitleOrganization();

    private Optional<TitleOrganization.Split> split(String title) {
        return titles.split(title);
    }

    private static Optional<TitleOrganization.Split> of(String organization, String role) {
        return Optional.of(new TitleOrganization.Split(organization, role));
    }

    @Test
    void localGovernmentHeadsKeepTheGenericRole() {
        assertEquals(of("서울시", "시장"), split("서울시장"));
        assertEquals(of("부산시", "시장"), split("부산시장"));
        assertEquals(of("서울특별시", "시장"), split("서울특별시장"));
        assertEquals(of("경기도", "도지사"), split("경기도지사"));
        assertEquals(of("전라남도", "도지사"), split("전라남도지사"));
        assertEquals(of("양평군", "군수"), split("양평군수"));
        assertEquals(of("강남구", "구청장"), split("강남구청장"));
        assertEquals(of("서울시교육청", "교육감"), split("서울시교육감"));
    }

    @Test
    void headsNamedAfterTheirBodyKeepTheWholeTitle() {
        // 감사원장 is the head of 감사원; "원장" alone would name no office
        assertEquals(of("감사원", "감사원장"), split("감사원장"));
        assertEquals(of("경찰청", "경찰청장"), split("경찰청장"));
        assertEquals(of("금융위원회", "금융위원장"), split("금융위원장"));
    }

    @Test
    void postsWrittenTogetherWithTheirBody() {
        assertEquals(of("국방부", "장관"), split("국방부장관"));
        assertEquals(of("국회", "부의장"), split("국회부의장"));
    }

    @Test
    void titlesWithoutABodyAreNotSplit() {
        assertEquals(Optional.empty(), split("시장"));
        assertEquals(Optional.empty(), split("부사장"));
        assertEquals(Optional.empty(), split("회장"));
        assertEquals(Optional.empty(), split("국방부 장관"), "two words: the body is a mention of its own");
        assertEquals(Optional.empty(), split("싱어송라이터"));
    }
}
