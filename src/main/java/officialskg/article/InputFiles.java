package officialskg.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Which files a directory holds for reading, and what a file's name says (extension, id). */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * What a directory holds for reading: its regular files, and the paths left out because a symbolic link leads
     * back into a directory being read (a cycle) or to a file or directory already listed under another name.
     */
    record Listing(List<Path> files, List<Skipped> skipped) {
    }

    /** A path left out of a listing, and why. */
    record Skipped(Path path, String reason) {
    }

    /**
     * The regular files under {@code dir}, depth-first in name order, hidden files and directories left out. Links
     * are followed, but each real file and directory is listed once: a link cycle ends where it closes.
     */
    static Listing under(Path dir) throws IOException {
        Listing listing = new Listing(new ArrayList<>(), new ArrayList<>());
        Map<Path, Path> seen = new HashMap<>();
        Path real = dir.toRealPath();
        seen.put(real, dir);
        collect(dir, listing, seen, new ArrayDeque<>(List.of(real)));
        return listing;
    }

    /** Directories depth-first, each level in name order; hidden files and directories are skipped. */
    private static void collect(Path dir, Listing listing, Map<Path, Path> seen, Deque<Path> ancestors)
            throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path child : children) {
            boolean directory = Files.isDirectory(child);
            if (!directory && !Files.isRegularFile(child)) {
                continue;
            }
            Path real;
            try {
                real = child.toRealPath();
            } catch (IOException e) {
                listing.skipped().add(new Skipped(child, "cannot resolve link: " + e.getMessage()));
                continue;
            }
            Path first = seen.putIfAbsent(real, child);
            if (first != null) {
                listing.skipped().add(new Skipped(child, directory && ancestors.contains(real)
                        ? "symbolic link cycle: leads back to " + first + ", not followed"
                        : "same " + (directory ? "directory" : "file") + " as " + first
                                + " (through a link), read once"));
            } else if (directory) {
                ancestors.push(real);
                collect(child, listing, seen, ancestors);
                ancestors.pop();
            } else {
                listing.files().add(child);
            }
        }
    }

    /** The last name of a path or origin, with either separator. */
    static String fileName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return origin.substring(slash + 1);
    }

    /** The file name without extension, used as the article id when it is IRI-safe. */
    static String idHint(String origin) {
        String name = fileName(origin);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
