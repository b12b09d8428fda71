package officialskg.article;

/** What a line of a scraped page looks like; decides whether it can belong to the article body. */
enum LineKind {
    BLANK,
    /** Sentence-like prose: long enough and ending like a Korean sentence. */
    PROSE,
    /** Photo caption ({@code ▲…}, {@code 【사진】}, {@code /사진=…}, {@code (사진=…)}). */
    CAPTION,
    /** Other short text: headlines, subtitles, in-body section headings. */
    SHORT,
    /** A short list item ({@code •}, {@code -}, {@code ·}, {@code *} or a rank number). */
    BULLET,
    /** Mostly numbers, signs and percentages: tickers, counters, prices. */
    NUMERIC,
    /** A line of page controls or fine print: font sizes, reactions, share/subscribe, copyright. */
    CHROME,
    /** Copyright and redistribution notice: the article has ended. */
    COPYRIGHT,
    /** A reporter byline with e-mail, or the reporter name alone. */
    BYLINE,
    /** A section header that starts a block of links ({@code 주요 뉴스}, {@code 많이 본 뉴스}, {@code 관련기사}). */
    HEADER,
    /** A short line stating a date and time ({@code 입력 2024-01-08 11:15}). */
    DATE;

    /** Lines that never belong to the body text. */
    boolean isChrome() {
        return this == NUMERIC || this == CHROME || this == COPYRIGHT || this == BYLINE || this == HEADER || this == DATE;
    }

    /** Lines that close an article: the reporter byline and the copyright notice. */
    boolean closesArticle() {
        return this == BYLINE || this == COPYRIGHT;
    }

    /** Lines that anchor the article body. */
    boolean isContent() {
        return this == PROSE || this == CAPTION;
    }
}
