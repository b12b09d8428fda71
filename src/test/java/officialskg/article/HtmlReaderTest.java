package officialskg.article;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML shapes beyond the composed page: no article element, {@code <br>}-separated text, other date sources. */
class HtmlReaderTest {

    private static Article read(String html) {
        Outcomes outcomes = Outcomes.read("page.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                InputFormat.HTML);
        assertEquals(List.of(), outcomes.messages());
        return outcomes.articles().getFirst();
    }

    @Test
    void densestBlockWithBrSeparatedTextAndJsonLdDate() {
        Article a = read("""
                <html><head><title>국토부, 철도 지하화 선도사업 선정 - 예시경제</title>
                <script type="application/ld+json">[{"@type":"WebPage"},{"@graph":[{"@type":"NewsArticle",
                "datePublished":"2024-12-19T15:00:00+09:00"}]}]</script></head>
                <body>
                <div class="menu"><a href="/">홈</a> <a href="/a">정치</a> <a href="/b">경제</a> <a href="/c">사회</a></div>
                <div class="txt_area">
                국토교통부는 19일 부산, 대전, 안산 등 3곳을 철도 지하화 선도사업 대상지로 선정했다고 밝혔다.<br><br>
                선정된 지역은 내년부터 기본계획 수립에 들어가며 2027년 착공을 목표로 한다.<br><br>
                국토교통부 장관은 "철도로 단절된 도시를 다시 잇겠다"고 말했다.
                </div>
                <div class="side"><h4>많이 본 뉴스</h4><ul><li>서울 집값 3주째 보합</li><li>코스피 2500선 붕괴</li></ul></div>
                </body></html>
                """);
        assertEquals("국토부, 철도 지하화 선도사업 선정 - 예시경제", a.title());
        assertEquals("2024-12-19T15:00+09:00", a.published().orElseThrow().dateTime().toString());
        assertEquals(List.of(
                "국토교통부는 19일 부산, 대전, 안산 등 3곳을 철도 지하화 선도사업 대상지로 선정했다고 밝혔다.",
                "선정된 지역은 내년부터 기본계획 수립에 들어가며 2027년 착공을 목표로 한다.",
                "국토교통부 장관은 \"철도로 단절된 도시를 다시 잇겠다\"고 말했다."), Outcomes.texts(a, a.paragraphs()));
        assertTrue(a.id().startsWith("h-"), "no file name, no URL: a content hash id");
    }

    @Test
    void headlineFromH1AndLocalTimeFromTimeElementIsSeoulTime() {
        Article a = read("""
                <html><body><h1>부산시, 2025 세계도시정상회의 유치</h1>
                <p class="date"><time datetime="2024-11-28T10:20">2024.11.28 10:20</time></p>
                <div class="article_body">
                <p>부산시는 28일 세계도시정상회의 집행위원회에서 2025년 총회 개최지로 확정됐다고 밝혔다.</p>
                <p>박형준 부산시장은 &ldquo;글로벌 허브도시로 가는 발판&rdquo;이라고 말했다.</p>
                <p>예시일보 홍길동 기자 hong@example.kr</p>
                </div></body></html>
                """);
        assertEquals("부산시, 2025 세계도시정상회의 유치", a.title());
        assertEquals("2024-11-28T10:20+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals(List.of("부산시는 28일 세계도시정상회의 집행위원회에서 2025년 총회 개최지로 확정됐다고 밝혔다.",
                "박형준 부산시장은 “글로벌 허브도시로 가는 발판”이라고 말했다."), Outcomes.texts(a, a.paragraphs()));
        assertEquals("", a.url());
    }

    @Test
    void pubdateMetaAndOutletFromTheCanonicalUrlHost() {
        Article a = read("""
                <html><head><meta name="pubdate" content="2024-05-02 08:45:00">
                <link rel="canonical" href="https://www.yna.co.kr/view/AKR20240502000100001"></head>
                <body><article><h1>대한상의, 中企 수출 지원 협약</h1>
                <p>대한상공회의소는 2일 중소벤처기업부와 중소기업 수출 지원 협약을 맺었다고 밝혔다.</p></article></body></html>
                """);
        assertEquals("2024-05-02T08:45+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("https://www.yna.co.kr/view/AKR20240502000100001", a.url());
        assertEquals("연합뉴스", a.publisher());
        assertEquals(List.of("대한상공회의소는 2일 중소벤처기업부와 중소기업 수출 지원 협약을 맺었다고 밝혔다."),
                Outcomes.texts(a, a.paragraphs()));
        assertTrue(a.id().startsWith("u-"), "no file name: the id comes from the URL");
    }
}
