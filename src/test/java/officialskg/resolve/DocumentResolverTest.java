package officialskg.resolve;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.RuleBasedFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentResolverTest {

    private final DocumentResolver resolver = new DocumentResolver(RuleBasedFixture.GAZETTEER);

    private record Resolved(List<Mention> mentions, List<Entity> entities) {
        String entityOf(String mentionText, MentionType type) {
            for (Entity e : entities) {
                for (int i : e.mentions()) {
                    Mention m = mentions.get(i);
                    if (m.text().equals(mentionText) && m.type() == type) {
                        return e.id();
                    }
                }
            }
            throw new AssertionError("no entity for " + mentionText);
        }

        Map<String, Entity> byId() {
            return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        }
    }

    /** Resolves {@code text} with one event mention at the first place each name is written. */
    private Resolved resolveEvents(String text, String... names) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            mentions.add(new Mention(at, at + name.length(), name, MentionType.EVENT, "test", 0.8, null, null));
        }
        return new Resolved(mentions, resolver.resolve(text, mentions));
    }

    private Resolved resolve(String text) {
        List<Mention> mentions = RuleBasedFixture.extract(text);
        return new Resolved(mentions, resolver.resolve(text, mentions));
    }

    @Test
    void aliasesOfOneGazetteerEntryAreOneEntityWithTheCanonicalLabel() {
        Resolved r = resolve("서울시는 8일 계획을 밝혔다. 서울특별시는 이어 예산을 발표했다.");
        assertEquals("org/kostat-11", r.entityOf("서울시", MentionType.ORGANIZATION));
        assertEquals("org/kostat-11", r.entityOf("서울특별시", MentionType.ORGANIZATION));
        Entity seoul = r.byId().get("org/kostat-11");
        assertEquals("서울특별시", seoul.label());
        assertEquals("kostat:11", seoul.referenceId());
        assertEquals(2, seoul.mentions().size());
    }

    @Test
    void aKnownPersonHasTheEntrysFullNameAsIdHoweverTheArticleWritesIt() {
        // three articles, three spellings, one person: the id does not depend on which article came first
        assertEquals("person/도널드트럼프", resolve("트럼프 대통령은 8일 성명을 냈다.").entityOf("트럼프", MentionType.PERSON));
        assertEquals("person/도널드트럼프",
                resolve("도날드 트럼프 대통령이 방한했다.").entityOf("도날드 트럼프", MentionType.PERSON));
        assertEquals("person/도널드트럼프",
                resolve("도널드 트럼프 대통령이 방한했다.").entityOf("도널드 트럼프", MentionType.PERSON));
        // a short form after the full name, and one after a leader's post, are the person; written alone
        // after those, so is the same short form
        Resolved putin = resolve("블라디미르 푸틴 러시아 대통령이 말했다. 푸틴은 합병을 선언했다.");
        assertEquals("person/블라디미르푸틴", putin.entityOf("푸틴", MentionType.PERSON));
        String text = "아베 총리의 발언이 논란이 됐다. 아베는 사과하지 않았다.";
        List<Mention> mentions = new java.util.ArrayList<>(RuleBasedFixture.extract(text));
        int bare = text.indexOf("아베는");
        mentions.add(new Mention(bare, bare + 2, "아베", MentionType.PERSON, "tagger", 0.8, null, null));
        Resolved abe = new Resolved(mentions, resolver.resolve(text, mentions));
        assertEquals(2, abe.byId().get("person/아베신조").mentions().size(), abe.entities().toString());
    }

    @Test
    void surnameWithTitleJoinsTheOnlyFullNameWithThatSurnameAndRole() {
        Resolved r = resolve("오세훈 서울시장과 최태원 서울상공회의소 회장이 만났다. 오 시장은 최 회장에게 감사를 전했다.");
        assertEquals("person/오세훈", r.entityOf("오", MentionType.PERSON));
        assertEquals("person/최태원", r.entityOf("최", MentionType.PERSON));
        assertEquals("title/시장", r.entityOf("서울시장", MentionType.TITLE));
        assertEquals("시장", r.byId().get("title/시장").label());
        assertEquals("오세훈", r.byId().get("person/오세훈").label());
    }

    @Test
    void aSurnameWithTheLastPartOfThePostJoinsTheFullName() {
        // 정의용 (정의/NNG + 용/XSN to the analyzer) is still a name right before its post; 정 실장 is him
        Resolved r = resolve("정의용 안보실장이 보고를 받았다. 28일 정 실장은 한민구 국방장관과 오찬을 함께했다.");
        assertEquals("person/정의용", r.entityOf("정", MentionType.PERSON));
        assertEquals("person/한민구", r.entityOf("한민구", MentionType.PERSON));
        assertEquals("국방장관", r.mentions().stream().filter(m -> m.type() == MentionType.TITLE)
                .map(Mention::text).filter(t -> t.endsWith("장관")).findFirst().orElseThrow());
    }

    @Test
    void aDeputysPostIsNotThePostItEndsWith() {
        Resolved r = resolve("김철수 부시장이 말했다. 김 시장은 답하지 않았다.");
        assertNotEquals("person/김철수", r.entityOf("김", MentionType.PERSON));
    }

    @Test
    void aShortEventNameJoinsTheOneLongerNameItBeginsOrEnds() {
        String text = "김 위원장은 제7회 전국노병대회에 참석했다. 전국노병대회에는 노병들이 모였다. "
                + "2018년 FIFA 월드컵과 2022년 FIFA 월드컵의 유치를 두고 FIFA 월드컵 위원들이 투표했다.";
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : List.of("제7회 전국노병대회", "2018년 FIFA 월드컵", "2022년 FIFA 월드컵")) {
            int at = text.indexOf(name);
            mentions.add(new Mention(at, at + name.length(), name, MentionType.EVENT, "test", 0.8, null, null));
        }
        int shortForm = text.indexOf("전국노병대회에는");
        mentions.add(new Mention(shortForm, shortForm + 6, "전국노병대회", MentionType.EVENT, "test", 0.8, null, null));
        int fifa = text.indexOf("FIFA 월드컵 위원들");
        mentions.add(new Mention(fifa, fifa + 8, "FIFA 월드컵", MentionType.EVENT, "test", 0.8, null, null));
        Resolved r = new Resolved(mentions, resolver.resolve(text, mentions));
        assertEquals("event/제7회전국노병대회", r.entityOf("전국노병대회", MentionType.EVENT));
        assertEquals(2, r.byId().get("event/제7회전국노병대회").mentions().size());
        assertEquals("event/FIFA월드컵", r.entityOf("FIFA 월드컵", MentionType.EVENT), "two longer names: stays apart");
    }

    @Test
    void anEventWrittenWithAShortFormIsTheEventWrittenInFull() {
        String text = "조 바이든, 미국 대선에서 승리. 바이든 후보가 미국 대통령 선거에서 승리했다. 이날 포럼에는 오세훈 시장도 참석했다. "
                + "서울 이노베이션 포럼 2024가 열렸다. 서울 이노베이션 포럼은 사흘 열린다.";
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : List.of("미국 대선", "미국 대통령 선거", "포럼", "서울 이노베이션 포럼 2024", "서울 이노베이션 포럼은")) {
            int at = text.indexOf(name);
            String written = name.replace("은", "");
            mentions.add(new Mention(at, at + written.length(), written, MentionType.EVENT, "test", 0.8, null, null));
        }
        Resolved r = new Resolved(mentions, resolver.resolve(text, mentions));
        assertEquals(r.entityOf("미국 대통령 선거", MentionType.EVENT), r.entityOf("미국 대선", MentionType.EVENT));
        // 포럼 → 서울 이노베이션 포럼 → 서울 이노베이션 포럼 2024: joined on along the chain
        assertEquals("event/서울이노베이션포럼2024", r.entityOf("포럼", MentionType.EVENT));
    }

    @Test
    void anEventWrittenWithWordsLeftOutJoinsTheOneLongerNameHoldingThem() {
        String text = "파울은 2010년 FIFA 월드컵에서 유명해졌다. 2010년 월드컵에서는 모든 경기를 맞혔다. "
                + "대구 여고생 성폭행 사건 이후 대구 성폭행 사건은 잊혔다. 2018년 FIFA 월드컵과 2022년 FIFA 월드컵, FIFA 월드컵.";
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : List.of("2010년 FIFA 월드컵", "2010년 월드컵", "대구 여고생 성폭행 사건", "대구 성폭행 사건",
                "2018년 FIFA 월드컵", "2022년 FIFA 월드컵", "FIFA 월드컵.")) {
            int at = text.indexOf(name);
            String written = name.replace(".", "");
            mentions.add(new Mention(at, at + written.length(), written, MentionType.EVENT, "test", 0.8, null, null));
        }
        Resolved r = new Resolved(mentions, resolver.resolve(text, mentions));
        assertEquals("event/2010년FIFA월드컵", r.entityOf("2010년 월드컵", MentionType.EVENT));
        assertEquals("event/대구여고생성폭행사건", r.entityOf("대구 성폭행 사건", MentionType.EVENT));
        // FIFA 월드컵 is in 2010년, 2018년 and 2022년 FIFA 월드컵 alike: which one, the text does not say
        assertEquals("event/FIFA월드컵", r.entityOf("FIFA 월드컵", MentionType.EVENT));
    }

    @Test
    void aNameWithAWordLeftOutAndTwoWordsRunTogetherIsTheLongerOne() {
        String text = "스웨덴, 2014월드컵 유럽예선 무승부. 2014월드컵 유럽 지역 예선에서 비겼다.";
        Resolved r = resolveEvents(text, "2014월드컵 유럽예선", "2014월드컵 유럽 지역 예선");
        assertEquals("event/2014월드컵유럽지역예선", r.entityOf("2014월드컵 유럽예선", MentionType.EVENT));
    }

    @Test
    void anOccasionOfTheGamesIsNotTheGamesWrittenInFull() {
        String text = "도쿄올림픽 개막식이 열렸다. 안창림은 도쿄 올림픽에서 동메달을 땄다.";
        Resolved r = resolveEvents(text, "도쿄올림픽 개막식", "도쿄 올림픽");
        assertEquals("event/도쿄올림픽", r.entityOf("도쿄 올림픽", MentionType.EVENT));
    }

    @Test
    void aCountryActingInAMatchIsItsTeam() {
        String text = "스웨덴 축구 국가대표팀이 비겼다. 스웨덴은 골을 내줬다. 스웨덴에서는 환호했다.";
        List<Mention> mentions = new java.util.ArrayList<>();
        mentions.add(new Mention(0, 12, "스웨덴 축구 국가대표팀", MentionType.ORGANIZATION, "test", 0.8, null, null));
        int second = text.indexOf("스웨덴은");
        mentions.add(new Mention(second, second + 3, "스웨덴", MentionType.ORGANIZATION, "test", 0.8, null, null));
        int third = text.indexOf("스웨덴에서");
        mentions.add(new Mention(third, third + 3, "스웨덴", MentionType.PLACE, "test", 0.8, null, null));
        Resolved r = new Resolved(mentions, resolver.resolve(text, mentions));
        assertEquals("org/스웨덴축구국가대표팀", r.entityOf("스웨덴", MentionType.ORGANIZATION));
        assertEquals("place/스웨덴", r.entityOf("스웨덴", MentionType.PLACE), "the country as a place stays the place");
    }

    @Test
    void anAmbiguousSurnameStaysApart() {
        Resolved r = resolve("이재명 더불어민주당 대표와 이준석 개혁신당 대표가 만났다. 이 대표는 웃었다.");
        assertEquals("person/이", r.entityOf("이", MentionType.PERSON));
        assertNotEquals(r.entityOf("이재명", MentionType.PERSON), r.entityOf("이준석", MentionType.PERSON));
    }

    @Test
    void unnamedPostHolderIsKnownByOrganizationAndRole() {
        Resolved r = resolve("오 시장은 MLB 국제사업총괄 부사장을 만난다. MLB 국제사업총괄 부사장과 논의한다.");
        assertEquals("person/MLB-부사장", r.entityOf("MLB 국제사업총괄 부사장", MentionType.PERSON));
        assertEquals(2, r.byId().get("person/MLB-부사장").mentions().size());
        assertEquals("org/kg-intl-mlb", r.entityOf("MLB", MentionType.ORGANIZATION));
    }

    @Test
    void foreignSurnameAloneJoinsTheFullName() {
        Resolved r = resolve("조 바이든 미국 대통령이 도착했다. 바이든 대통령은 연설했다.");
        assertEquals("person/조바이든", r.entityOf("바이든", MentionType.PERSON));
        assertEquals("조 바이든", r.byId().get("person/조바이든").label());
    }

    @Test
    void idsAreDeterministicAndEveryMentionBelongsToExactlyOneEntity() {
        String text = "박형준 부산시장은 부산시청에서 발표했다. 박 시장은 부산시민을 만났다.";
        Resolved a = resolve(text);
        Resolved b = resolve(text);
        assertEquals(a.entities(), b.entities());
        int covered = a.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        assertEquals(a.mentions().size(), covered);
        assertTrue(a.entities().stream().allMatch(e -> !e.mentions().isEmpty()));
    }
}
