package officialskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kg train tagger}'s options (parsed by hand in TaggerTraining's {@code main} before): listed with their
 * defaults, and checked before any training.
 */
class TrainTaggerCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainTaggerListsEveryTrainingOptionWithItsDefault() {
        KgRun run = KgRun.of("train", "tagger", "--help");
        assertEquals(0, run.exitCode(), run.toString());
        for (String option : List.of("--epochs", "--seed", "--holdout-fraction", "--partial-weight", "--partial-types",
                "--partial-fill", "--lexicon-folds", "--min-count", "--keep-features", "--errors", "--out")) {
            assertTrue(run.out().contains(option), option + "\n" + run);
        }
        assertTrue(run.out().contains("(default: 0.2)"), run.toString());
        assertTrue(run.out().contains("(default: 20261125)"), run.toString());
        assertTrue(run.out().contains("(default: PS,OG,LC)"), run.toString());
    }

    @Test
    void trainTaggerRefusesBadOptionsBeforeTraining() throws Exception {
        Path data = Files.writeString(dir.resolve("ner.jsonl"), "");
        Path model = dir.resolve("model.bin.gz");
        KgRun fill = KgRun.of("train", "tagger", "--partial-fill", "greedy", "-o", model.toString(), data.toString());
        assertEquals(ExitCodes.USER_ERROR, fill.exitCode(), fill.toString());
        assertTrue(fill.err().contains("--partial-fill is teacher or latent, not 'greedy'"), fill.toString());
        KgRun epochs = KgRun.of("train", "tagger", "--epochs", "0", "-o", model.toString(), data.toString());
        assertEquals(ExitCodes.USER_ERROR, epochs.exitCode(), epochs.toString());
        assertTrue(epochs.err().contains("--epochs must be at least 1: 0"), epochs.toString());
        KgRun notANumber = KgRun.of("train", "tagger", "--seed", "abc", data.toString());
        assertTrue(notANumber.exitCode() != 0, notANumber.toString());
        assertTrue(Files.notExists(model));
    }
}
