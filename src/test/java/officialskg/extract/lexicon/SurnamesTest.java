package officialskg.extract.lexicon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurnamesTest {

    /**
     * The surnames the committed tagger model was trained with (its surname feature): changing the {@code tagger}
     * marks of surnames.tsv changes the model's input, so it takes a retrain and a deliberate change here.
     */
    private static final String TAGGER_SURNAMES = "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우"
            + "구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목"
            + "형피두감음빈동온호범좌팽승간상갈단견당";

    @Test
    void theTaggerSeesExactlyTheSurnamesItsModelWasTrainedWith() {
        for (int c = '가'; c <= '힣'; c++) {
            assertEquals(TAGGER_SURNAMES.indexOf(c) >= 0, Surnames.isTaggerSurname(c), String.valueOf((char) c));
        }
        assertFalse(Surnames.isTaggerSurname(-1), "a sentinel before the text is no surname");
    }

    @Test
    void twoSyllableSurnamesComeFirstAndEverySurnameStartsAName() {
        assertEquals(2, Surnames.length("남궁민수".codePoints().toArray(), 0, 4));
        assertEquals(1, Surnames.length("김철수".codePoints().toArray(), 0, 3));
        assertEquals(1, Surnames.length("가수".codePoints().toArray(), 0, 2), "가 is a surname");
        assertEquals(0, Surnames.length("그는".codePoints().toArray(), 0, 2));
        assertEquals(0, Surnames.length("김".codePoints().toArray(), 1, 1));
    }

    @Test
    void onlyFrequentSurnamesAreCommon() {
        assertTrue(Surnames.isCommon('김'));
        assertTrue(Surnames.isCommon('나'));
        assertFalse(Surnames.isCommon('가'));
        assertFalse(Surnames.isCommon('어'));
    }
}
