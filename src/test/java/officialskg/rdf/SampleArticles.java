package officialskg.rdf;

import officialskg.article.Article;
import officialskg.article.PublishedAt;
import officialskg.article.TextSpan;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.resolve.Analysis;
import officialskg.resolve.Entity;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composed articles with hand-made analyses, for the rdf and store tests. Mentions are placed by searching their
 * surface in the analyzed text, so the offsets are the real code-point offsets of that text.
 */
public final class SampleArticles {

    public static final String CES_ID = "etoday-ces-2024";
    public static final String CES_TITLE = "오세훈 시장, CES 2024 참관";
    /** The body holds an emoji (two UTF-16 units, one code point) before 최태원. */
    public static final String CES_BODY = "오세훈 서울시장이 9일(현지시간) 미국 라스베이거스에서 열린 CES 2024를 찾았다 🚀\n\n"
            + "최태원 대한상공회의소 회장과 함께 서울관을 둘러봤다.";

    public static final String CABINET_ID = "wikinews-1234";
    public static final String CABINET_BODY = "이명박 대통령은 20일 청와대에서 국무회의를 주재했다.";

    public static final String FORUM_ID = "forum-2024";
    public static final String FORUM_BODY = "서울시는 20일 코엑스에서 서울 이노베이션 포럼 2024를 열었다.\n\n사진은 개막식 모습.";

    private SampleArticles() {
    }

    /** Seoul mayor at CES: time of day known, publisher, subtitles, two paragraphs; analyzed as title + body. */
    public static Article ces() {
        int second = CES_BODY.codePointCount(0, CES_BODY.indexOf("최태원"));
        int length = CES_BODY.codePointCount(0, CES_BODY.length());
        return new Article(CES_ID, CES_TITLE, List.of("서울 혁신기업 부스 방문", "최태원 회장과 만나"),
                Optional.of(PublishedAt.ofDateTime(ZonedDateTime.parse("2024-01-08T11:15:00+09:00[Asia/Seoul]"))),
                "이투데이", "https://www.etoday.co.kr/news/view/2318350", CES_BODY,
                List.of(new TextSpan(0, second - 2, TextSpan.Kind.PARAGRAPH),
                        new TextSpan(second, length, TextSpan.Kind.PARAGRAPH)),
                "seed/ces.txt");
    }

    public static Analysis cesAnalysis() {
        var m = new Mentions(CES_TITLE + "\n\n" + CES_BODY);
        int mayorTitle = m.add("오세훈", 1, MentionType.PERSON, null, null);      // 0
        int mayorBody = m.add("오세훈", 2, MentionType.PERSON, null, null);       // 1
        int mayor = m.add("시장", 2, MentionType.TITLE, "시장", null);            // 2 (in 서울시장)
        int day = m.add("9일", 1, MentionType.DATE, "2024-01-09", null);          // 3
        int vegas = m.add("라스베이거스", 1, MentionType.PLACE, null, "wd:Q23768"); // 4
        int ces1 = m.add("CES 2024", 1, MentionType.EVENT, null, null);          // 5
        int ces2 = m.add("CES 2024", 2, MentionType.EVENT, null, null);          // 6
        int chey = m.add("최태원", 1, MentionType.PERSON, null, null);            // 7 (after the emoji)
        int chamber = m.add("대한상공회의소", 1, MentionType.ORGANIZATION, null, null); // 8
        int chair = m.add("회장", 1, MentionType.TITLE, "회장", null);            // 9
        List<Entity> entities = List.of(
                new Entity("person/오세훈", MentionType.PERSON, "오세훈", List.of(mayorTitle, mayorBody), null),
                new Entity("title/시장", MentionType.TITLE, "시장", List.of(mayor), null),
                new Entity("date/2024-01-09", MentionType.DATE, "9일", List.of(day), null),
                new Entity("place/라스베이거스", MentionType.PLACE, "라스베이거스", List.of(vegas), "wd:Q23768"),
                new Entity("event/CES 2024", MentionType.EVENT, "CES 2024", List.of(ces1, ces2), null),
                new Entity("person/최태원", MentionType.PERSON, "최태원", List.of(chey), null),
                new Entity("org/대한상공회의소", MentionType.ORGANIZATION, "대한상공회의소", List.of(chamber), null),
                new Entity("title/회장", MentionType.TITLE, "회장", List.of(chair), null));
        int firstSentenceStart = m.offset("오세훈", 2);
        int firstSentenceEnd = m.offset("🚀", 1) + 1;
        List<Relation> relations = List.of(
                new Relation(RelationType.HOLDS_POSITION, Map.of("holder", mayorBody, "title", mayor), "current",
                        0.9, firstSentenceStart, firstSentenceEnd),
                new Relation(RelationType.HOLDS_POSITION,
                        Map.of("holder", chey, "title", chair, "organization", chamber), "current", 0.8, 0, 0),
                new Relation(RelationType.VISITS, Map.of("visitor", mayorBody, "place", vegas), null, 0.7,
                        firstSentenceStart, firstSentenceEnd));
        return new Analysis(m.text, m.list, entities, relations);
    }

