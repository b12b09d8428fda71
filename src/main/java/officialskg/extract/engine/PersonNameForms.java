package officialskg.extract.engine;

import officialskg.extract.CharClass;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings Person mentions to the form news annotation uses for a name: the honorific {@code 씨} stays outside
 * ({@code 허씨} → {@code 허}) and so does the {@code 모} of an anonymized name ({@code 김모} → {@code 김}: the text
 * gives only the surname, "Kim somebody"). Any extractor may have proposed the longer form (the tagger does); this
 * runs once on the merged list so every source ends up with the same span.
 */
final class PersonNameForms {

    List<Mention> normalize(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            out.add(m.type() == MentionType.PERSON ? trimmed(m) : m);
        }
        return out;
    }

    private static Mention trimmed(Mention m) {
        String text = m.text();
        if (text.length() >= 2 && text.endsWith("씨") && CharClass.isHangulSyllable(text.charAt(text.length() - 2))) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() == 2 && text.charAt(1) == '모' && CharClass.isHangulSyllable(text.charAt(0))) {
            text = text.substring(0, 1);
        }
        if (text.equals(m.text())) {
            return m;
        }
        int end = m.start() + text.codePointCount(0, text.length());
        return new Mention(m.start(), end, text, m.type(), m.extractor(), m.confidence(), m.normalized(),
                m.referenceId());
    }
}
