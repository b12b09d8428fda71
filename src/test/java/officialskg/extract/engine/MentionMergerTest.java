package officialskg.extract.engine;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static officialskg.extract.MentionType.EVENT;
import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.PLACE;
import static officialskg.extract.MentionType.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each rule of the {@link MentionMerger} policy, on spans of real Korean text. */
class MentionMergerTest {

    // "MLB 국제사업총괄 부사장과 서울 AI 허브" — code points: MLB 0-3, 국제사업총괄 4-10, 부사장 11-14, 서울 16-18
    private static final String TEXT = "MLB 국제사업총괄 부사장과 서울 AI 허브";
    private final MentionMerger merger = new MentionMerger();

    private static Mention m(int start, int end, MentionType type, String extractor, double confidence) {
        return m(start, end, type, extractor, confidence, null, null);
    }

    private static Mention m(int start, int end, MentionType type, String extractor, double confidence,
                             String normalized, String reference) {
        String text = TEXT.substring(TEXT.offsetByCodePoints(0, start), TEXT.offsetByCodePoints(0, end));
        return new Mention(start, end, text, type, extractor, confidence, normalized, reference);
    }

    @Test
    void exactDuplicatesMergeKeepingTheBestValuesAndEveryExtractor() {
        List<Mention> out = merger.merge(List.of(
                m(0, 3, ORGANIZATION, "pattern-org", 0.7),
                m(0, 3, ORGANIZATION, "gazetteer", 0.9, null, "kg:intl/mlb"),
                m(0, 3, ORGANIZATION, "tagger", 0.95, "MLB", null)));
        assertEquals(1, out.size());
        Mention merged = out.get(0);
        assertEquals(0.95, merged.confidence());
        assertEquals("MLB", merged.normalized());
        assertEquals("kg:intl/mlb", merged.referenceId());
        assertEquals("gazetteer+pattern-org+tagger", merged.extractor());
    }

    @Test
    void anEventNameStartingInsideAPersonsNameStartsAfterIt() {
        String text = "조 바이든 미국 대선 후보";
        List<Mention> out = merger.merge(List.of(
                new Mention(0, 5, "조 바이든", PERSON, "tagger", 0.8, null, null),
                new Mention(2, 11, "바이든 미국 대선", EVENT, "event", 0.8, null, null)));
        assertEquals(List.of("0-5 조 바이든", "6-11 미국 대선"),
                out.stream().map(m -> m.start() + "-" + m.end() + " " + m.text()).toList(), text);
    }

    @Test
    void theLongestOverlappingSpanWins() {
        List<Mention> out = merger.merge(List.of(
                m(16, 18, PLACE, "gazetteer", 0.9),
                m(16, 24, ORGANIZATION, "pattern-org", 0.65)));
        assertEquals(List.of("서울 AI 허브"), out.stream().map(Mention::text).toList());
    }

    @Test
    void atEqualLengthTheMoreConfidentWins() {
        List<Mention> out = merger.merge(List.of(
                m(16, 18, ORGANIZATION, "tagger", 0.6),
                m(16, 18, PLACE, "tagger", 0.8)));
        assertEquals(List.of(PLACE), out.stream().map(Mention::type).toList());
    }

    @Test
    void atEqualLengthAndConfidenceTheExtractorPriorityDecides() {
        List<Mention> out = merger.merge(List.of(
                m(16, 18, ORGANIZATION, "tagger", 0.8),
                m(16, 18, PERSON, "other", 0.8),
                m(16, 18, PLACE, "gazetteer", 0.8)));
        assertEquals(List.of(PLACE), out.stream().map(Mention::type).toList());
        List<Mention> second = merger.merge(List.of(
                m(17, 19, ORGANIZATION, "pattern-org", 0.8),
                m(16, 18, TITLE, "title", 0.8)));
        assertEquals(List.of(TITLE), second.stream().map(Mention::type).toList());
    }

    @Test
    void titleAndOrganizationNestInsideAnUnnamedPersonAndOrganizationInsideATitle() {
        List<Mention> out = merger.merge(List.of(
                m(11, 14, TITLE, "title", 0.8, "부사장", null),
                m(0, 14, PERSON, "title", 0.5),
                m(0, 3, ORGANIZATION, "gazetteer", 0.9),
                m(4, 10, TITLE, "title", 0.8, "총괄", null),
                m(4, 6, ORGANIZATION, "pattern-org", 0.7)));
        assertEquals(List.of("MLB 국제사업총괄 부사장/Person", "MLB/Organization", "국제사업총괄/Title", "국제/Organization",
                        "부사장/Title"),
                out.stream().map(x -> x.text() + "/" + x.type().label()).toList());
    }

