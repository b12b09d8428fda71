package officialskg.extract.tagger;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, optionally double-quoted, where a quoted field may hold commas,
 * line breaks and doubled quotes. Reads the whole input; tracks the line each record starts on for error messages.
 */
final class CsvRecords {

    record Row(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    int after = in.read();
                    if (after == '"') {
                        field.append('"');
                        continue;
                    }
                    quoted = false;
                    if (after == -1) {
                        break;
                    }
                    c = after; // fall through to handle the character after the closing quote
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                    continue;
                }
            }
            if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n') {
                fields.add(field.toString());
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else if (c != '\r') {
                field.append((char) c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IOException("line " + rowLine + ": quoted field is not closed");
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
