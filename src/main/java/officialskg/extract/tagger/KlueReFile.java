package officialskg.extract.tagger;

import officialskg.extract.eval.KlueEntity;
import officialskg.extract.eval.KlueSentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads KLUE-RE CSV (columns {@code sentence}, {@code subject_entity}, {@code object_entity}, entities as Python
 * dict literals with code-point {@code start_idx} and INCLUSIVE {@code end_idx}) as partially labelled sentences:
 * rows with the same sentence are merged, and only people, organizations and places are kept
 * ({@link EntityTag#fromKlueRe}). Each result is a {@link KlueSentence} whose entities are the ONLY known labels.
 */
final class KlueReFile {

    private KlueReFile() {
    }

    static List<KlueSentence> read(Path file) throws IOException {
        List<CsvRecords.Row> rows;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CsvRecords.read(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).fields();
        int sentenceColumn = column(file, header, "sentence");
        int subjectColumn = column(file, header, "subject_entity");
        int objectColumn = column(file, header, "object_entity");
        Map<String, List<KlueEntity>> bySentence = new LinkedHashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            if (f.size() != header.size()) {
                throw new IllegalArgumentException(file + ":" + row.line() + ": expected " + header.size()
                        + " fields, found " + f.size());
            }
            String sentence = f.get(sentenceColumn);
            List<KlueEntity> spans = bySentence.computeIfAbsent(sentence, k -> new ArrayList<>());
            for (int column : new int[] {subjectColumn, objectColumn}) {
                try {
                    KlueEntity e = entity(sentence, f.get(column));
                    if (e != null && !spans.contains(e)) {
                        spans.add(e);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + row.line() + ": " + e.getMessage(), e);
                }
            }
        }
        List<KlueSentence> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<KlueEntity>> e : bySentence.entrySet()) {
            out.add(new KlueSentence(file.getFileName() + "#" + n++, e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The entity as a KLUE-NER-tagged span, or {@code null} for types KLUE-RE draws differently. */
    private static KlueEntity entity(String sentence, String literal) {
        Map<String, String> d = PythonDictLiteral.parse(literal);
        EntityTag tag = EntityTag.fromKlueRe(d.getOrDefault("type", ""));
        if (tag == null) {
            return null;
        }
        int start = Integer.parseInt(d.get("start_idx"));
        int end = Integer.parseInt(d.get("end_idx")) + 1;
        int length = sentence.codePointCount(0, sentence.length());
        if (start < 0 || end <= start || end > length) {
            throw new IllegalArgumentException("entity span [" + start + ", " + end + ") outside the sentence");
        }
        String text = sentence.substring(sentence.offsetByCodePoints(0, start), sentence.offsetByCodePoints(0, end));
        if (!text.equals(d.get("word"))) {
            throw new IllegalArgumentException("entity word '" + d.get("word") + "' differs from its span '"
                    + text + "'");
        }
        return new KlueEntity(start, end, tag.name(), text);
    }

    private static int column(Path file, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(file + ":1: no column '" + name + "' in the header");
        }
        return i;
    }
}
