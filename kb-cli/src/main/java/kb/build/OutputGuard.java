package kb.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import kb.model.build.SiteLayout;

/**
 * Keeps a build from writing where it must not. Every folder a build writes, swaps or deletes is the site or lies in
 * its state folder beside it; neither may be the content folder, inside it or one of its parents, the home folder or
 * {@code /}. An existing site must be empty or one kb made (it holds the site marker); an existing state folder must
 * be empty or one kb made (it holds the state marker, or sits beside a site kb made).
 */
final class OutputGuard {
    private OutputGuard() {}

    /** Why kb must not build {@code layout}'s site from {@code content}, if it must not. */
    static Optional<String> refusal(Path content, SiteLayout layout) throws IOException {
        Path c = content.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        for (Path o : new Path[] {layout.site(), layout.state()}) {
            String what = o.equals(layout.site()) ? "build into " + o : "keep the build's state in " + o;
            if (o.getParent() == null) {
                return Optional.of("refusing to " + what + ": it is the root folder");
            }
            if (o.equals(home)) {
                return Optional.of("refusing to " + what + ": it is your home folder");
            }
            if (o.equals(c)) {
                return Optional.of("refusing to " + what + ": it is the content folder");
            }
            if (c.startsWith(o)) {
                return Optional.of("refusing to " + what + ": it holds the content folder " + c);
            }
            if (o.startsWith(c)) {
                return Optional.of("refusing to " + what + ": it is inside the content folder " + c
                        + " (its files would be read as articles)");
            }
            if (Files.exists(o) && !Files.isDirectory(o)) {
                return Optional.of("refusing to " + what + ": it is a file");
            }
        }
        Path site = layout.site();
        boolean ours = Files.exists(site.resolve(SiteLayout.SITE_MARKER));
        if (Files.isDirectory(site) && !ours && !isEmpty(site)) {
            return Optional.of("refusing to build into " + site + ": the folder is not empty and was not made by"
                    + " kb build (no " + SiteLayout.SITE_MARKER + " file); choose an empty or new folder");
        }
        Path state = layout.state();
        if (Files.isDirectory(state)
                && !ours
                && !Files.exists(state.resolve(SiteLayout.STATE_MARKER))
                && !isEmpty(state)) {
            return Optional.of("refusing to keep the build's state in " + state + ": the folder is not empty and was"
                    + " not made by kb build; move it away or build into another folder");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
