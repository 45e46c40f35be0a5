package kb.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing brought up to date from the paths that changed is the listing of the folder as it is now. */
class SourceListingTest {
    @TempDir
    Path root;

    private Path write(String name, String text) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void updatedFromTheChangedPathsItIsTheListingOfTheFolderNow() throws IOException {
        write("a.md", "a");
        write("old/b.md", "b");
        write("old/deeper/c.md", "c");
        Path edited = write("d.txt", "d");
        SourceListing before = SourceListing.of(root);
        assertThat(names(before)).containsExactly("a.md", "d.txt", "old/b.md", "old/deeper/c.md");

        Files.writeString(edited, "d, longer now");
        Path added = write("e.md", "e");
        Path image = write("pic.png", "png");
        Path hidden = write(".draft.md", "hidden");
        Path inHidden = write(".git/f.md", "hidden");
        Path newFolder = root.resolve("new");
        write("new/g.md", "g");
        write("new/more/h.md", "h");
        Path gone = root.resolve("old");
        for (String f : List.of("old/deeper/c.md", "old/b.md")) {
            Files.delete(root.resolve(f));
        }
        Files.delete(root.resolve("old/deeper"));
        Files.delete(gone);

        SourceListing after = before.updated(
                root, List.of(edited, added, image, hidden, inHidden, newFolder, gone, Path.of("/elsewhere/x.md")));
        assertThat(after).isEqualTo(SourceListing.of(root));
        assertThat(names(after)).containsExactly("a.md", "d.txt", "e.md", "new/g.md", "new/more/h.md");
        assertThat(after.files().get(1).size()).isEqualTo("d, longer now".length());
    }

    @Test
    void aRootGivenRelativeIsUpdatedFromTheAbsolutePathsAWatcherTells() throws IOException {
        Path edited = write("a.md", "a");
        write("b.md", "b");
        Path relativeRoot = Path.of("").toAbsolutePath().relativize(root);
        SourceListing before = SourceListing.of(relativeRoot);

        Files.writeString(edited, "a, longer now");
        Path added = write("new/c.md", "c");

        SourceListing after = before.updated(relativeRoot, List.of(edited.toAbsolutePath(), added.toAbsolutePath()));
        assertThat(after).isEqualTo(SourceListing.of(relativeRoot));
        assertThat(names(after)).containsExactly("a.md", "b.md", "new/c.md");
        assertThat(after.files().getFirst().size()).isEqualTo("a, longer now".length());
        // And the other way round: a root given absolute, a path relative to the working folder.
        SourceListing absolute = SourceListing.of(root);
        Files.writeString(edited, "a, longer still");
        assertThat(absolute.updated(root, List.of(relativeRoot.resolve("a.md"))))
                .isEqualTo(SourceListing.of(root));
    }

    private static List<String> names(SourceListing l) {
        return l.files().stream().map(SourceFile::name).toList();
    }
}
