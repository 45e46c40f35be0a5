package kb.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.Diagnostic;
import kb.model.DiagnosticCode;
import kb.model.SourceFormat;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.testing.ProjectFiles;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutation fuzzing of every format's reader, seeded from the sample content (and, with {@code -Dkb.fuzz.corpus=DIR},
 * from up to {@code kb.fuzz.corpusFiles} articles of a corpus): each try takes an article of one format, applies one to
 * six mutations (bytes flipped, inserted, deleted, duplicated; lines repeated, swapped, made huge; the file cut short,
 * its line ends or encoding changed; tokens each format gives meaning to, inserted anywhere) and reads it both as that
 * format and as detected. Whatever it reads, no exception escapes and no internal error is reported; every diagnostic
 * names the file and is one bounded line; a file that gives no article has an error with its line. A second property
 * puts the mutated file in a folder beside the sample articles: they all load as they do alone.
 *
 * <p>The pass {@code ./mvnw verify} runs is seeded and the same each time ({@code jqwik.tries.default} tries each,
 * from {@code junit-platform.properties}); {@code -Djqwik.tries.default=N} runs a longer one from the same seed (see
 * docs/reliability.md).
 */
class ParserFuzzTest {
    private static final String SEED = "20261201";

    /** The largest file a try makes. */
    private static final int MAX_FUZZED = 2 * 1024 * 1024;

    /** Text each format gives meaning to: what a careless edit or a hostile file puts where it does not belong. */
    private static final List<String> TOKENS = List.of(
            "\u0000",
            "\r",
            "\n",
            "\r\n",
            "\n---\n",
            "---",
            "DOCUMENT:",
            "DOCUMENT:Q2147483648  30-JUL-2001  [sms]\n",
            "DOCUMENT:Q" + "9".repeat(40),
            "TITLE   :",
            "PRODUCT :",
            "KEYWORDS:",
            "Q99999999999: title\n",
            "Article: Q",
            "Article: Q" + "9".repeat(25),
            "Product(s): ",
            "Keyword(s): ../../etc .hidden ",
            "Last Modified: 31-FOO-2000",
            "Last Modified: 99-DEC-99999",
            "## Q1:",
            "## Q256211: ",
            "{% raw %}",
            "{% endraw %}",
            "\t",
            "\uFEFF",
            "\uFFFF",
            "\uFFFE",
            "\u202E",
            "\u0085",
            "\u2028",
            "\u001B[2J",
            "\u001B]0;owned\u0007",
            "'",
            "\"",
            "[",
            "]",
            "{",
            "}",
            "&a [*a, *a, *a]",
            "*a",
            "!!binary ",
            "!!python/object:x ",
            ": ",
            "- ",
            "? ",
            "\\",
            "%",
            "id: Q",
            "id: ../../../etc/Q1\n",
            "title:",
            "keywords: [",
            "products: {x: [",
            "modified: 2026-02-30\n",
            "draft: maybe\n",
            "slug: ../..\n",
            "aliases: [../../x]\n",
            "${7*7}",
            "[#assign x=1]",
            "<#if x>",
            "<script>alert(1)</script>",
            "[x](javascript:alert(1))",
            "![x](../../../etc/passwd)",
            "[x](Q999999999999)",
            "<http://",
            "`",
            "```",
            "~~~",
            "| a | b |\n|---|:-:|\n",
            "> ",
            "1. ",
            "* [ ] ",
            "[^1]",
            "    ",
            "SYMPTOMS\n========\n",
            "CAUSE\n=====\n",
            "RESOLUTION\n",
            "MORE INFORMATION\n================\n",
            "=".repeat(70) + "\n",
            "-".repeat(79) + "\n",
            "Q256986 How to Obtain the Latest Service Pack\n",
            "9".repeat(30));

    enum Kind {
        FLIP,
        INSERT_BYTES,
        INSERT_TOKEN,
        DELETE,
        DUPLICATE,
        TRUNCATE,
        REPEAT_LINE,
        LONG_LINE,
        SWAP_LINES,
        LINE_ENDS,
        ENCODING
    }

