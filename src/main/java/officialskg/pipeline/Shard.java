package officialskg.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} disjoint parts of the articles, for running {@code count} ingest workers side by side over the
 * same inputs: worker {@code number} (1-based) takes the articles whose id hashes to {@code number − 1}. The hash is
 * fixed — the first 8 bytes of the SHA-256 of the id's UTF-8, as an unsigned big-endian number, modulo {@code count}
 * — so every worker, on any machine or JVM, agrees on who owns which article, and re-running a shard touches the same
 * articles again.
 *
 * @param number 1..count
 * @param count  at least 1; 1 means everything
 */
public record Shard(int number, int count) {

    /** Every article. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || number < 1 || number > count) {
            throw new IllegalArgumentException("shard " + number + "/" + count + " does not exist (k/N needs "
                    + "1 ≤ k ≤ N)");
        }
    }

    /** Reads {@code k/N}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("shard '" + text + "' is not of the form k/N (e.g. 2/4)");
    }

    public boolean owns(String articleId) {
        return count == 1 || Long.remainderUnsigned(hash(articleId), count) == number - 1;
    }

    static long hash(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return number + "/" + count;
    }
}
