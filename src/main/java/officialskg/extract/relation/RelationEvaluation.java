package officialskg.extract.relation;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Relation;
import officialskg.extract.RelationExtractor;
import officialskg.extract.RelationType;
import officialskg.nlp.KoreanAnalyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a relation extractor on KLUE-RE: each row's two entities become the mention list (PER → Person, ORG →
 * Organization, POH → Title, LOC → Place, DAT → Date; NOH rows are skipped), and the relations found between them
 * are read as {@code per:title} (holdsPosition holder = subject, title = object), {@code per:employee_of}
 * (holdsPosition holder + organization, or memberOf, subject → object) and {@code org:top_members/employees} (the
 * same with subject and object swapped). For each label the rows scored are that label's rows and the
 * {@code no_relation} rows (the negatives).
 *
 * <p>{@code kg eval re FILE.csv [--split heldout|dev|all]} prints precision, recall and F1 per label. The split is
 * by row id (see {@link KlueReRows.Row#heldOut()}); rules are developed on {@code dev} and reported on
 * {@code heldout}.
 */
public final class RelationEvaluation {

    /** The scored KLUE labels. */
    public static final List<String> LABELS = List.of("per:title", "per:employee_of", "org:top_members/employees");
    private static final String NEGATIVE = "no_relation";

    /** Counts for one label. */
    public record Score(String label, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private final RelationExtractor extractor;
    private final KoreanAnalyzer analyzer;

    public RelationEvaluation(RelationExtractor extractor, KoreanAnalyzer analyzer) {
        this.extractor = extractor;
        this.analyzer = analyzer;
    }

    /** @param split {@code heldout}, {@code dev} or {@code all} */
    public List<Score> evaluate(Path csv, String split) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        LABELS.forEach(l -> counts.put(l, new int[3]));
        for (KlueReRows.Row row : KlueReRows.read(csv)) {
            boolean inSplit = switch (split) {
                case "heldout" -> row.heldOut();
                case "dev" -> !row.heldOut();
                case "all" -> true;
                default -> throw new IllegalArgumentException("unknown split " + split + " (heldout, dev, all)");
            };
            if (!inSplit || (!LABELS.contains(row.label()) && !row.label().equals(NEGATIVE))) {
                continue;
            }
            List<String> predicted = predict(row);
            for (String label : LABELS) {
                boolean gold = row.label().equals(label);
                boolean found = predicted.contains(label);
                int[] c = counts.get(label);
                if (gold && found) {
                    c[0]++;
                } else if (found) {
                    c[1]++;
                } else if (gold) {
                    c[2]++;
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        counts.forEach((label, c) -> scores.add(new Score(label, c[0], c[1], c[2])));
        return scores;
    }

    /** The scored labels the extractor finds for one row. */
    List<String> predict(KlueReRows.Row row) {
        Optional<Mention> subject = mention(row.subject());
        Optional<Mention> object = mention(row.object());
        if (subject.isEmpty() || object.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = List.of(subject.get(), object.get());
        Document document = new Document(row.sentence(), analyzer.analyze(row.sentence()), Optional.empty(), false);
        List<String> labels = new ArrayList<>();
        for (Relation r : extractor.extract(document, mentions)) {
            if ("former".equals(r.status())) {
                continue; // KLUE marks a past post (김우중 전 대우그룹 회장) as no_relation
            }
            if (r.type() == RelationType.HOLDS_POSITION && is(r, "holder", 0) && is(r, "title", 1)) {
                labels.add("per:title");
            }
            if (employs(r, 0, 1)) {
                labels.add("per:employee_of");
            }
            if (employs(r, 1, 0)) {
                labels.add("org:top_members/employees");
            }
        }
        return labels;
    }

    private static boolean employs(Relation r, int person, int body) {
        return (r.type() == RelationType.HOLDS_POSITION && is(r, "holder", person) && is(r, "organization", body))
                || (r.type() == RelationType.MEMBER_OF && is(r, "member", person) && is(r, "organization", body));
    }

    private static boolean is(Relation r, String role, int index) {
        return Integer.valueOf(index).equals(r.args().get(role));
    }

    private static Optional<Mention> mention(KlueReRows.Entity e) {
        MentionType type = switch (e.type()) {
            case "PER" -> MentionType.PERSON;
            case "ORG" -> MentionType.ORGANIZATION;
            case "POH" -> MentionType.TITLE;
            case "LOC" -> MentionType.PLACE;
            case "DAT" -> MentionType.DATE;
            default -> null;
        };
        return type == null ? Optional.empty()
                : Optional.of(new Mention(e.start(), e.end(), e.word(), type, "klue", 1.0, null, null));
    }
}
