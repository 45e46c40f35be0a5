package kb.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.model.build.SiteLayout;
import kb.render.site.SiteConfig;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input a page shows, changed one at a time: an incremental build renders exactly the pages whose bytes change
 * (those that show it), writes them, and leaves the site byte for byte as every page rendered afresh from the same
 * corpus and related articles makes it. (Related articles computed after a change keep the weights the collection gave
 * the unchanged articles' words, so the reference is the same build's, not a build of the changed content from
 * nothing.)
 */
class PagePlanTest {
    @TempDir
    Path tmp;

    Path content;
    Path theme;
    Path site;
    SiteConfig config;

    @BeforeEach
    void firstBuild() throws Exception {
        content = ProjectFiles.copyContent(tmp.resolve("content"));
        theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.createDirectories(tmp.resolve("theme/static"));
        Files.writeString(tmp.resolve("theme/static/extra.css"), "p { margin: 0; }");
        config = SiteConfig.defaults().withBaseUrl("https://example.com/kb/").withTheme(tmp.resolve("theme"));
        site = tmp.resolve("site");
        build(site, false);
    }

    private BuildReport build(Path out, boolean full) throws Exception {
        return SiteBuild.builder(content, out)
                .config(config)
                .full(full)
                .index(false)
                .build()
                .run();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path f = content.resolve(file);
        String text = Files.readString(f);
        assertThat(text).as(file).contains(from);
        Files.writeString(f, text.replace(from, to));
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
    }

