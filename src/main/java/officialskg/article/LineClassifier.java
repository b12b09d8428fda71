package officialskg.article;

import java.util.regex.Pattern;

/**
 * Classifies one cleaned line by shape and by the small vocabulary every Korean news page shares for its chrome.
 * The rules look at markers, length and the share of digits; they know nothing about any particular article.
 */
final class LineClassifier {

    /** A line this long without a sentence ending is still no heading or button. */
    private static final int SHORT_LIMIT = 40;
    private static final int PROSE_MIN = 20;

    private static final Pattern BULLET = Pattern.compile("^[•·‧∙◦▪‣*\\-–▶►☞][\\s\\S]*");
    private static final Pattern RANKED = Pattern.compile("^\\d{1,2}(?:[.)]\\s*|\\s+)\\D.*");
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:▲|【\\s*사진\\s*】|\\[\\s*사진\\s*]|<\\s*사진\\s*>|\\(\\s*사진\\s*\\)|사진\\s*=)"
                    + "|(?:/\\s*사진\\s*=|[(\\[]\\s*사진\\s*=|사진\\s*제공\\s*=).{0,60}$"
                    + "|[\\[<(【][^\\[\\]<>()【】]{0,30}(?:제공|DB\\s*금지)[^\\[\\]<>()【】]{0,20}[\\]>)】]\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?:[다요죠까음함됨임][.!?…]*|[.!?])[\"'”’」』)\\]]*$");
    private static final Pattern STOPPED_SENTENCE = Pattern.compile("[다요죠][.!?]|[다요죠][.!?][\"'”’)]*$");
    private static final Pattern FULL_STOP_END = Pattern.compile("[다요죠][.!?][\"'”’)]*$");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[다요][.!?]\\s");

    /** Page controls: font-size buttons, share, print, subscribe, comments, text-to-speech. */
    private static final Pattern CONTROL_WORDS = Pattern.compile(
            "^(?:가장\\s*작게|작게|기본|크게|가장\\s*크게|글자\\s*크기.*|글씨\\s*크기.*|폰트.*|공유(?:하기)?|스크랩|인쇄(?:하기)?"
                    + "|프린트|URL\\s*복사|링크\\s*복사|주소\\s*복사|복사하기|카카오톡|카카오스토리|페이스북|트위터|네이버\\s*블로그|밴드"
                    + "|메일\\s*보내기|이메일|북마크|기사\\s*저장|저장|기사원문|원문\\s*보기|기사\\s*원문\\s*보기|댓글(?:\\s*(?:쓰기|보기|\\d[\\d,]*))?"
                    + "|구독(?:하기|중|취소)?|구독자.*|본문\\s*듣기.*|음성\\s*(?:재생|듣기).*|번역.*|요약\\s*봇|본문\\s*요약봇|추천(?:하기)?"
                    + "|닫기|더\\s*보기|전체\\s*보기|목록|이전\\s*기사|다음\\s*기사|맨\\s*위로|TOP|홈|로그인|회원가입|검색|메뉴|광고|AD"
                    + "|기자\\s*구독|기자\\s*페이지|기자의\\s*다른\\s*기사|기자\\s*프로필|팔로우|좋아요|싫어요"
                    + "|(?:사진|이미지)\\s*확대|확대|축소|글자\\s*(?:작게|크게))$");
    /** Menus and breadcrumbs: three or more short items separated by {@code |}, {@code >}, {@code ›} or {@code »}. */
    private static final Pattern MENU = Pattern.compile("^[^|>›»]{1,14}(?:\\s*[|>›»]\\s*[^|>›»]{1,14}){2,}$");
    /** A reaction or counter: a short word followed directly by a number ({@code 좋아요0}, {@code 댓글 12}). */
    private static final Pattern COUNTER = Pattern.compile("^[가-힣A-Za-z][가-힣A-Za-z ]{0,11}\\s*\\d[\\d,]*$");
    /** Button and link labels end in an imperative noun: {@code 구독하기}, {@code 언론사홈 바로가기}, {@code 글자 크기 변경}. */
    private static final Pattern UI_LABEL = Pattern.compile("(?:하기|보내기|바로\\s*가기|보기|듣기|변경|설정|닫기|열기)$");
    /** A list item that announces itself as a link to another story ({@code ▶ 관련기사 …}, {@code [관련 기사] …}). */
    private static final Pattern RELATED_LINK = Pattern.compile("^[\\[【<(]?\\s*(?:관련\\s*기사|관련\\s*뉴스|추천\\s*기사|함께\\s*보면)");
    private static final Pattern FINE_PRINT = Pattern.compile(
            "(?i)copyright|ⓒ|©|\\(c\\)|저작권자|무단\\s*(?:전재|복제|배포)|재배포\\s*금지|all rights reserved");
    private static final Pattern COPYRIGHT_NOTICE = Pattern.compile(
            "(?i)copyright|저작권자|무단\\s*(?:전재|복제|배포)|재배포\\s*금지|all rights reserved");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern REPORTER = Pattern.compile(
            "^[\\[(/]?\\s*(?:[가-힣]{1,6}\\s*=\\s*)?[가-힣]{2,4}\\s*(?:기자|특파원|선임기자|객원기자|통신원|인턴기자|논설위원)"
                    + "\\s*[\\])]?(?:\\s*[=/].*)?$");
    /** Headers of link blocks: a known opening word, or a short label ending in 뉴스/기사/랭킹/시세. */
    private static final Pattern LINK_HEADER = Pattern.compile(
            "^(?:주요|많이\\s*본|가장\\s*많이\\s*본|관련|인기|오늘의|실시간|추천|최신|이\\s*시각|핫\\s*이슈|함께\\s*(?:보면|읽으면)"
                    + "|이\\s*기사와|포토|랭킹|헤드라인|연관|화제의|에디터|더\\s*많은|기자의).*"
                    + "|.*(?:뉴스|기사|랭킹|순위|시세|TOP\\s*\\d+|포토|영상)$");
    /** Short words a date line may carry besides the date. */
    private static final Pattern DATE_LABEL = Pattern.compile(
            "입력|기사입력|등록|승인|송고|게재|발행|작성|수정|업데이트|최종|일시|Posted|Published|Updated");

    private LineClassifier() {
    }

    static LineKind classify(String line) {
        return classify(line, false);
    }

    /**
     * @param listItem the line is known to be a list item (HTML {@code <li>}) even without a bullet glyph
     */
    static LineKind classify(String line, boolean listItem) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        int length = line.codePointCount(0, line.length());
        boolean item = listItem || BULLET.matcher(line).matches() || RANKED.matcher(line).matches();
        // Headlines in link lists end like sentences (…인상한다) but without the full stop prose has.
        boolean sentence = item ? STOPPED_SENTENCE.matcher(line).find()
                : SENTENCE_END.matcher(line).find() || SENTENCE_INSIDE.matcher(line).find();
        if (length <= CaptionShapes.MAX_CAPTION
                && (CAPTION.matcher(line).find() || (!item && CaptionShapes.isCredited(line)))) {
            return LineKind.CAPTION;
        }
        if (length <= 150 && FINE_PRINT.matcher(line).find()) {
            // A bare ⓒ/© mark is also a photo credit inside the article; only a notice closes it.
            return COPYRIGHT_NOTICE.matcher(line).find() ? LineKind.COPYRIGHT : LineKind.CHROME;
        }
        if (length <= 60 && EMAIL.matcher(line).find()) {
            return LineKind.BYLINE;
        }
        if (length <= 60 && isDateLine(line, length)) {
            return LineKind.DATE;
        }
        if (!sentence && length <= 120 && MENU.matcher(line).matches()) {
            return LineKind.CHROME;
        }
        if (length > SHORT_LIMIT || (sentence && length >= PROSE_MIN)) {
            if (sentence || (length > 2 * SHORT_LIMIT && !item)) {
                return LineKind.PROSE;
            }
            return item ? LineKind.BULLET : LineKind.SHORT;
        }
        String words = stripBullet(line);
        if (CONTROL_WORDS.matcher(words).matches() || COUNTER.matcher(words).matches()
                || (item && RELATED_LINK.matcher(words).find())
                || (!sentence && length <= 25 && UI_LABEL.matcher(words).find())) {
            return LineKind.CHROME;
        }
        if (REPORTER.matcher(words).matches()) {
            return LineKind.BYLINE;
        }
        if (isNumeric(words)) {
            return LineKind.NUMERIC;
        }
        String label = words.replaceAll("^[\\[【<]\\s*|\\s*[]】>]$", "");
        if (!sentence && !item && label.codePointCount(0, label.length()) <= 20 && LINK_HEADER.matcher(label).matches()) {
            return LineKind.HEADER;
        }
        return item ? LineKind.BULLET : LineKind.SHORT;
    }

    /** A short sentence that ends with a full stop ({@code 감사합니다.}): body text, never a subtitle or button. */
    static boolean isStoppedSentence(String line) {
        return FULL_STOP_END.matcher(line).find();
    }

    /** Two sentences on one line ({@code …밝혔다. 이날…}): a paragraph, never a headline. */
    static boolean hasSentenceBreak(String line) {
        return SENTENCE_INSIDE.matcher(line).find();
    }

    /** The line without its list marker ({@code • 좋아요0} → {@code 좋아요0}). */
    static String stripBullet(String line) {
        if (BULLET.matcher(line).matches()) {
            return line.substring(1).strip();
        }
        return line;
    }

    /**
     * Date lines carry a date with a label ({@code 입력}, {@code 등록}, {@code 승인} …) or nothing but the date:
     * a headline such as {@code 2014년 8월 18일 뉴스브리핑} is no date line.
     */
    private static boolean isDateLine(String line, int length) {
        if (PublishedDates.matchedLength(line) == 0) {
            return false;
        }
        return DATE_LABEL.matcher(line).find() || PublishedDates.withoutDates(line).codePoints().noneMatch(Character::isLetter);
    }

    /** At most a third letters, and at least one digit: tickers, prices, percentages, dates of lists. */
    private static boolean isNumeric(String item) {
        int letters = 0;
        int digits = 0;
        int visible = 0;
        for (int i = 0; i < item.length(); ) {
            int cp = item.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            if (Character.isLetter(cp)) {
                letters++;
            } else if (Character.isDigit(cp)) {
                digits++;
            }
        }
        return digits > 0 && letters * 3 <= visible;
    }
}
