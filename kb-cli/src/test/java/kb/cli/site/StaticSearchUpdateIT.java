package kb.cli.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kb.build.BuildReport;
import kb.build.SiteBuild;
import kb.testing.Browser;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The browser's index after an incremental build answers as the index of a whole build of the same content: as many
 * hits, in the same order, for queries made of every article's title and of its words. (An incremental build scores
 * with the collection statistics of the last whole build, so scores differ a little: the order is compared as far as
 * the whole build's scores are more than 2 % apart.)
 */
class StaticSearchUpdateIT {
    private static WebDriver browser;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Browser.available(), "Chromium and its driver are needed (apt-get install chromium chromium-driver)");
        work = ProjectFiles.target("static-search-update-it");
        browser = Chromium.start(work);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static long scripts(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            return files.filter(f -> f.toString().endsWith(".js")).count();
        }
    }

    private static void article(Path content, int i, String title, String symptoms) throws IOException {
        Files.writeString(content.resolve("article-" + i + ".md"), """
                ---
                id: Q9200%02d
                title: "%s"
                product: %s
                modified: 2026-04-%02d
                ---

                ## Symptoms

                %s
                """.formatted(
                        i, title, i % 3 == 0 ? "gadgets" : "widgets", 1 + i % 28, symptoms));
    }

    @Test
    void anIncrementalBuildSearchesAsAWholeBuildOfTheSameContent() throws Exception {
        Path content = work.resolve("content");
        Files.createDirectories(content);
        try (Stream<Path> old = Files.list(content)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        String[] words = {"console", "service", "restart", "error", "backup", "catalog", "upgrade", "setup", "agent"};
        for (int i = 1; i <= 40; i++) {
            article(
                    content,
                    i,
                    "The " + words[i % words.length] + " " + words[(i * 5) % words.length] + " fails with code " + i,
                    "After the " + words[(i * 2) % words.length] + " stops, the " + words[(i * 7) % words.length]
                            + " shows error " + i + " and \\\"Access is denied\\\".");
        }
        Path incremental = work.resolve("incremental");
        SiteBuild.builder(content, incremental).full(true).build().run();
        article(content, 7, "The catalog backup hangs at 99 percent", "The backup of the catalog never ends.");
        Files.delete(content.resolve("article-12.md"));
        article(content, 41, "Console shows nothing after setup", "The console is empty after setup finishes.");
        BuildReport update = SiteBuild.builder(content, incremental).build().run();
        Path whole = work.resolve("whole");
        BuildReport full = SiteBuild.builder(content, whole).full(true).build().run();

        // Each build leaves exactly the files its manifest names (the update keeps the removed article's number
        // empty, so it may have a file of results more than the whole build).
        assertThat(scripts(incremental)).isEqualTo(update.search().orElseThrow().files());
        assertThat(scripts(whole)).isEqualTo(full.search().orElseThrow().files());

        List<String> queries = new ArrayList<>(List.of(
                "catalog backup hangs",
                "console empty after setup",
                "access is denied",
                "\"access is denied\" console",
                "agent upgrade -catalog",
                "servise restart",
                "error 17"));
        for (String w : words) {
            queries.add(w + " fails");
        }
        for (int i = 1; i <= 41; i++) {
            if (i != 12) {
                queries.add("The " + words[i % words.length] + " " + words[(i * 5) % words.length] + " fails with code "
                        + i);
            }
        }
        int compared = 0;
        for (String q : queries) {
            Ranking expected = ranking(whole, q);
            Ranking actual = ranking(incremental, q);
            assertThat(actual.total()).as(q).isEqualTo(expected.total());
            List<String> separated = expected.separated();
            assertThat(actual.ids().subList(0, separated.size())).as(q).isEqualTo(separated);
            compared += separated.size();
        }
        assertThat(compared).as("hits compared").isGreaterThan(queries.size() / 2);
        assertThat(ranking(incremental, "catalog backup hangs").ids()).startsWith("Q920007");
        assertThat(ranking(incremental, "fails with code 12").ids()).doesNotContain("Q920012");
    }

    @Test
    void anEditOfOneTitleMakesAgainOnlyTheRangesOfItsWords() throws Exception {
        Path content = work.resolve("content-many");
        Files.createDirectories(content);
        String[] nouns = {"console", "service", "catalog", "backup", "agent", "printer", "driver", "mailbox", "report"};
        String[] verbs = {"fails", "hangs", "stops", "crashes", "freezes", "restarts", "disappears", "slows"};
        java.util.Random random = new java.util.Random(7);
        String[] texts = new String[400];
        for (int i = 1; i < texts.length; i++) {
            StringBuilder symptoms = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                symptoms.append(nouns[random.nextInt(nouns.length)])
                        .append(k)
                        .append(' ')
                        .append(verbs[random.nextInt(verbs.length)])
                        .append(" with code ")
                        .append(random.nextInt(100_000))
                        .append(". ");
            }
            // The article edited below has few words: its own ranges are few.
            texts[i] = i == 7 ? "The backup of the catalog never ends." : symptoms.toString();
            article(content, i, "The " + nouns[i % nouns.length] + " " + verbs[i % verbs.length] + " " + i, texts[i]);
        }
        Path incremental = work.resolve("incremental-many");
        BuildReport first =
                SiteBuild.builder(content, incremental).full(true).build().run();
        article(content, 7, "The " + nouns[7] + " " + verbs[7] + " 7 again and again", texts[7]);
        BuildReport update = SiteBuild.builder(content, incremental).build().run();
        Path whole = work.resolve("whole-many");
        SiteBuild.builder(content, whole).full(true).build().run();

        int ranges = first.search().orElseThrow().rangesMade();
        assertThat(ranges).isGreaterThan(20);
        assertThat(update.search().orElseThrow().rangesMade()).isPositive().isLessThan(ranges / 2);
        for (String q : List.of(
                "driver slows again", "catalog backup", "console fails", "printer3 freezes", "mailbox crashes")) {
            Ranking expected = ranking(whole, q);
            Ranking actual = ranking(incremental, q);
            assertThat(actual.total()).as(q).isEqualTo(expected.total());
            assertThat(actual.ids().subList(0, expected.separated().size()))
                    .as(q)
                    .isEqualTo(expected.separated());
        }
        assertThat(ranking(incremental, "driver slows again").ids()).startsWith("Q920007");
    }

    /** A query's hits on its first page, with their scores, and how many it found. */
    record Ranking(long total, List<String> ids, List<Double> scores) {
        /** The leading hits whose scores are more than 2 % above the next one's: their order is not a near tie. */
        List<String> separated() {
            int n = 0;
            while (n < ids.size() && (n + 1 == ids.size() || scores.get(n) > scores.get(n + 1) * 1.02)) {
                n++;
            }
            return ids.subList(0, n);
        }
    }

    @SuppressWarnings("unchecked")
    private static Ranking ranking(Path site, String query) {
        browser.get(site.resolve("search/index.html").toUri().toString());
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        var s = document.createElement("script");
                        s.src = "kb-search.js";
                        s.onload = function () {
                          kbSearch.search(%s, {}).then(done, function (e) { done(String(e)); });
                        };
                        document.head.appendChild(s);
                        """.formatted(toJs(query)));
        assertThat(answer).as(query).isInstanceOf(Map.class);
        Map<String, Object> r = (Map<String, Object>) answer;
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Map<String, Object> hit : (List<Map<String, Object>>) r.get("hits")) {
            ids.add((String) hit.get("id"));
            scores.add(((Number) hit.get("score")).doubleValue());
        }
        return new Ranking(((Number) r.get("total")).longValue(), ids, scores);
    }

    private static String toJs(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
