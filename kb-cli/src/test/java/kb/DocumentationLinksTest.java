package kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ link to each other by file and section; every such link leads to a file of the repository and,
 * for a Markdown file, to one of its headings. The same pages make kb's site ({@code ./mvnw site}), where the links
 * to Markdown files lead to their pages.
 */
class DocumentationLinksTest {
    /** A Markdown link or image: {@code [text](target)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyLinkBetweenTheDocumentsLeadsToAFileAndItsSection() throws IOException {
        Path root = ProjectFiles.root();
        List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents) {
            for (String target : links(Files.readString(doc))) {
                if (target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // leaves the repository
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path to = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(to)) {
                    broken.add(root.relativize(doc) + ": " + target + " (no such file)");
                } else if (hash >= 0
                        && to.toString().endsWith(".md")
                        && !headings(Files.readString(to)).contains(target.substring(hash + 1))) {
                    broken.add(root.relativize(doc) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(checked).as("links checked").isGreaterThan(15);
        assertThat(broken).isEmpty();
    }

    /** The targets of a document's links, outside code blocks and code spans. */
    private static List<String> links(String markdown) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** A document's headings as GitHub anchors them: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> headings(String markdown) {
        Set<String> out = new HashSet<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "").replace("`", "");
                out.add(text.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
        }
        return out;
    }
}
