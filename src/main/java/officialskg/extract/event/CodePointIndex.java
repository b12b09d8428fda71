package officialskg.extract.event;

/** UTF-16 index → code point index for one text, built once so each lookup is constant time. */
final class CodePointIndex {

    private final int[] codePointAt;

    CodePointIndex(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    int at(int utf16) {
        return codePointAt[utf16];
    }
}
