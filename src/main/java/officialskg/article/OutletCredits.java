package officialskg.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a page states for itself: a dateline ({@code (서울=연합뉴스) 홍길동 기자 =},
 * {@code [부산=뉴시스]}), a bracket byline ({@code [이데일리 홍길동 기자]}), the copyright line, or the domain of a
 * reporter's e-mail. A photo credit such as a trailing {@code (연합뉴스)} on a caption names the photo's source, not
 * the publisher, so captions are never asked.
 */
final class OutletCredits {

    /**
     * {@code (서울=연합뉴스) 홍길동 기자 = } at the start of the first paragraph. Group 1 is the outlet. A credit such as
     * {@code (사진=연합뉴스)} has the same shape but names a photo's source.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[(\\[](?!\\s*(?:사진|자료|그래픽|영상|출처|편집)\\s*=)\\s*[가-힣A-Za-z ]{1,12}\\s*=\\s*([^()\\[\\]=]{1,20}?)\\s*[)\\]]"
                    + "\\s*(?:[가-힣]{2,4}(?:\\s*[·,]\\s*[가-힣]{2,4})*\\s*(?:기자|특파원|통신원)\\s*=?)?\\s*");
    /** {@code [이데일리 홍길동 기자]} at the start of a paragraph. */
    private static final Pattern BRACKET_BYLINE = Pattern.compile(
            "^\\s*\\[\\s*([가-힣A-Za-z0-9]{2,12})\\s+[가-힣]{2,4}\\s*(?:기자|특파원)\\s*]\\s*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:copyright|저작권자|ⓒ|©|\\(c\\))(?:\\s*(?:ⓒ|©|\\(c\\)))?\\s*(?:\\d{4}\\s*)?"
                    + "([가-힣A-Za-z][가-힣A-Za-z0-9.&]*(?:\\s[가-힣A-Za-z0-9.&]+)?)");
    private static final Pattern EMAIL_DOMAIN = Pattern.compile("@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern COPYRIGHT_TAIL = Pattern.compile("(?i)\\s*(?:all rights.*|무단.*|[.,].*)$");

    private static final Map<String, String> DOMAINS = loadDomains();

    private OutletCredits() {
    }

    /** The outlet named by a dateline or bracket byline at the start of a paragraph. */
    static Optional<String> fromDateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (m.find()) {
            return Optional.of(m.group(1).strip()).filter(s -> !s.isEmpty());
        }
        m = BRACKET_BYLINE.matcher(paragraph);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The paragraph without its dateline or bracket byline: a credit, not part of what the article says. */
    static String withoutDateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (m.find()) {
            return paragraph.substring(m.end());
        }
        m = BRACKET_BYLINE.matcher(paragraph);
        return m.find() ? paragraph.substring(m.end()) : paragraph;
    }

    /** The outlet of a copyright line ({@code <저작권자(c) 연합뉴스, 무단 전재-재배포 금지>}) or a byline's e-mail. */
    static Optional<String> fromFinePrint(String line) {
        Matcher m = COPYRIGHT.matcher(line);
        if (m.find()) {
            String name = COPYRIGHT_TAIL.matcher(m.group(1)).replaceFirst("").strip();
            if (!name.isEmpty() && !name.equalsIgnoreCase("all")) {
                return Optional.of(DOMAINS.getOrDefault(name.toLowerCase(Locale.ROOT), name));
            }
        }
        m = EMAIL_DOMAIN.matcher(line);
        return m.find() ? fromDomain(m.group(1)) : Optional.empty();
    }

    /** The outlet a web host belongs to ({@code www.yna.co.kr} → 연합뉴스), when it is a known outlet. */
    static Optional<String> fromDomain(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            String outlet = DOMAINS.get(h);
            if (outlet != null) {
                return Optional.of(outlet);
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    private static Map<String, String> loadDomains() {
        Map<String, String> domains = new HashMap<>();
        try (InputStream in = OutletCredits.class.getResourceAsStream("outlet-domains.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlet-domains.tsv missing beside OutletCredits");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length == 2) {
                    domains.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(domains);
    }
}