    /** A Wikinews-like article: date only, no publisher, a Korean URL, no title in the analyzed text. */
    public static Article cabinet() {
        return new Article(CABINET_ID, "이명박 대통령, 국무회의 주재", List.of(),
                Optional.of(PublishedAt.ofDate(LocalDate.parse("2009-01-20"), PublishedAt.KOREA)), "",
                "https://ko.wikinews.org/wiki/이명박_대통령_국무회의_주재", CABINET_BODY,
                List.of(new TextSpan(0, CABINET_BODY.codePointCount(0, CABINET_BODY.length()), TextSpan.Kind.PARAGRAPH)),
                "wikinews-ko.jsonl:17");
    }

    public static Analysis cabinetAnalysis() {
        var m = new Mentions(CABINET_BODY);
        int lee = m.add("이명박", 1, MentionType.PERSON, null, null);
        int president = m.add("대통령", 1, MentionType.TITLE, "대통령", null);
        int bluehouse = m.add("청와대", 1, MentionType.PLACE, null, null);
        return new Analysis(m.text, m.list, List.of(
                new Entity("person/이명박", MentionType.PERSON, "이명박", List.of(lee), null),
                new Entity("title/대통령", MentionType.TITLE, "대통령", List.of(president), null),
                new Entity("place/청와대", MentionType.PLACE, "청와대", List.of(bluehouse), null)), List.of());
    }

    /** Late evening, Seoul time: the calendar day is the 20th whatever the UTC day is. With a caption. */
    public static Article forum() {
        int caption = FORUM_BODY.codePointCount(0, FORUM_BODY.indexOf("사진"));
        return new Article(FORUM_ID, "서울 이노베이션 포럼 2024 개막", List.of(),
                Optional.of(PublishedAt.ofDateTime(ZonedDateTime.parse("2024-03-20T23:30:00+09:00[Asia/Seoul]"))),
                "연합뉴스", "not a url", FORUM_BODY,
                List.of(new TextSpan(0, caption - 2, TextSpan.Kind.PARAGRAPH),
                        new TextSpan(caption, FORUM_BODY.codePointCount(0, FORUM_BODY.length()), TextSpan.Kind.CAPTION)),
                "forum.html");
    }

    public static Analysis forumAnalysis() {
        var m = new Mentions(FORUM_BODY);
        int seoul = m.add("서울시", 1, MentionType.ORGANIZATION, null, "kostat:11");
        int coex = m.add("코엑스", 1, MentionType.PLACE, null, null);
        int forum = m.add("서울 이노베이션 포럼 2024", 1, MentionType.EVENT, null, null);
        return new Analysis(m.text, m.list, List.of(
                new Entity("org/서울특별시", MentionType.ORGANIZATION, "서울특별시", List.of(seoul), "kostat:11"),
                new Entity("place/코엑스", MentionType.PLACE, "코엑스", List.of(coex), null),
                new Entity("event/서울 이노베이션 포럼 2024", MentionType.EVENT, "서울 이노베이션 포럼 2024",
                        List.of(forum), null)),
                List.of(new Relation(RelationType.ORGANIZES, Map.of("organizer", seoul, "event", forum), null, 0.6,
                        0, FORUM_BODY.codePointCount(0, FORUM_BODY.indexOf("\n")))));
    }

    /** Collects mentions found by surface and occurrence, with code-point offsets. */
    private static final class Mentions {
        final String text;
        final List<Mention> list = new ArrayList<>();

        Mentions(String text) {
            this.text = text;
        }

        int add(String surface, int occurrence, MentionType type, String normalized, String referenceId) {
            int start = offset(surface, occurrence);
            list.add(new Mention(start, start + surface.codePointCount(0, surface.length()), surface, type, "test",
                    0.95, normalized, referenceId));
            return list.size() - 1;
        }

        /** Code-point offset of the n-th (1-based) occurrence of {@code surface}. */
        int offset(String surface, int occurrence) {
            int index = -1;
            for (int i = 0; i < occurrence; i++) {
                index = text.indexOf(surface, index + 1);
                if (index < 0) {
                    throw new IllegalArgumentException(surface + " occurs fewer than " + occurrence + " times");
                }
            }
            return text.codePointCount(0, index);
        }
    }
}
