package officialskg.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Which files a directory holds for reading, and what a file's name says (extension, id). */
final class InputFiles {

    private InputFiles() {
    }

    /** The regular files under {@code dir}, depth-first in name order, hidden files and directories left out. */
    static List<Path> under(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        collect(dir, files);
        return files;
    }

    /** Directories depth-first, each level in name order; hidden files and directories are skipped. */
    private static void collect(Path dir, List<Path> files) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                collect(child, files);
            } else if (Files.isRegularFile(child)) {
                files.add(child);
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
