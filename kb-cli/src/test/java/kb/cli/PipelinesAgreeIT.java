package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.cli.KbCommandTest.Run;
import kb.model.build.SiteLayout;
import kb.search.KbSearcher;
import kb.search.SearchHit;
import kb.search.SearchRequest;
import kb.testing.ArchiveCorpus;
import kb.testing.ProjectFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command reads content the same way: over the seeds and a 2,000-article sample of the archive, kb check and kb
 * build report the same diagnostics, give articles the same product codes and draw the same reference graph, after a
 * first build and after changes built incrementally; and an index made by kb index searches as one made by kb build.
 */
class PipelinesAgreeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLE = 2_000;

    @TempDir
    Path tmp;

    private static Run kb(String... args) {
        return KbCommandTest.kb(args);
    }

    /** The seeds and every n-th archive article, each in its own folder as the archive has it. */
    private Path sample() throws IOException {
        Optional<Path> corpus = ArchiveCorpus.directory();
        assumeTrue(corpus.isPresent(), "needs the archive (-Dkb.corpus, or ../shared beside the project)");
        Path content = ProjectFiles.copyContent(tmp.resolve("content"));
        Path txt = corpus.get().resolve("txt");
        List<Path> all;
        try (Stream<Path> files = Files.walk(txt)) {
            all = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < all.size(); i += all.size() / SAMPLE) {
            Path target = content.resolve(txt.relativize(all.get(i)).toString());
            Files.createDirectories(target.getParent());
            Files.copy(all.get(i), target);
        }
        return content;
    }

    /** What kb check and kb export say of the content: diagnostics, products by article, the reference graph. */
    private record Reading(
            SortedSet<String> diagnostics,
            Map<String, List<String>> products,
            SortedSet<String> references,
            SortedSet<String> dangling) {}

    private static Reading check(Path content) throws IOException {
        Run check = kb("check", "--json", "--all", content.toString());
        JsonNode summary = JSON.readTree(check.out());
        SortedSet<String> diagnostics = new TreeSet<>();
        summary.get("diagnostics").forEach(d -> diagnostics.add(d.asText()));
        Run export = kb("export", "--jsonl", content.toString());
        Map<String, List<String>> products = new TreeMap<>();
        Map<String, List<String>> cites = new TreeMap<>();
        Map<String, String> bySource = new TreeMap<>();
        Map<String, List<String>> linkedFiles = new TreeMap<>();
        for (String line : export.out().strip().split("\n", -1)) {
            JsonNode a = JSON.readTree(line);
            List<String> keys = new ArrayList<>();
            (a.get("productCodes").isEmpty() ? a.get("productNames") : a.get("productCodes"))
                    .forEach(k -> keys.add(k.asText()));
            String id = a.get("id").asText();
            products.put(id, keys);
            List<String> targets = new ArrayList<>();
            a.get("references").forEach(r -> targets.add(r.get("target").asText()));
            cites.put(id, targets);
            String source = a.get("source").get("path").asText();
            bySource.put(source, id);
            // A Markdown link to another article's file cites it too.
            List<String> files = new ArrayList<>();
            a.get("sections").findValues("target").forEach(t -> {
                String target = t.asText().replaceFirst("#.*", "");
                if (target.endsWith(".md")) {
                    files.add(Path.of(source).resolveSibling(target).normalize().toString());
                }
            });
            linkedFiles.put(id, files);
        }
        linkedFiles.forEach((id, files) -> files.stream()
                .map(bySource::get)
                .filter(t -> t != null && !cites.get(id).contains(t))
                .forEach(cites.get(id)::add));
        SortedSet<String> references = new TreeSet<>();
        SortedSet<String> dangling = new TreeSet<>();
        cites.forEach((from, targets) -> targets.stream()
                .filter(t -> !t.equals(from))
                .forEach(t -> (products.containsKey(t) ? references : dangling).add(from + " > " + t)));
        assertThat(references.size()).isEqualTo(summary.get("references").asInt());
        assertThat(dangling.size()).isEqualTo(summary.get("danglingReferences").asInt());
        return new Reading(diagnostics, products, references, dangling);
    }

    /** What kb build made of the content, read from its report and its site. */
    private static Reading built(Path content, Path site) throws IOException {
        Run build = kb("build", content.toString(), "--out", site.toString());
        assertThat(build.status()).as(build.err()).isIn(0, 1);
        var report = kb.build.SiteBuild.builder(content, site).build();
        SortedSet<String> diagnostics = new TreeSet<>();
        try {
            report.run().diagnostics().forEach(d -> diagnostics.add(d.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, List<String>> products = new TreeMap<>();
        for (JsonNode a : JSON.readTree(site.resolve("articles.json").toFile()).get("articles")) {
            List<String> keys = new ArrayList<>();
            a.get("products").forEach(k -> keys.add(k.asText()));
            products.put(a.get("id").asText(), keys);
        }
        SortedSet<String> references = new TreeSet<>();
        for (String id : products.keySet()) {
            String number = id.substring(1);
            String bucket = String.format("%03d", Integer.parseInt(number) / 1000);
            Document page = Jsoup.parse(
                    site.resolve("kb/" + bucket + "/" + id + "/index.html").toFile());
            for (Element a : page.select("section.backlinks li a")) {
                references.add(a.text().substring(0, a.text().indexOf(':')) + " > " + id);
            }
        }
        SortedSet<String> dangling = new TreeSet<>();
        for (int p = 1; ; p++) {
            Path missing = site.resolve("missing/" + (p == 1 ? "" : "page/" + p + "/") + "index.html");
            if (!Files.exists(missing)) {
                break;
            }
            for (Element entry : Jsoup.parse(missing.toFile()).select("ul.entries > li")) {
                String target = entry.selectFirst(".id").text();
                entry.select("a")
                        .forEach(a ->
                                dangling.add(a.text().substring(0, a.text().indexOf(':')) + " > " + target));
            }
        }
        return new Reading(diagnostics, products, references, dangling);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }

    @Test
    void checkAndBuildAgreeOnAFirstBuildAndAfterChanges() throws IOException {
        Path content = sample();
        Path site = tmp.resolve("site");

        Reading checked = check(content);
        Reading built = built(content, site);
        assertThat(checked.products()).hasSizeGreaterThan(SAMPLE);
        assertThat(checked.references()).isNotEmpty();
        assertThat(checked.dangling()).isNotEmpty();
        assertThat(built).isEqualTo(checked);

        // Changes a later build reads incrementally: a duplicate id, a product code a name now learns, a citation
        // of a missing article, a broken file, and an article removed.
        Files.copy(content.resolve("001_a9901583c6a0cc7c.txt"), content.resolve("zz-copy.txt"));
        Files.writeString(content.resolve("new-code.md"), """
                ---
                id: Q900990
                title: Widget Setup Fails
                product: widget
                products: Acme Widget
                ---

                ## Symptoms

                See Q999999 and Q256211.
                """);
        Files.writeString(content.resolve("named.md"), """
                ---
                id: Q900991
                title: Widget Hangs
                products: Acme Widget
                ---

                ## Symptoms

                It hangs.
                """);
        Files.writeString(content.resolve("broken.md"), "---\ntitle: no id\n---\n");
        edit(content.resolve("acme-sync-reinstall.md"), "## Symptoms", "## Symptoms\n\nSee also Q999998.\n");
        Files.delete(content.resolve("acme-vault-move-catalog.md"));

        Reading checkedAgain = check(content);
        Reading builtAgain = built(content, site);
        assertThat(checkedAgain.products()).containsEntry("Q900991", List.of("widget"));
        assertThat(checkedAgain.diagnostics())
                .anyMatch(d -> d.contains("[KB040]"))
                .anyMatch(d -> d.contains("[KB010]"));
        assertThat(builtAgain).isEqualTo(checkedAgain);
    }

    @Test
    void anIndexMadeByKbIndexSearchesAsOneMadeByKbBuild() throws IOException {
        Path content = sample();
        Path built = tmp.resolve("built");
        Path indexed = tmp.resolve("indexed");
        assertThat(kb("build", content.toString(), "--out", built.toString()).status())
                .isIn(0, 1);
        assertThat(kb("index", content.toString(), "--out", indexed.toString()).status())
                .isIn(0, 1);

        List<String> queries = new ArrayList<>();
        for (String set : List.of("xref-dev.tsv", "errmsg-dev.tsv", "symptom-dev.tsv")) {
            Path file = ProjectFiles.root()
                    .resolveSibling("shared")
                    .resolve("queries")
                    .resolve(set);
            if (Files.exists(file)) {
                Files.readAllLines(file).forEach(l -> queries.add(l.substring(0, Math.max(0, l.lastIndexOf('\t')))));
            }
        }
        queries.addAll(List.of("smsapm32 does not stop during client upgrade", "access denied", "upgrade"));
        int found = 0;
        try (KbSearcher a = KbSearcher.open(SiteLayout.of(built).index());
                KbSearcher b = KbSearcher.open(SiteLayout.of(indexed).index())) {
            assertThat(a.size()).isEqualTo(b.size());
            for (String q : queries) {
                List<String> fromBuild = a.search(SearchRequest.of(q)).hits().stream()
                        .map(SearchHit::id)
                        .toList();
                List<String> fromIndex = b.search(SearchRequest.of(q)).hits().stream()
                        .map(SearchHit::id)
                        .toList();
                assertThat(fromIndex).as(q).isEqualTo(fromBuild);
                found += fromBuild.isEmpty() ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(queries.size() / 2);
    }
}
