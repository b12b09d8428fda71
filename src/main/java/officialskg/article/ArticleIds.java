package officialskg.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Mints stable article ids. A given id is kept when it is IRI-safe; otherwise the id is derived from the URL
 * (the same URL always gives the same id, so a re-scraped page replaces its earlier graph), else from the content.
 */
public final class ArticleIds {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private ArticleIds() {
    }

    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** A given id if safe, else {@code u-} + hash of the URL, else {@code h-} + hash of the text. */
    public static String mint(String givenId, String url, String text) {
        if (isSafe(givenId)) {
            return givenId;
        }
        if (givenId != null && !givenId.isBlank()) {
            return "i-" + sha256Hex(givenId).substring(0, 16);
        }
        if (url != null && !url.isBlank()) {
            return "u-" + sha256Hex(url.strip()).substring(0, 16);
        }
        return "h-" + sha256Hex(text).substring(0, 16);
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