    /** One change to a file: where (as fractions of its length), how much, and with what. */
    record Mutation(Kind kind, double at, double to, int count, String token, byte[] bytes) {
        byte[] apply(byte[] in) {
            int n = in.length;
            int i = (int) (at * n);
            int j = (int) (to * n);
            int from = Math.min(i, j);
            int end = Math.max(i, j);
            return switch (kind) {
                case FLIP -> {
                    if (n == 0) {
                        yield in;
                    }
                    byte[] out = in.clone();
                    out[Math.min(i, n - 1)] ^= (byte) (1 << (count % 8));
                    yield out;
                }
                case INSERT_BYTES -> splice(in, i, i, bytes);
                case INSERT_TOKEN -> splice(in, i, i, token.getBytes(StandardCharsets.UTF_8));
                case DELETE -> splice(in, from, Math.min(end, from + 1 + count * 8), new byte[0]);
                case DUPLICATE -> splice(in, i, i, slice(in, from, Math.min(end, from + 1 + count * 16)));
                case TRUNCATE -> slice(in, 0, i);
                case REPEAT_LINE -> {
                    byte[] line = (lineAt(in, i) + "\n").getBytes(StandardCharsets.UTF_8);
                    byte[] many = new byte[line.length * Math.min(1 + count, 1000)];
                    for (int k = 0; k < many.length; k += line.length) {
                        System.arraycopy(line, 0, many, k, line.length);
                    }
                    yield splice(in, i, i, many);
                }
                case LONG_LINE ->
                    splice(
                            in,
                            i,
                            i,
                            (token.isEmpty() ? "x" : token)
                                    .repeat(1 + count * 300 / Math.max(1, token.length()))
                                    .getBytes(StandardCharsets.UTF_8));
                case SWAP_LINES -> {
                    List<String> lines = new ArrayList<>(List.of(text(in).split("\n", -1)));
                    if (lines.size() > 1) {
                        Collections.swap(
                                lines,
                                Math.min((int) (at * lines.size()), lines.size() - 1),
                                Math.min((int) (to * lines.size()), lines.size() - 1));
                    }
                    yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case LINE_ENDS ->
                    text(in).replace("\n", count % 2 == 0 ? "\r\n" : "\r").getBytes(StandardCharsets.UTF_8);
                case ENCODING ->
                    text(in).getBytes(count % 2 == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_16LE);
            };
        }

        private static String text(byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }

        private static String lineAt(byte[] b, int at) {
            String t = text(slice(b, 0, Math.min(at, b.length)));
            int start = t.lastIndexOf('\n') + 1;
            return t.substring(start);
        }

        private static byte[] slice(byte[] b, int from, int to) {
            return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(to, b.length));
        }

        private static byte[] splice(byte[] b, int from, int to, byte[] with) {
            from = Math.min(from, b.length);
            to = Math.min(Math.max(to, from), b.length);
            byte[] out = new byte[from + with.length + b.length - to];
            System.arraycopy(b, 0, out, 0, from);
            System.arraycopy(with, 0, out, from, with.length);
            System.arraycopy(b, to, out, from + with.length, b.length - to);
            return out;
        }

        @Override
        public String toString() {
            return kind + "@" + String.format("%.3f-%.3f", at, to) + " x" + count
                    + (kind == Kind.INSERT_TOKEN || kind == Kind.LONG_LINE ? " " + token.strip() : "");
        }
    }

    private static Map<SourceFormat, List<byte[]>> seeds;
    private static Path folder;
    private static Map<ArticleId, Article> alone;

