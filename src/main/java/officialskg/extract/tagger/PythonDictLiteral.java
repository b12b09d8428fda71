package officialskg.extract.tagger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the flat Python dict literals KLUE-RE stores its entities as, e.g.
 * {@code {'word': "it's", 'start_idx': 22, 'end_idx': 30, 'type': 'ORG'}}: string keys, string values in single or
 * double quotes with backslash escapes, and integers. Values come back as strings.
 */
final class PythonDictLiteral {

    private final String s;
    private int at;

    private PythonDictLiteral(String s) {
        this.s = s;
    }

    static Map<String, String> parse(String literal) {
        return new PythonDictLiteral(literal.strip()).dict();
    }

    private Map<String, String> dict() {
        Map<String, String> out = new LinkedHashMap<>();
        expect('{');
        skipSpaces();
        if (peek() == '}') {
            at++;
            return out;
        }
        while (true) {
            skipSpaces();
            String key = string();
            skipSpaces();
            expect(':');
            skipSpaces();
            out.put(key, peek() == '\'' || peek() == '"' ? string() : number());
            skipSpaces();
            char c = next();
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw error("',' or '}'");
            }
        }
    }

    private String string() {
        char quote = next();
        if (quote != '\'' && quote != '"') {
            throw error("a quoted string");
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\') {
                char e = next();
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
    }

    private String number() {
        int from = at;
        while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '-')) {
            at++;
        }
        if (from == at) {
            throw error("a string or a number");
        }
        return s.substring(from, at);
    }

    private void skipSpaces() {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        if (at >= s.length()) {
            throw error("more input");
        }
        return s.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("'" + c + "'");
        }
    }

    private IllegalArgumentException error(String wanted) {
        return new IllegalArgumentException("expected " + wanted + " at character " + at + " of " + s);
    }
}
