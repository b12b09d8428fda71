package officialskg.article;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one {@link ArticleInputs} call produced, split into articles and failures, for assertions. */
record Outcomes(List<Article> articles, List<ArticleRead.Failed> failures) {

    static Outcomes read(Path path) {
        return read(new ArticleInputs(), path);
    }

    static Outcomes read(ArticleInputs inputs, Path path) {
        Outcomes outcomes = new Outcomes(new ArrayList<>(), new ArrayList<>());
        inputs.read(path, InputFormat.AUTO, outcomes::add);
        return outcomes;
    }

    static Outcomes read(String origin, InputStream in, InputFormat format) {
        Outcomes outcomes = new Outcomes(new ArrayList<>(), new ArrayList<>());
        new ArticleInputs().read(origin, in, format, outcomes::add);
        return outcomes;
    }

    /** The single article of a composed page under {@code src/test/resources/officialskg/article/pages}. */
    static Article page(String name) {
        Outcomes outcomes = read(resource("pages/" + name));
        if (!outcomes.failures().isEmpty() || outcomes.articles().size() != 1) {
            throw new AssertionError(name + " did not read as one article: " + outcomes.failures());
        }
        return outcomes.articles().getFirst();
    }

    static Path resource(String name) {
        try {
            return Path.of(Outcomes.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("test resource missing: " + name, e);
        }
    }

    private void add(ArticleRead read) {
        switch (read) {
            case ArticleRead.Ok ok -> articles.add(ok.article());
            case ArticleRead.Failed failed -> failures.add(failed);
        }
    }

    List<String> messages() {
        return failures.stream().map(ArticleRead.Failed::message).toList();
    }

    static List<String> texts(Article article, List<TextSpan> spans) {
        return spans.stream().map(article::textOf).toList();
    }
}
