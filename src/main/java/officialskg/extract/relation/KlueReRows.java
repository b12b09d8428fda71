package officialskg.extract.relation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Rows of a KLUE-RE CSV ({@code train_row_id,sentence,subject_entity,object_entity,label,...}); the entities are
 * Python dict strings with code-point {@code start_idx} and INCLUSIVE {@code end_idx}. Rows whose entity does not
 * match its span are logged (a warning) and left out.
 */
final class KlueReRows {

    /** One entity, {@code end} exclusive. */
    record Entity(String word, int start, int end, String type) {
    }

    record Row(String id, String sentence, Entity subject, Entity object, String label) {
        /** The deterministic 20% held out from development: CRC32 of the row id, modulo 5, is zero. */
        boolean heldOut() {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            return crc.getValue() % 5 == 0;
        }
    }

    private static final Pattern ENTITY = Pattern.compile(
            "'start_idx':\\s*(\\d+),\\s*'end_idx':\\s*(\\d+),\\s*'type':\\s*'(\\w+)'");

    private static final Logger LOG = LoggerFactory.getLogger(KlueReRows.class);

    private KlueReRows() {
    }

    static List<Row> read(Path csv) {
        String content;
        try {
            content = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        List<List<String>> records = parse(content);
        if (records.isEmpty() || !records.get(0).containsAll(List.of("sentence", "subject_entity", "object_entity",
                "label"))) {
            throw new IllegalArgumentException(csv + " line 1: expected a KLUE-RE header with sentence, "
                    + "subject_entity, object_entity, label");
        }
        List<String> header = records.get(0);
        int id = Math.max(0, header.indexOf("train_row_id"));
        int sentence = header.indexOf("sentence");
        int subject = header.indexOf("subject_entity");
        int object = header.indexOf("object_entity");
        int label = header.indexOf("label");
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() < header.size()) {
                LOG.warn("{} record {}: {} fields, expected {}; skipped", csv, r, rec.size(), header.size());
                continue;
            }
            String text = rec.get(sentence);
            Entity s = entity(rec.get(subject), text);
            Entity o = entity(rec.get(object), text);
            if (s == null || o == null) {
                LOG.warn("{} record {}: entity span outside its sentence, skipped", csv, r);
                continue;
            }
            rows.add(new Row(rec.get(id), text, s, o, rec.get(label)));
        }
        return rows;
    }

    private static Entity entity(String dict, String sentence) {
        Matcher m = ENTITY.matcher(dict);
        if (!m.find()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2)) + 1;
        int length = sentence.codePointCount(0, sentence.length());
        if (start >= end || end > length) {
            return null;
        }
        int from = sentence.offsetByCodePoints(0, start);
        String word = sentence.substring(from, sentence.offsetByCodePoints(from, end - start));
        return new Entity(word, start, end, m.group(3));
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String content) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
