package kb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import kb.links.LinkChecker;
import kb.model.build.SiteLayout;
import kb.model.corpus.CorpusReader;
import kb.render.site.SiteConfig;
import kb.search.KbIndex;
import kb.search.KbSearcher;
import kb.search.SearchRequest;
import kb.testing.ProjectFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTest {
    @TempDir
    Path tmp;

    Path content;
    Path out;

    @BeforeEach
    void copyContent() throws Exception {
        content = tmp.resolve("content");
        out = tmp.resolve("site");
        ProjectFiles.copyContent(content);
    }

    private BuildReport build() throws Exception {
        return build(SiteConfig.defaults());
    }

    private BuildReport build(SiteConfig config) throws Exception {
        return SiteBuild.builder(content, out).config(config).build().run();
    }

    private Path state(String name) {
        return SiteLayout.of(out).stateFile(name);
    }

    /** Changes a file and moves its time on, as an editor would. */
    private void edit(String name, String from, String to) throws Exception {
        Path f = content.resolve(name);
        Files.writeString(f, Files.readString(f).replace(from, to));
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
    }

    /** The edit most tests make: Q900107's title changed. */
    private void retitleCatalogArticle() throws Exception {
        edit(
                "acme-vault-move-catalog.md",
                "title: How to Move the Acme Vault Catalog to Another Folder",
                "title: How to Move the Acme Vault Catalog Elsewhere");
    }

    private String page(String path) throws Exception {
        return Files.readString(out.resolve(path));
    }

    @Test
    void firstBuildWritesTheWholeSiteWithNoBrokenLinks() throws Exception {
        BuildReport r = build();

        assertThat(r.full()).isTrue();
        assertThat(r.articles()).isEqualTo(ProjectFiles.ARTICLES);
        assertThat(r.written()).isEqualTo(r.pages());
        assertThat(out.resolve("kb/256/Q256211/index.html")).exists();
        assertThat(out.resolve("static/kb.css")).exists();
        assertThat(out.resolve(SiteLayout.SITE_MARKER)).exists();
        assertThat(LinkChecker.check(out, CorpusReader.Progress.NONE).broken()).isEmpty();
        assertThat(SiteLayout.of(out).state()).isDirectory();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".bin") || n.endsWith(".tmp") || n.equals("lock"));
        }
    }

    @Test
    void secondBuildWritesNothingWhenNothingChanged() throws Exception {
        build();
        BuildReport r = build();

        assertThat(r.full()).isFalse();
        assertThat(r.read()).isZero();
        assertThat(r.written()).isZero();
        assertThat(r.unchanged()).isEqualTo(r.pages());
    }

    @Test
    void editingOneArticleRewritesOnlyThePagesThatShowIt() throws Exception {
        build();
        retitleCatalogArticle();

        BuildReport r = build();

        assertThat(r.read()).isEqualTo(1);
        assertThat(r.written()).isBetween(5, 20);
        assertThat(page("kb/900/Q900107/index.html")).contains("How to Move the Acme Vault Catalog Elsewhere");
        // Q900106 cites it and is next to it in its product.
        assertThat(page("kb/900/Q900106/index.html")).contains("How to Move the Acme Vault Catalog Elsewhere");
        assertThat(page("id/acmevault/index.html")).contains("How to Move the Acme Vault Catalog Elsewhere");
        assertThat(page("kb/256/Q256211/index.html")).doesNotContain("Catalog Elsewhere");
        assertThat(LinkChecker.check(out, CorpusReader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void anEditsBuildLeavesTheStatesTheNextBuildStartsFrom() throws Exception {
        build();
        byte[] corpus = Files.readAllBytes(state("corpus.bin"));
        byte[] related = Files.readAllBytes(state("related.bin"));
        retitleCatalogArticle();
        BuildReport edited = build();

        BuildReport next = build();

        // The corpus and the relations are written once the site is in line; both are in place when the build ends,
        // and the next build starts from them.
        assertThat(edited.stages()).containsKeys("save", "related save");
        assertThat(Files.readAllBytes(state("corpus.bin"))).isNotEqualTo(corpus);
        assertThat(Files.readAllBytes(state("related.bin"))).isNotEqualTo(related);
        assertThat(state("building")).doesNotExist();
        assertThat(next.full()).isFalse();
        assertThat(next.read()).isZero();
        assertThat(next.written()).isZero();
        assertThat(next.notices()).isEmpty();
    }

    @Test
    void aStartedBuildHoldsTheSiteUntilItsStatesAreWritten() throws Exception {
        build();
        retitleCatalogArticle();

        try (SiteBuild.Built started = SiteBuild.builder(content, out).build().start()) {
            // The site is in line before the states are written: its page shows the edit.
            assertThat(page("kb/900/Q900107/index.html")).contains("Catalog Elsewhere");
            assertThat(started.report().read()).isEqualTo(1);
            assertThatThrownBy(this::build).hasMessageContaining("another kb build is writing");
            started.finish();
            assertThat(state("building")).doesNotExist();
            assertThat(started.report().stages()).containsKeys("save", "related save", "pages save");
        }
        BuildReport next = build();

        assertThat(next.full()).isFalse();
        assertThat(next.read()).isZero();
        assertThat(next.written()).isZero();
    }

    @Test
    void aStartedBuildThatDoesNotFinishLeavesTheMarkAndTheNextBuildMakesAll() throws Exception {
        build();
        retitleCatalogArticle();

        try (SiteBuild.Built started = SiteBuild.builder(content, out).build().start()) {
            assertThat(started.report().read()).isEqualTo(1);
        }
        BuildReport next = build();

        assertThat(next.full()).isTrue();
        assertThat(next.notices()).singleElement().asString().contains("did not finish");
        assertThat(page("kb/900/Q900107/index.html")).contains("Catalog Elsewhere");
    }

    @Test
    void articlePagesListTheirRelatedArticlesAndANewArticleJoinsThem() throws Exception {
        build();
        var vault = Jsoup.parse(page("kb/900/Q900106/index.html"));
        assertThat(vault.select("section.related li a").eachText())
                .hasSizeBetween(1, 5)
                .first()
                .asString()
                .startsWith("Q900107");

        Files.writeString(content.resolve("acme-vault-locked.md"), """
                ---
                id: Q900201
                title: "Acme Vault: Catalog Is Locked During Backup on a UNC Path"
                products: Acme Vault
                modified: 2026-02-01
                ---

                ## Symptoms

                The Acme Vault catalog stays locked and the backup job hangs when the catalog is on a UNC path.
                """);
        BuildReport r = build();

        assertThat(r.full()).isFalse();
        assertThat(r.read()).isEqualTo(1);
        assertThat(Jsoup.parse(page("kb/900/Q900106/index.html"))
                        .select("section.related li a")
                        .eachText())
                .anyMatch(t -> t.startsWith("Q900201"));
        assertThat(Jsoup.parse(page("kb/900/Q900201/index.html"))
                        .select("section.related li a")
                        .eachText())
                .anyMatch(t -> t.startsWith("Q900106"));
        assertThat(LinkChecker.check(out, CorpusReader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void deletingAnArticleRemovesItsPageAndTheLinksToIt() throws Exception {
        build();
        Files.delete(content.resolve("acme-vault-move-catalog.md"));

        BuildReport r = build();

        assertThat(r.removed()).isGreaterThanOrEqualTo(1);
        assertThat(out.resolve("kb/900/Q900107/index.html")).doesNotExist();
        var citing = Jsoup.parse(page("kb/900/Q900106/index.html"));
        assertThat(citing.select("span.kb-ref.missing").eachText()).contains("Q900107 (not in this archive)");
        assertThat(page("missing/index.html")).contains("Q900107");
        assertThat(LinkChecker.check(out, CorpusReader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void anInterruptedBuildIsFollowedByAFullOne() throws Exception {
        build();
        Files.writeString(state("building"), "killed");

        BuildReport r = build();

        assertThat(r.full()).isTrue();
        assertThat(r.read()).isEqualTo(ProjectFiles.ARTICLES);
        assertThat(r.notices()).singleElement().asString().contains("did not finish");
        assertThat(state("building")).doesNotExist();
        assertThat(state("new-site")).doesNotExist();
    }

    @Test
    void damagedRelationsAreComputedAgainAndSaid() throws Exception {
        build();
        String before = page("kb/900/Q900106/index.html");
        Files.writeString(state("related.bin"), "not what kb wrote");

        BuildReport r = build();

        assertThat(r.notices()).singleElement().asString().contains("related articles could not be read");
        assertThat(r.written()).isZero();
        assertThat(page("kb/900/Q900106/index.html")).isEqualTo(before);
        assertThat(Jsoup.parse(before).select("section.related li a").eachText())
                .isNotEmpty();
    }

    @Test
    void buildNeverTouchesTheContent() throws Exception {
        java.util.Map<String, String> first = snapshot(content);
        build();
        assertThat(snapshot(content)).isEqualTo(first);
        edit("acme-vault-move-catalog.md", "to Another Folder", "Elsewhere");
        java.util.Map<String, String> before = snapshot(content);
        build();
        build(SiteConfig.defaults().withTitle("Other"));
        assertThat(snapshot(content)).hasSize(ProjectFiles.CONTENT_FILES).isEqualTo(before);
    }

    /** Every file of a folder: its bytes and time. */
    private static java.util.Map<String, String> snapshot(Path dir) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(
                        dir.relativize(f).toString(),
                        Files.getLastModifiedTime(f) + " " + java.util.Arrays.hashCode(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    @Test
    void refusesFoldersItMustNotWriteInto() throws Exception {
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");

        assertThat(refusal(foreign)).contains("not empty and was not made by kb build");
        assertThat(refusal(content)).contains("content folder");
        assertThat(refusal(tmp)).contains("holds the content folder");
        assertThat(refusal(content.resolve("site"))).contains("inside the content folder");
        assertThatThrownBy(() -> refusal(Path.of("/"))).hasMessageContaining("root folder");
        assertThat(refusal(Path.of(System.getProperty("user.home")))).contains("home folder");
        assertThat(refusal(out)).isEmpty();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(refusal(empty)).isEmpty();

        out = foreign;
        assertThatThrownBy(this::build).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("mine");
    }

    /** Why a build of the content into {@code site} is refused, or nothing. */
    private String refusal(Path site) throws IOException {
        return SiteBuild.builder(content, site).build().refusal().orElse("");
    }

    @Test
    void aDraftIsLeftOutOfAPublishedSiteAndShownMarkedWithDrafts() throws Exception {
        Files.writeString(content.resolve("draft.md"), """
                ---
                id: Q900300
                title: Acme Sync Zeppelin Mode Is Not Yet Released
                draft: true
                ---
                ## Symptoms

                The zeppelin mode is not in the console yet.
                """);
        String page = "kb/900/Q900300/index.html";
        Path index = SiteLayout.of(out).index();

        BuildReport published = build();
        assertThat(published.articles()).isEqualTo(ProjectFiles.ARTICLES);
        assertThat(out.resolve(page)).doesNotExist();
        try (var searcher = KbSearcher.open(index)) {
            assertThat(searcher.search(SearchRequest.of("zeppelin")).hits()).isEmpty();
        }

        BuildReport withDrafts =
                SiteBuild.builder(content, out).drafts(true).build().run();
        assertThat(withDrafts.articles()).isEqualTo(ProjectFiles.ARTICLES + 1);
        assertThat(page(page)).contains("class=\"draft-note\"");
        try (var searcher = KbSearcher.open(index)) {
            assertThat(searcher.search(SearchRequest.of("zeppelin")).hits())
                    .extracting(h -> h.id())
                    .containsExactly("Q900300");
        }

        BuildReport again = build();
        assertThat(again.removed())
                .as("the draft's page, and the lists it was in, are taken down")
                .isPositive();
        assertThat(out.resolve(page)).doesNotExist();
        try (var searcher = KbSearcher.open(index)) {
            assertThat(searcher.size()).isEqualTo(ProjectFiles.ARTICLES);
            assertThat(searcher.search(SearchRequest.of("zeppelin")).hits()).isEmpty();
        }
        assertThat(LinkChecker.check(out, CorpusReader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void searchIndexFollowsTheContent() throws Exception {
        build();
        Path index = SiteLayout.of(out).index();
        try (var searcher = KbSearcher.open(index)) {
            assertThat(searcher.size()).isEqualTo(ProjectFiles.ARTICLES);
            assertThat(searcher.search(SearchRequest.of("catalog hangs at 99 percent"))
                            .hits()
                            .get(0)
                            .id())
                    .isEqualTo("Q900106");
        }
        edit("acme-vault-backup-hang.md", "stops responding at 99 percent", "freezes at ninety-nine percent");
        Files.delete(content.resolve("acme-vault-move-catalog.md"));
        build();
        try (var searcher = KbSearcher.open(index)) {
            assertThat(searcher.size()).isEqualTo(ProjectFiles.ARTICLES - 1);
            assertThat(searcher.search(SearchRequest.of("freezes ninety-nine"))
                            .hits()
                            .get(0)
                            .id())
                    .isEqualTo("Q900106");
            assertThat(searcher.search(SearchRequest.of("Move the Acme Vault Catalog"))
                            .hits())
                    .extracting(h -> h.id())
                    .doesNotContain("Q900107");
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsMadeAgain() throws Exception {
        build();
        Path index = SiteLayout.of(out).index();
        // An index as an older kb left it: a Lucene index without this version's schema mark.
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
                var writer = new org.apache.lucene.index.IndexWriter(
                        dir,
                        new org.apache.lucene.index.IndexWriterConfig()
                                .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE))) {
            writer.commit();
        }
        assertThat(KbIndex.check(index)).isInstanceOf(KbIndex.Status.Unusable.class);

        BuildReport second = build();

        assertThat(second.notices()).singleElement().asString().contains("search index could not be used");
        assertThat(KbIndex.check(index)).isInstanceOf(KbIndex.Status.Current.class);
        try (var searcher = KbSearcher.open(index)) {
            assertThat(searcher.size()).isEqualTo(ProjectFiles.ARTICLES);
        }
    }

    @Test
    void themeFolderOverridesTemplatesAndStaticFilesByName() throws Exception {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("static"));
        Files.writeString(
                theme.resolve("templates/404.ftlh"), "<!doctype html><title>Lost</title><p>${site.title} lost it");
        Files.writeString(theme.resolve("static/kb.css"), "body { color: rebeccapurple; }");
        Files.writeString(theme.resolve("static/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        build(SiteConfig.defaults().withTheme(theme).withTitle("Acme KB"));

        assertThat(page("404.html")).isEqualTo("<!doctype html><title>Lost</title><p>Acme KB lost it");
        assertThat(page("static/kb.css")).contains("rebeccapurple");
        assertThat(out.resolve("static/logo.svg")).exists();
        assertThat(page("index.html")).contains("Acme KB");
    }

    @Test
    void aBrokenThemeTemplateIsReportedWithItsFileLineAndColumn() throws Exception {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Path file = theme.resolve("templates/404.ftlh");

        Files.writeString(file, "<!doctype html>\n<p>${site.title</p>\n");
        assertThatThrownBy(() -> build(SiteConfig.defaults().withTheme(theme)))
                .hasMessageContaining(file + ":2:")
                .hasMessageContaining("template syntax error: Encountered")
                .hasMessageNotContaining("earlier attempt");

        Files.writeString(file, "<!doctype html>\n<p>${site.nosuch}</p>\n");
        assertThatThrownBy(() -> build(SiteConfig.defaults().withTheme(theme)))
                .hasMessageContaining(file + ":2:6: template error: The following has evaluated to null or missing")
                .hasMessageEndingWith("(rendering 404.html)");
    }
}
