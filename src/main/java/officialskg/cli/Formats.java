package officialskg.cli;

import officialskg.article.InputFormat;

import java.util.Locale;

/** Parses the format words of the command line into the library's enums, with the accepted words in the error. */
final class Formats {

    private Formats() {
    }

    static InputFormat input(String word) {
        try {
            return InputFormat.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown input format '" + word + "' (use auto, text, html or jsonl)");
        }
    }
}
