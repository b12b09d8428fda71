package officialskg.extract.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordListsTest {

    @Test
    void linesAreStrippedWithoutBlanksAndCommentsInFileOrder() {
        assertEquals(List.of("서울", "부산\t광역시", "서울"), WordLists.lines(WordListsTest.class, "sample-words.txt"));
        assertEquals(Set.of("서울", "부산\t광역시"), WordLists.set(WordListsTest.class, "sample-words.txt"));
    }

    @Test
    void rowsAreSplitAtTabsAndCheckedForTheirWidth() {
        assertEquals(List.of(List.of("서울"), List.of("부산", "광역시"), List.of("서울")),
                WordLists.rows(WordListsTest.class, "sample-words.txt", 1, 2));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.rows(WordListsTest.class, "sample-words.txt", 2, 2));
        assertEquals("officialskg/extract/lexicon/sample-words.txt: expected 2 tab-separated fields: 서울",
                e.getMessage());
    }

    @Test
    void aMissingListNamesItsPathAndOwner() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.lines(WordListsTest.class, "no-such-list.txt"));
        assertTrue(e.getMessage().contains("officialskg/extract/lexicon/no-such-list.txt beside "
                + WordListsTest.class.getName()), e.getMessage());
    }
}
