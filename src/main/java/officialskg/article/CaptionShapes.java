package officialskg.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions recognized by their shape when no caption marker ({@code ▲}, {@code 【사진】}, {@code /사진=})
 * says so. A Korean photo caption is one sentence in the progressive form that says who is doing what in the
 * picture ({@code …에 참석해 신년사하고 있다.}), usually followed by the photo's credit: {@code (연합뉴스)},
 * {@code 2024.1.8/뉴스1 ⓒ News1 홍길동 기자}, {@code 2024.01.08. name@newsis.com}, {@code /서울시 제공}, {@code ⓒ…}.
 * Body sentences end in the same form ({@code …를 운영하고 있다.}), so the sentence alone is not enough: a caption
 * needs its credit, or (without one) the place of the picture ({@code …에서}) and something around it that only a
 * caption has (see {@link #isUncredited}). All patterns are bounded and anchored to the line's end: linear.
 */
final class CaptionShapes {

    /** Captions are one sentence; a long line is a paragraph whatever its ending. */
    static final int MAX_CAPTION = 300;
    private static final int MIN_CAPTION = 15;

    /** The progressive end of a caption sentence, with or without a full stop. */
    private static final String PROGRESSIVE = "고\\s?있다\\.?";
    /** One piece of a photo credit after the sentence: a date stamp, a bracketed credit, a slash credit, ⓒ, e-mail. */
    private static final String CREDIT_PIECE = "(?:\\d{4}\\s?\\.\\s?\\d{1,2}\\s?\\.\\s?\\d{1,2}\\.?"
            + "|[(\\[<【]\\s*[^()\\[\\]<>【】.!?]{1,30}[)\\]>】]"
            + "|/\\s*[^/\\s.!?][^/.!?]{0,30}"
            + "|[ⓒ©]\\s*[^.!?ⓒ©]{1,40}"
            + "|[A-Za-z0-9._%+-]{1,40}@[A-Za-z0-9.-]{1,40}\\.[A-Za-z]{2,6})";
    private static final Pattern CREDITED = Pattern.compile(PROGRESSIVE + "\\s*(?:" + CREDIT_PIECE + "\\s*){1,4}$");
    private static final Pattern PROGRESSIVE_END = Pattern.compile(PROGRESSIVE + "$");
    /** Where the picture was taken: every uncredited caption this rule accepts names it. */
    private static final Pattern PLACE = Pattern.compile("에서\\s");
    /** A sentence end before the last one: two sentences are a paragraph. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[다요][.!?][\"'”’)]*\\s");
    /** Lines that stand where a picture was: an enlarge button, a bare {@code [사진]}, {@code ▲}, a photo credit alone. */
    private static final Pattern IMAGE_MARKER = Pattern.compile(
            "^(?:[\\[<(【]\\s*)?(?:사진|이미지|포토|그래픽)?\\s*(?:확대|크게\\s*보기|보기)?(?:\\s*[\\]>)】])?$"
                    + "|^▲$"
                    + "|^[\\[<(【]?\\s*(?:사진|자료)\\s*=\\s*[^.!?]{1,30}[\\]>)】]?$"
                    + "|^[ⓒ©]\\s*[^.!?]{1,40}$");

    private CaptionShapes() {
    }

    /** One progressive sentence followed by a photo credit: a caption wherever it stands. */
    static boolean isCredited(String line) {
        int length = line.codePointCount(0, line.length());
        if (length < MIN_CAPTION || length > MAX_CAPTION) {
            return false;
        }
        Matcher m = CREDITED.matcher(line);
        return m.find() && singleSentence(line.substring(0, m.start()));
    }

    /**
     * One progressive sentence that names where the picture was, without a credit. A caption when
     * {@code unstopped} (it lacks the full stop every body sentence has), or when the page puts it next to a
     * picture or repeats it (image alt text, then the visible caption): the caller knows the neighbours.
     */
    static boolean isUncredited(String line) {
        int length = line.codePointCount(0, line.length());
        if (length < MIN_CAPTION || length > MAX_CAPTION) {
            return false;
        }
        Matcher m = PROGRESSIVE_END.matcher(line);
        return m.find() && singleSentence(line.substring(0, m.start())) && PLACE.matcher(line).find();
    }

    /** Whether the caption sentence ends without a full stop ({@code …인사말을 하고 있다}). */
    static boolean unstopped(String line) {
        return !line.endsWith(".");
    }

    /** A line that marks a picture: {@code 사진 확대}, {@code [사진]}, {@code ▲}, {@code (사진=서울시)}, {@code ⓒ 뉴스1}. */
    static boolean isImageMarker(String line) {
        return !line.isBlank() && line.length() <= 60 && IMAGE_MARKER.matcher(line.strip()).matches();
    }

    private static boolean singleSentence(String head) {
        return !SENTENCE_INSIDE.matcher(head).find();
    }
}
