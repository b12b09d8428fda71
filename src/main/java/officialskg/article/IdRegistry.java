package officialskg.article;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Passes outcomes on to the caller's sink, turning a second article with an id already seen in the same run into a
 * failure (two articles under one id would silently replace each other's graph), and an article longer than the
 * analysis budget into a failure naming it ({@link ReaderSettings#maxArticleChars()}).
 */
final class IdRegistry implements Consumer<ArticleRead> {

    private final Consumer<ArticleRead> sink;
    private final int maxArticleChars;
    private final Map<String, String> firstOrigin = new HashMap<>();

    IdRegistry(Consumer<ArticleRead> sink, int maxArticleChars) {
        this.sink = sink;
        this.maxArticleChars = maxArticleChars;
    }

    @Override
    public void accept(ArticleRead read) {
        if (read instanceof ArticleRead.Ok ok) {
            String text = AnalyzedText.of(ok.article());
            long length = text.codePointCount(0, text.length());
            if (length > maxArticleChars) {
                sink.accept(new ArticleRead.Failed(ok.origin(), String.format(java.util.Locale.ROOT,
                        "article %s too long to analyze: %,d characters, the limit is %,d (split it into several "
                                + "articles)", ok.article().id(), length, maxArticleChars)));
                return;
            }
            String id = ok.article().id();
            String first = firstOrigin.putIfAbsent(id, ok.origin());
            if (first != null) {
                sink.accept(new ArticleRead.Failed(ok.origin(), "duplicate id " + id + ", first at " + first));
                return;
            }
        }
        sink.accept(read);
    }
}