    @BeforeContainer
    static void readSeeds() throws IOException {
        List<Path> files = new ArrayList<>(articleFiles(ProjectFiles.content()));
        String corpus = System.getProperty("kb.fuzz.corpus", "");
        if (!corpus.isEmpty()) {
            List<Path> all = articleFiles(Path.of(corpus));
            Collections.shuffle(all, new Random(Long.parseLong(SEED)));
            files.addAll(all.subList(0, Math.min(all.size(), Integer.getInteger("kb.fuzz.corpusFiles", 2000))));
        }
        seeds = files.stream()
                .map(ParserFuzzTest::bytes)
                .collect(Collectors.groupingBy(
                        ParserFuzzTest::format,
                        () -> new java.util.EnumMap<>(SourceFormat.class),
                        Collectors.toList()));
        assertThat(seeds).containsOnlyKeys(SourceFormat.values());

        folder = Files.createTempDirectory(ProjectFiles.target("fuzz"), "folder");
        ProjectFiles.copyContent(folder);
        alone = new CorpusReader(ArticleParser.create(), true)
                .readAll(folder, CorpusReader.Progress.NONE).articles().stream()
                        .collect(Collectors.toMap(Article::id, Function.identity()));
        assertThat(alone).hasSize(ProjectFiles.ARTICLES);
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    private static List<Path> articleFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format a seed is written in, as its first line tells. */
    private static SourceFormat format(byte[] b) {
        String start = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
        if (start.startsWith("DOCUMENT:")) {
            return SourceFormat.RAW_KB;
        }
        if (start.startsWith("---") && start.contains("layout:")) {
            return SourceFormat.JEKYLL;
        }
        return start.startsWith("---") ? SourceFormat.MARKDOWN : SourceFormat.PLAIN_EXPORT;
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.of(TOKENS),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    private static byte[] mutated(SourceFormat format, int seed, List<Mutation> mutations) {
        List<byte[]> of = seeds.get(format);
        byte[] b = of.get(seed % of.size());
        for (Mutation m : mutations) {
            byte[] next = m.apply(b);
            // Larger files are the size limit's, tested on their own; here they would only slow the search down.
            b = next.length <= MAX_FUZZED ? next : b;
        }
        return b;
    }

    /** Reads the bytes as the format and as detected, and checks what every read must hold. */
    private static void readsSafely(SourceFormat format, byte[] bytes) {
        String name = "fuzzed/" + format.name().toLowerCase(java.util.Locale.ROOT) + ".txt";
        check(name, bytes, ArticleParser.create().parse(name, bytes));
        check(name, bytes, ArticleParser.builder().format(format).build().parse(name, bytes));
    }

    private static void check(String name, byte[] bytes, ParseResult r) {
        for (Diagnostic d : r.diagnostics()) {
            assertThat(d.code()).as("%s", d).isNotEqualTo(DiagnosticCode.INTERNAL_ERROR);
            assertThat(d.source()).isEqualTo(name);
            assertThat(d.message())
                    .hasSizeLessThanOrEqualTo(Diagnostic.MAX_MESSAGE)
                    .doesNotContain("\n", "\r");
        }
        if (r.article().isEmpty()) {
            assertThat(r.diagnostics())
                    .as("%d bytes read to no article", bytes.length)
                    .anySatisfy(d -> {
                        assertThat(d.isError()).isTrue();
                        assertThat(d.line()).isPositive();
                    });
        } else {
            Article a = r.article().get();
            assertThat(a.id()).isNotNull();
            assertThat(a.title()).isNotNull().doesNotContain("\n");
        }
    }

    @Property(seed = SEED)
    void rawKbArticles(@ForAll("seedIndex") int seed, @ForAll("mutations") List<Mutation> mutations) {
        readsSafely(SourceFormat.RAW_KB, mutated(SourceFormat.RAW_KB, seed, mutations));
    }

    @Property(seed = SEED)
    void jekyllPages(@ForAll("seedIndex") int seed, @ForAll("mutations") List<Mutation> mutations) {
        readsSafely(SourceFormat.JEKYLL, mutated(SourceFormat.JEKYLL, seed, mutations));
    }

    @Property(seed = SEED)
    void plainExports(@ForAll("seedIndex") int seed, @ForAll("mutations") List<Mutation> mutations) {
        readsSafely(SourceFormat.PLAIN_EXPORT, mutated(SourceFormat.PLAIN_EXPORT, seed, mutations));
    }

    @Property(seed = SEED)
    void markdownArticles(@ForAll("seedIndex") int seed, @ForAll("mutations") List<Mutation> mutations) {
        readsSafely(SourceFormat.MARKDOWN, mutated(SourceFormat.MARKDOWN, seed, mutations));
    }

    /** A mutated file beside the sample articles: each of them loads as it does alone, and the file is accounted for. */
    @Property(seed = SEED, tries = 60)
    void oneBrokenFileNeverChangesTheOthers(
            @ForAll SourceFormat format, @ForAll("seedIndex") int seed, @ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        Path fuzzed = folder.resolve("zz-fuzzed.txt");
        Files.write(fuzzed, mutated(format, seed, mutations));
        try {
            Corpus corpus = new CorpusReader(ArticleParser.create(), true).readAll(folder, CorpusReader.Progress.NONE);
            for (Article a : alone.values()) {
                assertThat(corpus.article(a.id())).as(a.id().toString()).contains(a);
            }
            boolean loaded = corpus.articles().size() > alone.size();
            assertThat(loaded
                            || corpus.diagnostics().stream()
                                    .anyMatch(d -> d.source().endsWith("zz-fuzzed.txt") && d.isError()))
                    .as("the fuzzed file loads or has an error")
                    .isTrue();
        } finally {
            Files.deleteIfExists(fuzzed);
        }
    }
}
