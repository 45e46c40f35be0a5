package kb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import kb.cli.KbProcess;
import kb.links.LinkChecker;
import kb.model.DiagnosticCode;
import kb.model.build.BuildListener;
import kb.model.build.SiteLayout;
import kb.model.corpus.CorpusReader;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;
import kb.render.SiteWriter;
import kb.search.KbSearcher;
import kb.search.SearchRequest;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What goes wrong around a build (another build, damaged state, vanished files) never leaves a broken site. */
class FaultsTest {
    @TempDir
    Path tmp;

    Path content;
    Path site;

    @BeforeEach
    void copyContent() throws IOException {
        content = ProjectFiles.copyContent(tmp.resolve("content"));
        site = tmp.resolve("site");
    }

    private BuildReport build() throws Exception {
        return build(BuildListener.NONE);
    }

    private BuildReport build(BuildListener listener) throws Exception {
        return SiteBuild.builder(content, site).listener(listener).build().run();
    }

    private Path state(String name) {
        return SiteLayout.of(site).stateFile(name);
    }

    /** Every file of a folder by path, with its bytes. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Arrays.toString(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private void assertSearchFindsItsArticles() throws IOException {
        try (KbSearcher searcher = KbSearcher.open(SiteLayout.of(site).index())) {
            assertThat(searcher.size()).isEqualTo(ProjectFiles.ARTICLES);
            assertThat(searcher.search(SearchRequest.of("smsapm32 does not stop during client upgrade"))
                            .hits()
                            .get(0)
                            .id())
                    .isEqualTo("Q256211");
        }
    }

    /** A listener that holds a build at the start of its pages until told to go on. */
    private static final class Holding implements BuildListener {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch go = new CountDownLatch(1);

        @Override
        public void started(String stage) {
            if (stage.equals("pages")) {
                reached.countDown();
                try {
                    go.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void aSecondBuildOfTheSameSiteIsRefusedWhileTheFirstRunsAndTheFirstFinishesWhole() throws Exception {
        build();
        Holding first = new Holding();
        CompletableFuture<BuildReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return SiteBuild.builder(content, site)
                        .full(true)
                        .listener(first)
                        .build()
                        .run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(first.reached.await(30, TimeUnit.SECONDS)).isTrue();

        // Another process, as a second terminal would start it.
        Process other = KbProcess.of("build", content.toString(), "--out", site.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("another kb build is writing " + site);
        // And another build in this process.
        assertThatThrownBy(this::build).hasMessageContaining("another kb build is writing");

        first.go.countDown();
        BuildReport r = running.get(60, TimeUnit.SECONDS);
        assertThat(r.pages()).isEqualTo(67);
        assertThat(LinkChecker.check(site, CorpusReader.Progress.NONE).broken()).isEmpty();
        assertThat(build().written()).isZero();
    }

    @Test
    void aContentFolderNamedLikeKbsOwnFoldersIsNeverWrittenNorDeleted() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("w"));
        Path stateLike = work.resolve(".site.kb");
        Files.move(content, stateLike);
        site = work.resolve("site");
        assertThatThrownBy(() -> SiteBuild.builder(stateLike, site).build().run())
                .hasMessageContaining("it is the content folder");
        assertThat(files(stateLike)).hasSize(ProjectFiles.CONTENT_FILES);

        // The names earlier versions of kb gave their scratch folders are no one's now.
        Path scratchLike = work.resolve(".site.kb-new");
        Files.move(stateLike, scratchLike);
        Map<String, String> before = files(scratchLike);
        SiteBuild.builder(scratchLike, site).build().run();
        SiteBuild.builder(scratchLike, site).full(true).build().run();
        assertThat(files(scratchLike)).isEqualTo(before);
        assertThat(site.resolve("kb/256/Q256211/index.html")).exists();

        // Nor may the content be inside the state folder.
        Path inside = Files.createDirectories(SiteLayout.of(site).stateFile("mine"));
        assertThat(SiteBuild.builder(inside, site).build().refusal())
                .get()
                .asString()
                .contains("holds the content");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"truncate segments", "flip segments", "delete si", "truncate tim", "flip fdt", "delete index"})
    void aDamagedIndexIsMadeAgainAndSaidOnce(String damage) throws Exception {
        build();
        Path index = SiteLayout.of(site).index();
        String[] how = damage.split(" ", -1);
        Path file;
        try (Stream<Path> files = Files.list(index)) {
            file = files.filter(f -> how[1].equals("index")
                            || f.getFileName().toString().startsWith(how[1])
                            || f.getFileName().toString().endsWith("." + how[1]))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        switch (how[0]) {
            case "truncate" -> Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            case "flip" -> {
                bytes[bytes.length / 2] ^= 0x20;
                Files.write(file, bytes);
            }
            default -> {
                if (how[1].equals("index")) {
                    try (Stream<Path> files = Files.list(index)) {
                        for (Path f : files.toList()) {
                            Files.delete(f);
                        }
                    }
                } else {
                    Files.delete(file);
                }
            }
        }

        BuildReport r = build();

        assertThat(r.notices()).as(damage).hasSizeLessThanOrEqualTo(1).allMatch(n -> n.contains("search index"));
        if (!how[1].equals("index")) {
            assertThat(r.notices()).as(damage).hasSize(1);
        }
        assertThat(r.written()).isZero();
        assertSearchFindsItsArticles();
        assertThat(build().notices()).isEmpty();
    }

    /** Rewrites a state file's checksum after its bytes were changed, as a forged file would have it. */
    private static void forge(Path file, int at, int value) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(at, value);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        ByteBuffer.wrap(bytes).putLong(bytes.length - Long.BYTES, crc.getValue());
        Files.write(file, bytes);
    }

    @Test
    void aSavedCorpusThatCannotBeReadMeansEverythingIsBuiltAgainAndSaidOnce() throws Exception {
        build();
        Map<String, String> before = files(site);
        byte[] corpus = Files.readAllBytes(state("corpus.bin"));
        corpus[corpus.length / 2] ^= 1;
        Files.write(state("corpus.bin"), corpus);

        BuildReport r = build();

        assertThat(r.notices())
                .singleElement()
                .asString()
                .contains("saved state of the last build could not be read")
                .contains("checksum");
        assertThat(r.read()).isEqualTo(ProjectFiles.ARTICLES);
        assertThat(files(site)).isEqualTo(before);
        assertThat(build().notices()).isEmpty();
    }

    @Test
    void anOutputsStateThatCannotBeReadIsMadeAgainAndSaidOnce() throws Exception {
        build();
        Map<String, String> before = files(site);
        // A huge count with a valid checksum, as a forged file could hold, and something else altogether.
        forge(state("related.bin"), 8, Integer.MAX_VALUE);
        Files.writeString(state("pages.bin"), "not what kb wrote");

        BuildReport r = build();

        assertThat(r.notices())
                .hasSize(2)
                .anyMatch(n -> n.contains("related articles could not be read") && n.contains("a count of"))
                .anyMatch(n -> n.contains("pages' saved fingerprints could not be read"));
        assertThat(r.read()).isZero();
        Map<String, String> after = files(site);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after).isEqualTo(before);
        assertThat(build().notices()).isEmpty();
    }

