package officialskg.article;

/**
 * The outcome of reading one article from an input: either an article or a clear reason it could not be read.
 * A bad input never throws out of a reader, so one broken file or line does not stop the others.
 */
public sealed interface ArticleRead {

    /** Where the input came from, e.g. {@code news/a.html} or {@code wikinews.jsonl:17}. */
    String origin();

    record Ok(Article article) implements ArticleRead {
        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** @param reason one line, naming what is wrong (not a stack trace) */
    record Failed(String origin, String reason) implements ArticleRead {
        public String message() {
            return origin + ": " + reason;
        }
    }
}
