package officialskg.cli;

import officialskg.extract.tagger.TaggerTraining;
import officialskg.nlp.nori.NoriKoreanAnalyzer;

import java.io.IOException;

/**
 * {@link TaggerTraining} from the command line with every option ({@code kg train tagger} takes the committed
 * defaults): {@code java -cp ... officialskg.cli.TrainTagger [options] --out MODEL DATA...} (options: see
 * {@link TaggerTraining}; MODEL.md). The tagger is trained on Nori's morphemes, the analyzer it runs behind.
 */
public final class TrainTagger {

    private TrainTagger() {
    }

    public static void main(String[] args) throws IOException {
        try {
            TaggerTraining.Summary summary = TaggerTraining.train(TaggerTraining.parse(args),
                    new NoriKoreanAnalyzer(), System.out);
            int errors = Integer.getInteger("tagger.errors", 0); // -Dtagger.errors=N lists the first N errors
            summary.heldOut().ifPresent(r -> System.out.print("held-out:\n" + r.toText()
                    + (errors > 0 ? r.errorsText(errors) + "\n" : "")));
        } catch (IllegalArgumentException e) {
            System.err.println("tagger training: " + e.getMessage());
            System.exit(2);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("tagger training: " + e.getFile() + ": no such file");
            System.exit(2);
        }
    }
}