    @Test
    void anUnchangedArticleThatVanishesDuringABuildIsADiagnosticAndTheRestIsBuilt() throws Exception {
        build();
        String kept = Files.readString(site.resolve("kb/900/Q900106/index.html"));
        // Q900106 cites Q900107: the new title must be shown on its page, so the build reads Q900106 again.
        Path moved = content.resolve("acme-vault-move-catalog.md");
        Files.writeString(moved, Files.readString(moved).replace("to Another Folder", "Elsewhere"));
        Files.setLastModifiedTime(moved, FileTime.from(Instant.now().plusSeconds(5)));
        BuildListener deleting = new BuildListener() {
            @Override
            public void finished(String stage, Duration took) {
                if (stage.equals("sources")) {
                    try {
                        Files.delete(content.resolve("acme-vault-backup-hang.md"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };

        BuildReport r = build(deleting);

        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNREADABLE_FILE);
            assertThat(d.toString())
                    .startsWith("acme-vault-backup-hang.md: error: cannot read Q900106 again (the file"
                            + " is gone); its pages are left as they were");
        });
        assertThat(site.resolve("kb/900/Q900107/index.html")).content().contains("Elsewhere");
        assertThat(site.resolve("kb/900/Q900106/index.html")).content().isEqualTo(kept);
        BuildReport next = build();
        assertThat(next.diagnostics()).isEmpty();
        assertThat(site.resolve("kb/900/Q900106/index.html")).doesNotExist();
        assertThat(LinkChecker.check(site, CorpusReader.Progress.NONE).broken()).isEmpty();
    }

    @Test
    void aKeptPageTheSavedFingerprintsLackIsMadeWhenTheLastBuildCouldNotMakeEveryPage() throws Exception {
        build();
        String path = "kb/900/Q900106/index.html";
        Files.delete(site.resolve(path));
        // As a build leaves them when it could not make a page it planned: without its fingerprint, and saying so.
        rewritePageFingerprints(path);

        BuildReport next = build();

        assertThat(next.diagnostics()).isEmpty();
        assertThat(site.resolve(path)).content().contains("Q900106");
    }

    /** Writes the saved fingerprints of the pages again without one page's, marked as lacking some. */
    private void rewritePageFingerprints(String without) throws IOException {
        int magic = 0x4b425047;
        int version = 3;
        Path file = state("pages.bin");
        Map<String, Long> pages = new TreeMap<>();
        Map<String, String> links = new TreeMap<>();
        long context = BinaryReader.read(file, magic, version, in -> {
                    in.getByte();
                    long c = in.getLong();
                    for (int i = in.getInt(); i > 0; i--) {
                        pages.put(in.getString(), in.getLong());
                    }
                    for (int i = in.getInt(); i > 0; i--) {
                        links.put(in.getString(), in.getString());
                    }
                    return c;
                })
                .asOptional()
                .orElseThrow();
        assertThat(pages.remove(without)).isNotNull();
        try (BinaryWriter out = BinaryWriter.create(file, magic, version)) {
            out.putByte(0).putLong(context).putInt(pages.size());
            for (Map.Entry<String, Long> e : pages.entrySet()) {
                out.putString(e.getKey()).putLong(e.getValue());
            }
            out.putInt(links.size());
            for (Map.Entry<String, String> e : links.entrySet()) {
                out.putString(e.getKey()).putString(e.getValue());
            }
            out.commit();
        }
    }

    @Test
    void aFolderThatCannotBeListedIsADiagnosticAndTheRestIsBuilt() throws Exception {
        assumeFalse(System.getProperty("user.name").equals("root"), "root lists any folder");
        Path locked = Files.createDirectories(content.resolve("locked"));
        Files.writeString(locked.resolve("a.md"), "---\nid: Q900901\ntitle: Hidden\n---\n\nText.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            BuildReport r = build();
            assertThat(r.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.UNREADABLE_FOLDER);
                assertThat(d.source()).isEqualTo("locked");
            });
            assertThat(r.articles()).isEqualTo(ProjectFiles.ARTICLES);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void filesOfTheSearchIndexThatNoBuildNamesGoWithTheNextBuild() throws Exception {
        BuildReport first = build();
        Path search = site.resolve("search");
        Files.writeString(search.resolve("t/stray-1.js"), "kbShard('t/stray-1', '')");
        Files.writeString(search.resolve("d/9.js.tmp"), "left by a killed build");
        Path changed = content.resolve("acme-vault-move-catalog.md");
        Files.writeString(changed, Files.readString(changed).replace("to Another Folder", "Elsewhere"));
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now().plusSeconds(5)));

        BuildReport next = build();

        assertThat(search.resolve("t/stray-1.js")).doesNotExist();
        assertThat(search.resolve("d/9.js.tmp")).doesNotExist();
        try (Stream<Path> files = Files.walk(search)) {
            // Beside the search page, the files the manifest names.
            assertThat(files.filter(f -> f.toString().endsWith(".js")).count())
                    .isEqualTo(next.search().orElseThrow().files());
        }
        assertThat(next.search().orElseThrow().written())
                .isLessThan(first.search().orElseThrow().written());
    }

