package kb.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Copies a built site into a folder of another site, so that the folder holds what the built site holds. */
final class SiteCopy {
    private SiteCopy() {}

    /**
     * Makes {@code into} a copy of {@code site}'s files, hidden ones left out: files copied when their size or time
     * differ, files {@code into} holds that the site no longer does deleted. Returns how many files were copied.
     */
    static int mirror(Path site, Path into) throws IOException {
        Set<Path> kept = new HashSet<>();
        int copied = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path relative = site.relativize(f);
                if (hidden(relative)) {
                    continue;
                }
                Path to = into.resolve(relative.toString());
                kept.add(to);
                if (Files.isRegularFile(to)
                        && Files.size(to) == Files.size(f)
                        && Files.getLastModifiedTime(to).equals(Files.getLastModifiedTime(f))) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                copied++;
            }
        }
        if (Files.isDirectory(into)) {
            List<Path> stale;
            try (Stream<Path> walk = Files.walk(into)) {
                stale = walk.filter(Files::isRegularFile)
                        .filter(p -> !kept.contains(p))
                        .toList();
            }
            for (Path p : stale) {
                Files.delete(p);
            }
        }
        return copied;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