    @Test
    void nothingElseNests() {
        List<Mention> out = merger.merge(List.of(
                m(0, 14, EVENT, "events", 0.8),
                m(0, 3, ORGANIZATION, "gazetteer", 0.9),
                m(16, 24, ORGANIZATION, "pattern-org", 0.65),
                m(16, 18, PERSON, "tagger", 0.9)));
        assertEquals(List.of("MLB 국제사업총괄 부사장/Event", "서울 AI 허브/Organization"),
                out.stream().map(x -> x.text() + "/" + x.type().label()).toList());
    }

    @Test
    void partialOverlapsNeverSurviveAndTheResultIsSortedByStart() {
        List<Mention> out = merger.merge(List.of(
                m(16, 24, ORGANIZATION, "pattern-org", 0.65),
                m(11, 18, PERSON, "tagger", 0.9),
                m(0, 3, ORGANIZATION, "gazetteer", 0.9)));
        assertEquals(List.of(0, 16), out.stream().map(Mention::start).toList());
    }

    // "주한 네덜란드 대사와 엑스코 대표" — code points: 네덜란드 3-7, 대사 8-10, 엑스코 12-15, 대표 16-18
    private static final String ENVOY = "주한 네덜란드 대사와 엑스코 대표";

    private static Mention e(int start, int end, MentionType type, String extractor, double confidence,
                             String reference) {
        String text = ENVOY.substring(ENVOY.offsetByCodePoints(0, start), ENVOY.offsetByCodePoints(0, end));
        return new Mention(start, end, text, type, extractor, confidence, null, reference);
    }

    @Test
    void aPolityIdIsCarriedToTheSameSpanKeptAsOrganization() {
        // The gazetteer's Place may not nest in the unnamed holder; the tagger's Organization of the same span may.
        List<Mention> out = merger.merge(List.of(
                e(3, 10, PERSON, "title", 0.5, null),
                e(8, 10, TITLE, "title", 0.8, null),
                e(3, 7, PLACE, "gazetteer", 0.9, "kg:country/nl"),
                e(3, 7, ORGANIZATION, "tagger", 0.39, null)));
        assertEquals(List.of("네덜란드 대사/Person/null/title", "네덜란드/Organization/kg:country/nl/gazetteer+tagger",
                        "대사/Title/null/title"),
                out.stream().map(x -> x.text() + "/" + x.type().label() + "/" + x.referenceId() + "/" + x.extractor())
                        .toList());
        assertEquals(0.39, out.get(1).confidence(), "the kept mention keeps its own confidence");
    }

    @Test
    void aNonPolityIdKeepsItsOwnTypeAndAKeptIdIsNeverReplaced() {
        List<Mention> venue = merger.merge(List.of(
                e(12, 18, PERSON, "title", 0.5, null),
                e(16, 18, TITLE, "title", 0.8, null),
                e(12, 15, PLACE, "gazetteer", 0.9, "kg:venue/exco"),
                e(12, 15, ORGANIZATION, "tagger", 0.6, null)));
        assertEquals(List.of("엑스코 대표/Person/null", "엑스코/Organization/null", "대표/Title/null"),
                venue.stream().map(x -> x.text() + "/" + x.type().label() + "/" + x.referenceId()).toList(),
                "a venue is not the company that runs it");
        List<Mention> company = merger.merge(List.of(
                e(12, 15, PERSON, "tagger", 0.95, null),
                e(12, 15, ORGANIZATION, "gazetteer", 0.9, "kostat:22")));
        assertEquals(List.of("엑스코/Person/null"),
                company.stream().map(x -> x.text() + "/" + x.type().label() + "/" + x.referenceId()).toList(),
                "a Person never takes a polity's id");
        List<Mention> referenced = merger.merge(List.of(
                e(3, 10, PERSON, "title", 0.5, null),
                e(3, 7, PLACE, "gazetteer", 0.9, "kg:country/nl"),
                e(3, 7, ORGANIZATION, "pattern-org", 0.7, "kg:intl/example")));
        assertEquals("kg:intl/example", referenced.get(1).referenceId(), "a kept id stays");
    }

    @Test
    void theFirstOfJoinedExtractorNamesDecidesThePriority() {
        assertEquals(0, MentionMerger.priority("gazetteer+tagger"));
        assertEquals(3, MentionMerger.priority("tagger+gazetteer"), "a later name does not lift the priority");
        assertEquals(2, MentionMerger.priority("pattern-org+title"));
        assertEquals(4, MentionMerger.priority("event+gazetteer"), "an unranked first name ranks last");
    }
}
