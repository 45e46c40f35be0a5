package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Block;
import kb.model.Blocks;
import kb.model.Diagnostic;
import kb.model.Reference;
import kb.model.Section;
import kb.model.SectionKind;
import kb.testing.ArchiveCorpus;
import kb.testing.ProjectFiles;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance over the whole public KB archive (run with {@code -Dkb.corpus=...}). Each check reads the raw file
 * on its own terms and compares with what the parser made of it; failures name the file and line.
 */
class CorpusConformanceIT {
    private static final Pattern DOCUMENT = Pattern.compile("^DOCUMENT:(Q\\d+)\\s+(\\S+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A citation on a line of its own: an id, then a title; not a prose line that happens to start with an id. */
    private static final Pattern REFERENCE_LINE = Pattern.compile("^\\s*Q(\\d{4,}) +(\\S.*)$");

    private static final Map<String, SectionKind> HEADINGS = Map.of(
            "SUMMARY",
            SectionKind.SUMMARY,
            "SYMPTOMS",
            SectionKind.SYMPTOMS,
            "CAUSE",
            SectionKind.CAUSE,
            "RESOLUTION",
            SectionKind.RESOLUTION,
            "WORKAROUND",
            SectionKind.WORKAROUND,
            "STATUS",
            SectionKind.STATUS,
            "MORE INFORMATION",
            SectionKind.MORE_INFORMATION,
            "REFERENCES",
            SectionKind.REFERENCES);
    private static final int MAX_REPORTED = 25;

    private static List<Path> files;

    @BeforeAll
    static void findCorpus() throws IOException {
        Optional<Path> dir = ArchiveCorpus.directory();
        assumeTrue(dir.isPresent(), "set -Dkb.corpus to the archive (kb-txt.tar.xz) to run the conformance tests");
        try (Stream<Path> walk = Files.walk(dir.get().resolve("txt"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Runs {@code check} on every file in parallel and fails with the first problems found, by file and line. */
    private static void forEveryArticle(Checker check) {
        ArticleParser parser = ArticleParser.create();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        files.parallelStream().forEach(path -> {
            try {
                byte[] bytes = Files.readAllBytes(path);
                String name = path.getParent().getFileName() + "/" + path.getFileName();
                ParseResult result = parser.parse(name, bytes);
                List<String> found = new ArrayList<>();
                // Decoded as the parser does, so that bytes Windows-1252 leaves undefined compare equal.
                String text =
                        kb.model.parse.internal.TextDecoder.decode(name, bytes).text();
                check.check(name, text.split("\r\n|\r|\n", -1), result, found);
                if (!found.isEmpty()) {
                    failed.incrementAndGet();
                    if (problems.size() < MAX_REPORTED) {
                        problems.addAll(found);
                    }
                }
            } catch (IOException e) {
                problems.add(path + ": " + e);
            }
        });
        assertThat(files).hasSizeGreaterThan(50_000);
        assertThat(problems)
                .as("%d of %d articles fail", failed.get(), files.size())
                .isEmpty();
    }

    @FunctionalInterface
    private interface Checker {
        void check(String name, String[] lines, ParseResult result, List<String> problems);
    }

    @Test
    void everyArticleParsesWithoutErrors() {
        forEveryArticle((name, lines, result, problems) -> {
            result.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> problems.add(d.toString()));
            if (result.article().isEmpty()) {
                problems.add(name + ": no article");
            }
        });
    }

    @Test
    void idTitleAndDateMatchTheHeader() {
        forEveryArticle((name, lines, result, problems) -> {
            Article a = result.article().orElseThrow();
            Matcher doc = DOCUMENT.matcher(lines[0]);
            if (!doc.find()) {
                problems.add(name + ":1: no DOCUMENT line");
                return;
            }
            if (!a.id().equals(ArticleId.of(doc.group(1)))) {
                problems.add(name + ":1: id " + a.id() + " != " + doc.group(1));
            }
            if (!name.endsWith("/" + a.id().value() + ".TXT")) {
                problems.add(name + ":1: id " + a.id() + " does not match the file name");
            }
            if (!a.modified().written().equals(doc.group(2)) || a.modified().date() == null) {
                problems.add(name + ":1: date " + a.modified() + " != " + doc.group(2));
            }
            String title = collapse(Parser.unescapeEntities(lines[1].substring("TITLE   :".length()), false));
            if (!a.title().equals(title)) {
                problems.add(name + ":2: title '" + a.title() + "' != '" + title + "'");
            }
        });
    }

    @Test
    void everyUnderlinedHeadingIsASectionOfItsKind() {
        forEveryArticle((name, lines, result, problems) -> {
            Article a = result.article().orElseThrow();
            List<Section> sections = new ArrayList<>(a.sections());
            for (int i = 1; i < lines.length; i++) {
                String heading = lines[i - 1].strip();
                String under = lines[i].strip();
                if (HEADINGS.containsKey(heading)
                        && !under.isEmpty()
                        && under.length() == heading.length()
                        && under.chars().allMatch(c -> c == '=')) {
                    Optional<Section> match = sections.stream()
                            .filter(s -> s.heading().equals(heading) && s.kind() == HEADINGS.get(heading))
                            .findFirst();
                    if (match.isEmpty()) {
                        problems.add(name + ":" + i + ": heading " + heading + " is not a " + HEADINGS.get(heading)
                                + " section");
                    } else {
                        sections.remove(match.get());
                    }
                }
            }
        });
    }

    @Test
    void noWordOfTheBodyIsLost() {
        forEveryArticle((name, lines, result, problems) -> {
            Article a = result.article().orElseThrow();
            List<String> expected = words(bodyLines(lines));
            List<String> actual = new ArrayList<>();
            for (Section s : a.sections()) {
                actual.addAll(words(List.of(s.heading())));
                s.blocks().forEach(b -> actual.addAll(words(List.of(text(b)))));
            }
            if (!actual.equals(expected)) {
                int at = 0;
                while (at < Math.min(actual.size(), expected.size())
                        && actual.get(at).equals(expected.get(at))) {
                    at++;
                }
                problems.add(name + ": sections' words differ from the body's at word " + at + ": expected "
                        + expected.subList(at, Math.min(expected.size(), at + 8)) + " but got "
                        + actual.subList(at, Math.min(actual.size(), at + 8)));
            }
            List<String> applies = words(a.appliesTo());
            List<String> box = words(appliesBox(lines));
            if (!box.isEmpty()
                    && !box.subList(Math.min(box.size(), 7), box.size()).equals(applies)) {
                problems.add(name + ": applies-to " + a.appliesTo() + " differs from the box " + box);
            }
        });
    }

    @Test
    void everyReferenceLineIsExtractedWithItsTitle() {
        forEveryArticle((name, lines, result, problems) -> {
            Article a = result.article().orElseThrow();
            List<String> body = bodyLines(lines);
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i);
                String before = i == 0 ? "" : body.get(i - 1);
                // After a blank line, another citation, or a short lead-in ending in a colon; a line after a
                // full-width line is the rest of a wrapped sentence.
                boolean ownLine = before.isBlank()
                        || REFERENCE_LINE.matcher(before).matches()
                        || (before.strip().endsWith(":") && before.length() < 70);
                Matcher m = REFERENCE_LINE.matcher(line);
                if (!ownLine || !m.matches() || Integer.parseInt(m.group(1)) == a.id().number()) {
                    continue;
                }
                ArticleId target = ArticleId.archive(Integer.parseInt(m.group(1)));
                String title = collapse(m.group(2).replaceFirst("^:\\s*", ""));
                boolean found = a.references().stream()
                        .anyMatch(r -> r.target().equals(target) && r.title().startsWith(title));
                if (!found) {
                    problems.add(name + ": reference line '" + line.strip() + "' not extracted with its title; got "
                            + a.references().stream()
                                    .filter(r -> r.target().equals(target))
                                    .map(Reference::title)
                                    .toList());
                }
            }
        });
    }

    @Test
    void seedsEqualTheirArchiveTwins() throws IOException {
        ArticleParser parser = ArticleParser.create();
        Path txt = files.get(0).getParent().getParent();
        try (Stream<Path> seeds = Files.list(ProjectFiles.content())) {
            for (Path seed : seeds.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt"))
                    .toList()) {
                Article mine = parser.parse(seed.toString(), Files.readAllBytes(seed))
                        .article()
                        .orElseThrow();
                Path twinPath =
                        txt.resolve(mine.id().bucket()).resolve(mine.id().value() + ".TXT");
                Article twin = parser.parse(twinPath.toString(), Files.readAllBytes(twinPath))
                        .article()
                        .orElseThrow();
                // The Jekyll and plain formats carry no product code; a corpus fills it in from raw articles
                // (CorpusTest checks that it does).
                Article mineFilled = mine.productCodes().isEmpty() ? mine.withProductCodes(twin.productCodes()) : mine;
                assertThat(mineFilled.sameContentAs(twin))
                        .as("%s equals its twin %s:%n%s%n%s", seed, twinPath, mineFilled, twin)
                        .isTrue();
            }
        }
    }

    // The lines after the header, less the applies-to box, the query words, the footer and the legal notice.
    private static List<String> bodyLines(String[] lines) {
        int start = 0;
        while (start < lines.length && !lines[start].isBlank()) {
            start++;
        }
        int end = lines.length;
        for (int i = lines.length - 1; i > start; i--) {
            if (lines[i].startsWith("THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE")) {
                end = i;
                break;
            }
        }
        int footer = end;
        for (int i = end - 1; i > start; i--) {
            if (lines[i].strip().matches("Additional query words\\s*:.*")) {
                footer = i;
                break;
            }
        }
        if (footer == end) {
            for (int i = end - 1; i > start; i--) {
                if (lines[i].strip().matches("={20,}") && i + 1 < end && lines[i + 1].startsWith("Keywords")) {
                    footer = i;
                    break;
                }
            }
        }
        List<String> body = new ArrayList<>(List.of(lines).subList(start, footer));
        List<String> box = appliesBox(lines);
        if (!box.isEmpty()) {
            int from = Collections.indexOfSubList(body, box);
            body.subList(from, from + box.size()).clear();
        }
        return body;
    }

    private static List<String> appliesBox(String[] lines) {
        for (int i = 0; i + 1 < lines.length && i < 50; i++) {
            if (lines[i].strip().matches("-{20,}")
                    && lines[i + 1].strip().startsWith("The information in this article applies to")) {
                for (int j = i + 2; j < lines.length; j++) {
                    if (lines[j].strip().matches("-{20,}")) {
                        return List.of(lines).subList(i, j + 1);
                    }
                }
            }
        }
        return List.of();
    }

    private static List<String> words(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String text(Block block) {
        return switch (block) {
            case Block.Paragraph p -> p.text();
            case Block.Preformatted p -> p.text();
            case Block.Subheading h -> h.text();
            case Block.BulletList l -> items(l.items());
            case Block.NumberedList l -> items(l.items());
            // The archive's formats make none of these.
            case Block.Code c -> c.text();
            case Block.Quote q -> Blocks.plainText(q.blocks());
            case Block.Table t -> Blocks.plainText(List.of(t));
            case Block.Rule r -> "";
        };
    }

    private static String items(List<Block.ListItem> items) {
        StringBuilder sb = new StringBuilder();
        for (Block.ListItem item : items) {
            sb.append(item.marker()).append(' ');
            item.blocks().forEach(b -> sb.append(text(b)).append('\n'));
        }
        return sb.toString();
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
