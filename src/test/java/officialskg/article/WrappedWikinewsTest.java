package officialskg.article;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real article bodies nobody tuned the rules on (604 Korean Wikinews articles) wrapped in the page chrome of the
 * composed pages (date lines, buttons, bylines, copyright, link lists, tickers): the reader must give back the
 * headline, keep nearly every paragraph and let no chrome line through.
 */
class WrappedWikinewsTest {

    static final List<String> TEMPLATES = List.of("yonhap-busan-mayor.txt", "newsis-samsung-semiconductor.txt",
            "naver-portal-trade-minister.txt", "joongang-gyeonggi-forum.txt", "economy-ulsan-hyundai.txt",
            "regional-daily-quirks.txt");

    /** The chrome of a composed page: its lines above the first and below the last paragraph, captions left out. */
    record Chrome(List<String> head, List<String> tail) {
        static Chrome of(String page) throws IOException {
            Article article = Outcomes.page(page);
            List<String> lines = Files.readAllLines(Outcomes.resource("pages/" + page)).stream()
                    .map(String::strip).toList();
            List<String> paragraphs = Outcomes.texts(article, article.paragraphs());
            List<String> captions = Outcomes.texts(article, article.captions());
            int first = indexOfLineContaining(lines, paragraphs.getFirst());
            int last = indexOfLineContaining(lines, paragraphs.getLast());
            List<String> head = new ArrayList<>();
            for (String line : lines.subList(1, first)) {
                if (captions.stream().noneMatch(line::contains)) {
                    head.add(line);
                }
            }
            return new Chrome(head, lines.subList(last + 1, lines.size()));
        }

        private static int indexOfLineContaining(List<String> lines, String text) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i;
                }
            }
            throw new AssertionError("not a line of the page: " + text);
        }
    }

    @Test
    void bodiesComeBackWithoutChrome() throws IOException {
        Path wikinews = Path.of("../shared/data/wikinews-ko.jsonl");
        assumeTrue(Files.isReadable(wikinews), "shared Wikinews data not present");
        List<Chrome> templates = new ArrayList<>();
        for (String name : TEMPLATES) {
            templates.add(Chrome.of(name));
        }
        List<Article> sources = Outcomes.read(wikinews).articles();
        int paragraphs = 0;
        int kept = 0;
        int titles = 0;
        List<String> leaked = new ArrayList<>();
        for (int n = 0; n < sources.size(); n++) {
            Article source = sources.get(n);
            Chrome chrome = templates.get(n % templates.size());
            List<String> body = source.text().lines().map(LineCleaner::clean).filter(l -> !l.isEmpty()).toList();
            String page = source.title() + "\n" + String.join("\n", chrome.head()) + "\n"
                    + String.join("\n\n", body) + "\n" + String.join("\n", chrome.tail()) + "\n";
            Outcomes outcomes = Outcomes.read("page.txt", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                    InputFormat.TEXT);
            assertEquals(List.of(), outcomes.messages());
            Article read = outcomes.articles().getFirst();
            titles += read.title().equals(source.title()) ? 1 : 0;
            List<String> spans = Outcomes.texts(read, read.spans());
            paragraphs += body.size();
            kept += (int) body.stream().filter(spans::contains).count();
            for (String line : chrome.head().isEmpty() ? chrome.tail() : concat(chrome.head(), chrome.tail())) {
                if (line.length() > 1 && spans.contains(LineClassifier.stripBullet(line))) {
                    leaked.add(line);
                }
            }
        }
        assertEquals(sources.size(), titles);
        assertEquals(List.of(), leaked);
        // Measured 2,624 of 2,665 (98.5%): most of the rest are Wikinews' own link lists, image file names and category tags.
        assertTrue(kept >= paragraphs * 0.98, kept + " of " + paragraphs + " paragraphs kept");
    }

    @Test
    void htmlBodiesComeBackWithoutChrome() throws IOException {
        Path wikinews = Path.of("../shared/data/wikinews-ko.jsonl");
        assumeTrue(Files.isReadable(wikinews), "shared Wikinews data not present");
        String shell = Files.readString(Outcomes.resource("pages/daegu-expo.html"));
        // Keep the page's head, navigation, figure, related links, ranking and footer; swap the paragraphs.
        String head = shell.substring(0, shell.indexOf("  <p>홍준표"));
        String tail = shell.substring(shell.indexOf("  <div class=\"related\">"));
        List<Article> sources = Outcomes.read(wikinews).articles();
        int paragraphs = 0;
        int kept = 0;
        for (Article source : sources) {
            List<String> body = source.text().lines().map(LineCleaner::clean).filter(l -> !l.isEmpty()).toList();
            StringBuilder html = new StringBuilder(head);
            body.forEach(p -> html.append("<p>").append(org.jsoup.nodes.Entities.escape(p)).append("</p>\n"));
            html.append(tail);
            Outcomes outcomes = Outcomes.read("page.html",
                    new ByteArrayInputStream(html.toString().getBytes(StandardCharsets.UTF_8)), InputFormat.HTML);
            assertEquals(List.of(), outcomes.messages());
            Article read = outcomes.articles().getFirst();
            List<String> spans = Outcomes.texts(read, read.spans());
            paragraphs += body.size();
            kept += (int) body.stream().filter(spans::contains).count();
            for (String chrome : List.of("대구 도심항공교통", "엑스코 제2전시장", "doyun@", "미분양", "Copyright", "대표전화")) {
                assertTrue(!read.text().contains(chrome) || source.text().contains(chrome), chrome + " in " + source.id());
            }
        }
        assertTrue(kept >= paragraphs * 0.98, kept + " of " + paragraphs + " paragraphs kept");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