    /** Every file of a site by path, with its bytes. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    /** The files added or changed from one site to the other. */
    private static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> out = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.get(path))) {
                out.add(path);
            }
        });
        return out;
    }

    /**
     * Makes the change, builds incrementally, and checks the build against a fresh one of the changed content. Returns
     * the pages that changed.
     */
    private Set<String> afterChange(Runnable change) throws Exception {
        Map<String, byte[]> before = files(site);
        change.run();
        BuildReport r = build(site, false);
        Map<String, byte[]> after = files(site);

        Map<String, byte[]> expected = renderedAfresh();
        assertThat(after.keySet()).as("files after an incremental build").isEqualTo(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(new String(after.get(path), UTF_8)).as(path).isEqualTo(new String(expected.get(path), UTF_8));
        }
        Set<String> changed = changed(before, after);
        Set<String> pages = new TreeSet<>(changed);
        pages.removeIf(p -> p.startsWith("static/"));
        assertThat(r.rendered()).as("pages rendered, for %s changed", pages).isEqualTo(pages.size());
        assertThat(r.written()).as("files written").isEqualTo(changed.size());
        Set<String> gone = new TreeSet<>(before.keySet());
        gone.removeAll(after.keySet());
        assertThat(r.removed()).as("files removed").isEqualTo(gone.size());
        return changed;
    }

    /** Every page rendered anew from the state the last build left: a copy of the site without its pages' state. */
    private Map<String, byte[]> renderedAfresh() throws Exception {
        Path fresh = tmp.resolve("fresh-" + System.nanoTime());
        ProjectFiles.copyTree(site, fresh);
        ProjectFiles.copyTree(SiteLayout.of(site).state(), SiteLayout.of(fresh).state());
        Files.delete(SiteLayout.of(fresh).stateFile("pages.bin"));
        BuildReport r = build(fresh, false);
        assertThat(r.read()).as("files read again").isZero();
        return files(fresh);
    }

    private Runnable editing(String file, String from, String to) {
        return () -> {
            try {
                edit(file, from, to);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    @Test
    void nothingChangedRendersNothing() throws Exception {
        assertThat(afterChange(() -> {})).isEmpty();
    }

    @Test
    void aTitleIsRenderedWhereverItShows() throws Exception {
        Set<String> changed = afterChange(editing(
                "acme-vault-move-catalog.md",
                "title: How to Move the Acme Vault Catalog to Another Folder",
                "title: Moving the Acme Vault Catalog"));
        assertThat(changed)
                .contains(
                        "kb/900/Q900107/index.html",
                        "kb/900/Q900106/index.html",
                        "id/acmevault/index.html",
                        "articles.json",
                        "az/M/index.html")
                .doesNotContain("kb/256/Q256211/index.html");
    }

    @Test
    void productsAreRenderedWhereverTheyShow() throws Exception {
        Set<String> changed = afterChange(
                editing("acme-vault-move-catalog.md", "product: acmevault", "product: acmevault, acmesync"));
        assertThat(changed).contains("kb/900/Q900107/index.html", "id/acmesync/index.html", "index.html");
    }

    @Test
    void keywordsAreRenderedWhereverTheyShow() throws Exception {
        Set<String> changed =
                afterChange(editing("acme-vault-backup-hang.md", "keywords: kbvault", "keywords: kbnewword kbvault"));
        assertThat(changed).contains("kb/900/Q900106/index.html", "keyword/kbnewword/index.html", "keyword/index.html");
    }

    @Test
    void aCitedArticleThatAppearsTurnsItsMentionsIntoLinks() throws Exception {
        Set<String> changed = afterChange(() -> {
            try {
                Files.writeString(content.resolve("sp.md"), """
                        ---
                        id: Q236325
                        title: How to Obtain the Latest Systems Management Server 2.0 Service Pack
                        product: sms
                        modified: 2001-02-03
                        ---

                        ## Summary

                        Where to get the service pack.
                        """);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(changed).contains("kb/236/Q236325/index.html", "kb/256/Q256211/index.html", "missing/index.html");
    }

    @Test
    void aCitedArticleThatDisappearsIsMarkedMissingWhereItWasLinked() throws Exception {
        Set<String> changed = afterChange(() -> {
            try {
                Files.delete(content.resolve("acme-vault-move-catalog.md"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(changed).contains("kb/900/Q900106/index.html", "missing/index.html");
        assertThat(site.resolve("kb/900/Q900107/index.html")).doesNotExist();
    }

    @Test
    void relatedArticlesAreRenderedWhereTheyAreListed() throws Exception {
        Set<String> changed = afterChange(editing(
                "acme-sync-reinstall.md",
                "## Symptoms",
                "## Symptoms\n\nThe Acme Vault catalog backup job hangs at 99 percent on a UNC path.\n"));
        assertThat(changed).contains("kb/900/Q900106/index.html");
    }

    @Test
    void aTitleIsRenderedWhereItIsListedAsRelatedWhenNoListChanges() throws Exception {
        // The same words in capitals: the articles' related lists stay as they are, the title they show does not.
        Set<String> changed = afterChange(editing(
                "acme-vault-move-catalog.md",
                "title: How to Move the Acme Vault Catalog to Another Folder",
                "title: HOW TO MOVE THE ACME VAULT CATALOG TO ANOTHER FOLDER"));
        assertThat(changed).contains("kb/900/Q900107/index.html", "kb/900/Q900105/index.html");
    }

    @Test
    void aDateIsRenderedWhereverItShows() throws Exception {
        Set<String> changed =
                afterChange(editing("acme-vault-backup-hang.md", "modified: 2026-05-22", "modified: 2019-05-22"));
        assertThat(changed)
                .contains(
                        "kb/900/Q900106/index.html",
                        "year/2019/index.html",
                        "year/index.html",
                        "feed.xml",
                        "sitemap.xml",
                        "index.html");
    }

    @Test
    void aTemplateRendersThePagesThatUseItAndAStaticFileIsCopied() throws Exception {
        Set<String> changed = afterChange(() -> {
            try {
                Files.writeString(theme.resolve("404.ftlh"), "<!doctype html><title>Lost</title><p>${site.title}");
                Files.writeString(tmp.resolve("theme/static/extra.css"), "p { margin: 1em; }");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(changed).contains("404.html", "static/extra.css");
    }

    @Test
    void randomEditsLeaveEveryPageAsRenderingAfreshMakesIt() throws Exception {
        // Articles of three products, with neighbours, citations, keywords, dates and links to files: every kind of
        // thing a page shows of another article, changed at random, one edit a build.
        Random random = new Random(20261201);
        List<Integer> ids = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            ids.add(910_000 + n * 3);
        }
        Files.createDirectories(content.resolve("generated/img"));
        for (int id : ids) {
            writeArticle(random, id, ids);
        }
        build(site, false);
        for (int step = 0; step < 30; step++) {
            int id = ids.get(random.nextInt(ids.size()));
            Path file = content.resolve("generated/q" + id + ".md");
            int kind = random.nextInt(6);
            switch (kind) {
                case 0 -> writeArticle(random, id, ids); // everything about it changes
                case 1 -> {
                    Files.deleteIfExists(file);
                    ids.remove(Integer.valueOf(id));
                }
                case 2 -> {
                    int added = 910_001 + random.nextInt(120);
                    if (!ids.contains(added)) {
                        ids.add(added);
                    }
                    writeArticle(random, added, ids);
                }
                case 3 -> {
                    Path image = content.resolve("generated/img/p" + random.nextInt(3) + ".png");
                    if (Files.exists(image)) {
                        Files.delete(image);
                    } else {
                        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                    }
                }
                case 4 -> {
                    if (Files.exists(file)) {
                        String text = Files.readString(file);
                        Files.writeString(file, text.replaceFirst("title: ", "title: Again "));
                    }
                }
                default -> {
                    if (Files.exists(file)) {
                        Files.writeString(
                                file, Files.readString(file) + "\nThe " + word(random) + " " + word(random) + ".\n");
                    }
                }
            }
            BuildReport r = build(site, false);
            assertThat(r.full()).as("step %d", step).isFalse();
            Map<String, byte[]> after = files(site);
            Map<String, byte[]> expected = renderedAfresh();
            assertThat(after.keySet())
                    .as("files after step %d (%d)", step, kind)
                    .isEqualTo(expected.keySet());
            for (String path : expected.keySet()) {
                assertThat(new String(after.get(path), UTF_8))
                        .as("%s after step %d (%d)", path, step, kind)
                        .isEqualTo(new String(expected.get(path), UTF_8));
            }
        }
    }

    private static final String[] WORDS = {
        "hangs", "stops", "is locked", "fails", "is slow", "restarts", "is missing", "is damaged", "grows", "shrinks"
    };

    private static final String[] SYLLABLES = {"ba", "ko", "ri", "ze", "mu", "ta", "lo", "pe"};

    private static String word(Random random) {
        return SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private static final String[][] PRODUCTS = {
        {"widgeta", "Widget A"}, {"widgetb", "Widget B"}, {"widgetc", "Widget C"}
    };

    /** Writes a generated article with a random title, products, keywords, date, citations and links. */
    private void writeArticle(Random random, int id, List<Integer> ids) throws IOException {
        String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        String title = (char) ('A' + random.nextInt(4)) + "rticle " + id + " " + WORDS[random.nextInt(WORDS.length)];
        // Made-up words, few shared: each article is related to some others, not to all.
        StringBuilder body = new StringBuilder("## Symptoms\n\nThe " + word(random) + " " + word(random) + " "
                + WORDS[random.nextInt(WORDS.length)] + " when the " + word(random) + " "
                + WORDS[random.nextInt(WORDS.length)] + ".\n");
        for (int c = random.nextInt(3); c > 0; c--) {
            body.append("\nSee Q").append(ids.get(random.nextInt(ids.size()))).append(".\n");
        }
        if (random.nextInt(4) == 0) {
            body.append("\nSee Q").append(990_000 + random.nextInt(3)).append(", which is not here.\n");
        }
        if (random.nextInt(8) == 0) {
            body.append("\n![screen](img/p").append(random.nextInt(3)).append(".png)\n");
        }
        Files.writeString(content.resolve("generated/q" + id + ".md"), """
                ---
                id: Q%d
                title: %s
                product: %s
                products: %s
                modified: %d-0%d-1%d
                keywords: kbgen%d kbgen%d
                ---

                %s""".formatted(
                        id,
                        title,
                        product[0],
                        product[1],
                        2019 + random.nextInt(3),
                        1 + random.nextInt(9),
                        random.nextInt(10),
                        random.nextInt(4),
                        random.nextInt(4),
                        body));
        Files.setLastModifiedTime(
                content.resolve("generated/q" + id + ".md"),
                FileTime.from(Instant.now().plusSeconds(random.nextInt(60))));
    }
}
