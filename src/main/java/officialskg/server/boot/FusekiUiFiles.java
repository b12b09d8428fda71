package officialskg.server.boot;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Fuseki UI files ({@code webapp/**}, unpacked from jena-fuseki-server at build time) copied to a directory,
 * because Fuseki serves its UI only from a directory and in the fat jar they sit inside a nested jar.
 */
final class FusekiUiFiles {

    private FusekiUiFiles() {
    }

    static Path copyTo(Path dir) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver(FusekiUiFiles.class.getClassLoader());
        Resource[] files = resolver.getResources("classpath*:webapp/**");
        int copied = 0;
        for (Resource file : files) {
            String url = file.getURL().toString();
            int at = url.lastIndexOf("/webapp/");
            if (at < 0 || url.endsWith("/") || !file.isReadable()) {
                continue;
            }
            Path target = dir.resolve(url.substring(at + "/webapp/".length())).normalize();
            if (!target.startsWith(dir)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                copied++;
            }
        }
        if (copied == 0 || !Files.exists(dir.resolve("index.html"))) {
            throw new IOException("the Fuseki UI files (webapp/index.html) are not on the classpath: build with ./mvnw package");
        }
        return dir;
    }
}
