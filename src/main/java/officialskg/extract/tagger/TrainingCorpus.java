package officialskg.extract.tagger;

import officialskg.extract.eval.HeldOutSplit;
import officialskg.extract.eval.KlueEntity;
import officialskg.extract.eval.KlueNerFile;
import officialskg.extract.eval.KlueSentence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences of one training run: fully labelled KLUE-NER sentences on the training side of the split, the
 * held-out ones (for scoring only), and partially labelled KLUE-RE sentences restricted to the trusted types.
 * A KLUE-RE sentence whose text is a held-out sentence is dropped, so nothing held out is ever trained on.
 */
record TrainingCorpus(List<KlueSentence> full, List<KlueSentence> partial, List<KlueSentence> heldOut) {

    static TrainingCorpus read(List<Path> files, HeldOutSplit split, Set<String> partialTypes) throws IOException {
        List<KlueSentence> full = new ArrayList<>();
        List<KlueSentence> heldOut = new ArrayList<>();
        List<KlueSentence> partialRaw = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jsonl")) {
                for (KlueSentence s : KlueNerFile.read(file)) {
                    (split.isHeldOut(s.id()) ? heldOut : full).add(s);
                }
            } else if (name.endsWith(".csv")) {
                partialRaw.addAll(KlueReFile.read(file));
            } else {
                throw new IllegalArgumentException(file + ": expected a KLUE-NER .jsonl or a KLUE-RE .csv file");
            }
        }
        Set<String> heldOutTexts = new HashSet<>();
        heldOut.forEach(s -> heldOutTexts.add(s.text()));
        List<KlueSentence> partial = new ArrayList<>();
        for (KlueSentence s : partialRaw) {
            List<KlueEntity> kept = s.entities().stream().filter(e -> partialTypes.contains(e.type())).toList();
            if (!kept.isEmpty() && !heldOutTexts.contains(s.text())) {
                partial.add(new KlueSentence(s.id(), s.text(), kept));
            }
        }
        return new TrainingCorpus(List.copyOf(full), List.copyOf(partial), List.copyOf(heldOut));
    }

    /** Every person, organization and place name of the training sentences. */
    NameLexicon lexicon() {
        return lexiconWithout(-1, 1);
    }

    /**
     * The names of the training sentences outside fold {@code fold} of {@code folds}: a sentence's features must
     * not consult a lexicon made from its own labels, or the model learns to trust the lexicon blindly.
     */
    NameLexicon lexiconWithout(int fold, int folds) {
        NameLexicon lexicon = new NameLexicon();
        for (List<KlueSentence> part : List.of(full, partial)) {
            for (KlueSentence s : part) {
                if (fold(s, folds) == fold) {
                    continue;
                }
                for (KlueEntity e : s.entities()) {
                    EntityTag tag = EntityTag.fromKlueNer(e.type());
                    if (tag != null) {
                        lexicon.add(e.text(), tag);
                    }
                }
            }
        }
        return lexicon;
    }

    static int fold(KlueSentence s, int folds) {
        return Math.floorMod(s.text().hashCode(), folds);
    }
}