    @Test
    void theSearchFilesOfABuildWhoseStateWasNotSavedStayWhenTheNextBuildWritesThemAgain() throws Exception {
        build();
        Path saved = tmp.resolve("saved-state");
        ProjectFiles.copyTree(SiteLayout.of(site).state(), saved);
        Path changed = content.resolve("acme-vault-move-catalog.md");
        Files.writeString(changed, Files.readString(changed).replace("to Another Folder", "Elsewhere"));
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now().plusSeconds(5)));
        build();
        // As if that build had stopped after writing its files, before its state was saved.
        SiteWriter.deleteTree(SiteLayout.of(site).state());
        ProjectFiles.copyTree(saved, SiteLayout.of(site).state());

        BuildReport again = build();

        Path search = site.resolve("search");
        try (Stream<Path> files = Files.walk(search)) {
            assertThat(files.filter(f -> f.toString().endsWith(".js")).count())
                    .isEqualTo(again.search().orElseThrow().files());
        }
    }

    @Test
    void temporaryFilesNeverAppearInTheSiteAndAKilledBuildsAreCleared() throws Exception {
        build();
        Files.writeString(state("scratch/7.tmp"), "left by a killed build");
        Path changed = content.resolve("acme-vault-move-catalog.md");
        Files.writeString(changed, Files.readString(changed).replace("to Another Folder", "Elsewhere"));
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(build().written()).isPositive();

        try (Stream<Path> files = Files.walk(site)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".kbtmp"));
        }
        try (Stream<Path> files = Files.list(state("scratch"))) {
            assertThat(files).isEmpty();
        }
    }
}
