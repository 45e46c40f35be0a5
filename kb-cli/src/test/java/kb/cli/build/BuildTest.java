package kb.cli.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import kb.cli.links.LinkChecker;
import kb.model.corpus.CorpusLoader;
import kb.model.parse.ArticleParser;
import kb.render.SiteConfig;
import kb.render.SiteRenderer;
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
    void copyContent() throws IOException {
        content = tmp.resolve("content");
        out = tmp.resolve("site");
        Files.createDirectories(content);
        try (Stream<Path> files = Files.list(ProjectFiles.content())) {
            for (Path f : files.toList()) {
                Files.copy(f, content.resolve(f.getFileName()));
            }
        }
    }

    private BuildReport build() throws IOException {
        return build(SiteConfig.defaults());
    }

    private BuildReport build(SiteConfig config) throws IOException {
        return new SiteBuilder(ArticleParser.create(), new SiteRenderer(config), CorpusLoader.Progress.NONE,
                CorpusLoader.Progress.NONE).build(content, out, false);
    }

    /** Changes a file and moves its time on, as an editor would. */
    private void edit(String name, String from, String to) throws IOException {
        Path f = content.resolve(name);
        Files.writeString(f, Files.readString(f).replace(from, to));
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
    }

    private String page(String path) throws IOException {
        return Files.readString(out.resolve(path));
    }

    @Test
    void firstBuildWritesTheWholeSiteWithNoBrokenLinks() throws IOException {
        BuildReport r = build();

        assertThat(r.full()).isTrue();
        assertThat(r.articles()).isEqualTo(12);
        assertThat(r.written()).isEqualTo(r.pages());
        assertThat(out.resolve("kb/256/Q256211/index.html")).exists();
        assertThat(out.resolve("static/kb.css")).exists();
        assertThat(out.resolve(OutputGuard.MARKER)).exists();
        assertThat(LinkChecker.check(out, CorpusLoader.Progress.NONE).broken()).isEmpty();
        assertThat(SiteBuilder.stateDir(out)).isDirectory();
        assertThat(Files.exists(out.resolve("state.bin"))).isFalse();
    }

    @Test
    void secondBuildWritesNothingWhenNothingChanged() throws IOException {
        build();
        BuildReport r = build();

        assertThat(r.full()).isFalse();
        assertThat(r.read()).isZero();
        assertThat(r.written()).isZero();
        assertThat(r.unchanged()).isEqualTo(r.pages());
    }

    @Test
    void editingOneArticleRewritesOnlyThePagesThatShowIt() throws IOException {
        build();
        edit("acme-vault-move-catalog.md", "title: How to Move the Acme Vault Catalog to Another Folder",
                "title: How to Move the Acme Vault Catalog Elsewhere");

        BuildReport r = build();

        assertThat(r.read()).isEqualTo(1);
        assertThat(r.written()).isBetween(5, 20);
        assertThat(page("kb/900/Q900107/index.html")).contains("How to Move the Acme Vault Catalog Elsewhere");
        // Q900106 cites it and is next to it in its product.
        assertThat(page("kb/900/Q900106/index.html")).contains("How to Move the Acme Vault Catalog Elsewhere");
        assertThat(page("id/acmevault/index.html")).contains("How to Move the Acme Vault Catalog Elsewhere");
        assertThat(page("kb/256/Q256211/index.html")).doesNotContain("Catalog Elsewhere");
        assertThat(LinkChecker.check(out, CorpusLoader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void articlePagesListTheirRelatedArticlesAndANewArticleJoinsThem() throws IOException {
        build();
        var vault = Jsoup.parse(page("kb/900/Q900106/index.html"));
        assertThat(vault.select("section.related li a").eachText()).hasSizeBetween(1, 5)
                .first().asString().startsWith("Q900107");

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
        assertThat(Jsoup.parse(page("kb/900/Q900106/index.html")).select("section.related li a").eachText())
                .anyMatch(t -> t.startsWith("Q900201"));
        assertThat(Jsoup.parse(page("kb/900/Q900201/index.html")).select("section.related li a").eachText())
                .anyMatch(t -> t.startsWith("Q900106"));
        assertThat(LinkChecker.check(out, CorpusLoader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void deletingAnArticleRemovesItsPageAndTheLinksToIt() throws IOException {
        build();
        Files.delete(content.resolve("acme-vault-move-catalog.md"));

        BuildReport r = build();

        assertThat(r.removed()).isGreaterThanOrEqualTo(1);
        assertThat(out.resolve("kb/900/Q900107/index.html")).doesNotExist();
        var citing = Jsoup.parse(page("kb/900/Q900106/index.html"));
        assertThat(citing.select("span.kb-ref.missing").eachText()).contains("Q900107 (not in this archive)");
        assertThat(page("missing/index.html")).contains("Q900107");
        assertThat(LinkChecker.check(out, CorpusLoader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void anInterruptedBuildIsFollowedByAFullOne() throws IOException {
        build();
        Files.writeString(SiteBuilder.stateDir(out).resolve("building"), "killed");

        BuildReport r = build();

        assertThat(r.full()).isTrue();
        assertThat(SiteBuilder.stateDir(out).resolve("building")).doesNotExist();
        assertThat(tmp.resolve(".site.kb-new")).doesNotExist();
    }

    @Test
    void damagedRelationsCostAFullBuild() throws IOException {
        build();
        Files.writeString(SiteBuilder.stateDir(out).resolve("related.bin"), "not what kb wrote");

        BuildReport r = build();

        assertThat(r.full()).isTrue();
        assertThat(Jsoup.parse(page("kb/900/Q900106/index.html")).select("section.related li a").eachText())
                .isNotEmpty();
    }

    @Test
    void buildNeverTouchesTheContent() throws IOException {
        long before = Files.walk(content).filter(Files::isRegularFile).mapToLong(f -> f.toFile().lastModified()).sum();
        build();
        build();
        long after = Files.walk(content).filter(Files::isRegularFile).mapToLong(f -> f.toFile().lastModified()).sum();
        assertThat(after).isEqualTo(before);
        assertThat(Files.list(content).count()).isEqualTo(12);
    }

    @Test
    void refusesFoldersItMustNotWriteInto() throws IOException {
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");

        assertThat(OutputGuard.refusal(content, foreign)).contains("not empty and was not made by kb build");
        assertThat(OutputGuard.refusal(content, content)).contains("content folder");
        assertThat(OutputGuard.refusal(content, tmp)).contains("holds the content folder");
        assertThat(OutputGuard.refusal(content, content.resolve("site"))).contains("inside the content folder");
        assertThat(OutputGuard.refusal(content, Path.of("/"))).contains("root folder");
        assertThat(OutputGuard.refusal(content, Path.of(System.getProperty("user.home")))).contains("home folder");
        assertThat(OutputGuard.refusal(content, out)).isNull();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(OutputGuard.refusal(content, empty)).isNull();

        out = foreign;
        assertThatThrownBy(this::build).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void searchIndexFollowsTheContent() throws IOException {
        SiteRenderer renderer = new SiteRenderer(SiteConfig.defaults());
        SiteBuilder builder = new SiteBuilder(ArticleParser.create(), renderer, CorpusLoader.Progress.NONE,
                CorpusLoader.Progress.NONE).withIndex(true);
        builder.build(content, out, false);
        Path index = SiteBuilder.stateDir(out).resolve(SiteBuilder.INDEX);
        try (var searcher = kb.search.KbSearcher.open(index)) {
            assertThat(searcher.size()).isEqualTo(12);
            assertThat(searcher.search(kb.search.SearchRequest.of("catalog hangs at 99 percent")).hits().get(0).id())
                    .isEqualTo("Q900106");
        }
        edit("acme-vault-backup-hang.md", "stops responding at 99 percent", "freezes at ninety-nine percent");
        Files.delete(content.resolve("acme-vault-move-catalog.md"));
        builder.build(content, out, false);
        try (var searcher = kb.search.KbSearcher.open(index)) {
            assertThat(searcher.size()).isEqualTo(11);
            assertThat(searcher.search(kb.search.SearchRequest.of("freezes ninety-nine")).hits().get(0).id())
                    .isEqualTo("Q900106");
            assertThat(searcher.search(kb.search.SearchRequest.of("Move the Acme Vault Catalog")).hits())
                    .extracting(h -> h.id()).doesNotContain("Q900107");
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsMadeAgain() throws IOException {
        SiteBuilder builder = new SiteBuilder(ArticleParser.create(), new SiteRenderer(SiteConfig.defaults()),
                CorpusLoader.Progress.NONE, CorpusLoader.Progress.NONE).withIndex(true);
        builder.build(content, out, false);
        Path index = SiteBuilder.stateDir(out).resolve(SiteBuilder.INDEX);
        // An index as an older kb left it: a Lucene index without this version's schema mark.
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
                var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig()
                        .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE))) {
            writer.commit();
        }
        assertThat(kb.search.KbIndex.isCurrent(index)).isFalse();

        BuildReport second = builder.build(content, out, false);

        assertThat(second.full()).isTrue();
        assertThat(kb.search.KbIndex.isCurrent(index)).isTrue();
        try (var searcher = kb.search.KbSearcher.open(index)) {
            assertThat(searcher.size()).isEqualTo(12);
        }
    }

    @Test
    void themeFolderOverridesTemplatesAndStaticFilesByName() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("static"));
        Files.writeString(theme.resolve("templates/404.ftlh"), "<!doctype html><title>Lost</title><p>${site.title} lost it");
        Files.writeString(theme.resolve("static/kb.css"), "body { color: rebeccapurple; }");
        Files.writeString(theme.resolve("static/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        build(SiteConfig.defaults().withTheme(theme).withTitle("Acme KB"));

        assertThat(page("404.html")).isEqualTo("<!doctype html><title>Lost</title><p>Acme KB lost it");
        assertThat(page("static/kb.css")).contains("rebeccapurple");
        assertThat(out.resolve("static/logo.svg")).exists();
        assertThat(page("index.html")).contains("Acme KB");
    }
}
