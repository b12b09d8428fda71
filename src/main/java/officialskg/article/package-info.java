/**
 * Reading news articles: scraped page text, HTML and JSON Lines in, immutable {@link officialskg.article.Article}
 * records out.
 *
 * <p>Use {@link officialskg.article.ArticleInputs}: configure limits at construction
 * ({@link officialskg.article.ReaderSettings}), give the destination at call time:
 * <pre>{@code
 * new ArticleInputs().read(Path.of("samples"), InputFormat.AUTO, read -> {
 *     switch (read) {
 *         case ArticleRead.Ok ok -> analyze(ok.article());
 *         case ArticleRead.Failed failed -> System.err.println(failed.message()); // "file:LINE: reason"
 *     }
 * });
 * }</pre>
 *
 * <p>Decisions every reader shares:
 * <ul>
 *   <li>Offsets ({@link officialskg.article.TextSpan}) are code points into {@code Article.text()}, end exclusive.</li>
 *   <li>TEXT and HTML bodies are cleaned: page chrome removed by general rules (line shape, chrome vocabulary,
 *       density of prose), paragraphs and captions joined by one blank line. JSON Lines text is kept verbatim,
 *       because {@code kg extract} offsets must index into exactly the text given.</li>
 *   <li>The analyzed text of the {@code kg extract} contract is {@link officialskg.article.AnalyzedText}: the body,
 *       or title + blank line + body when there is a title.</li>
 *   <li>Input must be UTF-8. A BOM is dropped; a UTF-16 or UTF-32 byte order mark rejects the whole file naming the
 *       encoding; a NUL byte or an invalid byte sequence rejects the file (or the JSON line) with the byte offset, and
 *       so does an escaped NUL or an unpaired surrogate in a JSON string. TEXT and HTML lines are normalized to NFC;
 *       other control characters, terminal escape sequences, zero-width and bidi marks are removed from them.</li>
 *   <li>Bad input never throws: it becomes a {@link officialskg.article.ArticleRead.Failed} naming the file (and
 *       line), and reading continues.</li>
 * </ul>
 */
package officialskg.article;
