package officialskg.extract.tagger;

import officialskg.extract.eval.KlueSentence;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggerTrainingTest {

    private static final String NER = """
            {"id": "t-001", "text": "오세훈 서울시장은 8일 대한상공회의소를 방문했다.", "entities": [{"start": 0, "end": 3, "type": "PS", "text": "오세훈"}, {"start": 4, "end": 6, "type": "LC", "text": "서울"}, {"start": 10, "end": 12, "type": "DT", "text": "8일"}, {"start": 13, "end": 20, "type": "OG", "text": "대한상공회의소"}]}
            {"id": "t-002", "text": "최태원 SK그룹 회장이 부산을 찾았다.", "entities": [{"start": 0, "end": 3, "type": "PS", "text": "최태원"}, {"start": 4, "end": 8, "type": "OG", "text": "SK그룹"}, {"start": 13, "end": 15, "type": "LC", "text": "부산"}]}
            {"id": "t-003", "text": "🎉 관객 175만명이 영화를 봤다.", "entities": [{"start": 5, "end": 10, "type": "QT", "text": "175만명"}]}
            {"id": "t-004", "text": "더불어민주당 이재명 대표는 국회에서 기자회견을 열었다.", "entities": [{"start": 0, "end": 6, "type": "OG", "text": "더불어민주당"}, {"start": 7, "end": 10, "type": "PS", "text": "이재명"}, {"start": 15, "end": 17, "type": "OG", "text": "국회"}]}
            """;

    /** A quoted sentence with a comma and a line break; the date object is not used as a label. */
    private static final String RE = """
            train_row_id,sentence,subject_entity,object_entity,label
            1,"윤석열 대통령은, 용산에서
            기시다 총리를 만났다.","{'word': '윤석열', 'start_idx': 0, 'end_idx': 2, 'type': 'PER'}","{'word': '용산', 'start_idx': 10, 'end_idx': 11, 'type': 'LOC'}",per:place
            2,삼성전자는 1969년 설립되었다.,"{'word': '삼성전자', 'start_idx': 0, 'end_idx': 3, 'type': 'ORG'}","{'word': '1969', 'start_idx': 6, 'end_idx': 9, 'type': 'DAT'}",org:founded
            """;

    @Test
    void trainingTwiceGivesByteIdenticalModels(@TempDir Path dir) throws IOException {
        Path ner = Files.writeString(dir.resolve("ner.jsonl"), NER);
        Path re = Files.writeString(dir.resolve("re.csv"), RE);
        Path first = dir.resolve("a/model.bin.gz");
        Path second = dir.resolve("b/model.bin.gz");
        var log = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        TaggerTraining.Summary summary = TaggerTraining.train(options(List.of(ner, re), first), new NoriKoreanAnalyzer(), log);
        TaggerTraining.train(options(List.of(ner, re), second), new NoriKoreanAnalyzer(), log);
        assertEquals(-1, Files.mismatch(first, second), "models differ");
        assertEquals(2, summary.partialSentences());
        assertEquals(4, summary.fullSentences() + (summary.heldOut().isPresent() ? summary.heldOut().get().sentences() : 0));
        SequenceTagger.load(first); // the written model loads
    }

    private static TaggerTraining.Options options(List<Path> data, Path model) {
        return new TaggerTraining.Options(data, model, 3, 7L, 0.25, 0.5f, Set.of("PS", "OG", "LC"), true, 2, 1, 0);
    }

    @Test
    void readsKlueReWithQuotedCommasAndLineBreaks(@TempDir Path dir) throws IOException {
        List<KlueSentence> sentences = KlueReFile.read(Files.writeString(dir.resolve("re.csv"), RE));
        assertEquals(2, sentences.size());
        KlueSentence first = sentences.get(0);
        assertEquals("윤석열 대통령은, 용산에서\n기시다 총리를 만났다.", first.text());
        assertEquals(2, first.entities().size());
        assertEquals("용산", first.entities().get(1).text());
        assertEquals(10, first.entities().get(1).start());
        assertEquals(12, first.entities().get(1).end());
        assertEquals(1, sentences.get(1).entities().size()); // the DAT object is dropped
    }

    @Test
    void parsesPythonDictLiteralsWithEitherQuote() {
        assertEquals(Map.of("word", "it's", "start_idx", "3", "type", "ORG"),
                PythonDictLiteral.parse("{'word': \"it's\", 'start_idx': 3, 'type': 'ORG'}"));
        assertEquals(Map.of("word", "a'b"), PythonDictLiteral.parse("{'word': 'a\\'b'}"));
        assertThrows(IllegalArgumentException.class, () -> PythonDictLiteral.parse("{'word' 'x'}"));
    }

    @Test
    void csvKeepsDoubledQuotesAndEmptyFields() throws IOException {
        List<CsvRecords.Row> rows = CsvRecords.read(new StringReader("a,\"b \"\"c\"\"\",,d\r\nx,y"));
        assertEquals(List.of("a", "b \"c\"", "", "d"), rows.get(0).fields());
        assertEquals(List.of("x", "y"), rows.get(1).fields());
    }

    @Test
    void aBadReRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), """
                sentence,subject_entity,object_entity
                서울,"{'word': '부산', 'start_idx': 0, 'end_idx': 1, 'type': 'LOC'}","{'word': '서울', 'start_idx': 0, 'end_idx': 1, 'type': 'LOC'}"
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KlueReFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }
}
