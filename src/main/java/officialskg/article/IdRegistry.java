package officialskg.article;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Passes outcomes on to the caller's sink, turning a second article with an id already seen in the same run into a
 * failure: two articles under one id would silently replace each other's graph.
 */
final class IdRegistry implements Consumer<ArticleRead> {

    private final Consumer<ArticleRead> sink;
    private final Map<String, String> firstOrigin = new HashMap<>();

    IdRegistry(Consumer<ArticleRead> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(ArticleRead read) {
        if (read instanceof ArticleRead.Ok ok) {
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
