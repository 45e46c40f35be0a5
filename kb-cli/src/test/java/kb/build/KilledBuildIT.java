package kb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kb.cli.KbProcess;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code kb build} killed with SIGKILL at random moments, in its own process as a terminal runs it: full builds,
 * and builds after an article was edited, added or removed. After each kill the content is as it was, and the next
 * build gives, byte for byte, either the site the same builds never killed give (it went on from what the killed one
 * saved) or the one a clean build gives (it started again). Seeded: {@code -Dkb.kill.seed} and
 * {@code -Dkb.kill.runs} (default 6) run another or a longer series.
 */
class KilledBuildIT {
    private static final long SEED = Long.getLong("kb.kill.seed", 20261201L);
    private static final int RUNS = Integer.getInteger("kb.kill.runs", 6);
    private static final int GENERATED = 400;

    @Test
    void aKilledBuildNeverTouchesTheContentAndTheNextBuildGivesTheSiteAsIfNoneWasKilled() throws Exception {
        Path work = ProjectFiles.target("killed-build-it");
        Path content = ProjectFiles.copyContent(work.resolve("content"));
        for (int i = 0; i < GENERATED; i++) {
            Files.writeString(content.resolve("gen-" + i + ".md"), article(i, "Console Shows Error " + i));
        }
        Path site = work.resolve("site");
        // The same builds, never killed: what the site must be after each build that follows a kill.
        Path twin = work.resolve("twin");
        Random random = new Random(SEED);

        Path log = work.resolve("kb.log");
        assertThat(kb(log, "build", content.toString(), "--out", site.toString())
                        .waitFor())
                .isZero();
        assertThat(kb(log, "build", content.toString(), "--out", twin.toString())
                        .waitFor())
                .isZero();

        List<String> kills = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            boolean full = run % 3 == 0;
            if (!full) {
                change(content, random);
            }
            Map<String, String> contentBefore = files(content);
            List<String> args = new ArrayList<>(List.of("build", content.toString(), "--out"));
            if (full) {
                args.add("--full");
            }
            long twinStarted = System.nanoTime();
            assertThat(kb(log, with(args, twin)).waitFor()).isZero();
            // Killed at a moment within the time the same build took the twin.
            long took = Math.max(1, (System.nanoTime() - twinStarted) / 1_000_000);
            Process build = kb(log, with(args, site));
            long after = random.nextLong(took);
            boolean ended = build.waitFor(after, TimeUnit.MILLISECONDS);
            build.destroyForcibly().waitFor();
            kills.add((full ? "full" : "after a change") + " at " + after + " ms" + (ended ? " (it had ended)" : ""));

            assertThat(differences(files(content), contentBefore))
                    .as("content changed by kill %s", kills.getLast())
                    .isEmpty();
            // The same command again, as whoever saw it stop would run it.
            Process next = kb(log, with(args, site));
            assertThat(next.waitFor()).as("the build after it: %s", log).isZero();

            // The next build either goes on from what the killed one saved, and gives what the same builds never
            // killed give, or starts again from nothing, and gives what a clean build gives: every file but the
            // browser's search index, whose files are named for the build that wrote them. (After a change, related
            // lists of the articles it did not touch keep the weights they were computed with, so the two can differ.)
            Set<String> unlikeTwin = differences(files(site), files(twin));
            if (unlikeTwin.isEmpty()) {
                kills.add(kills.removeLast() + ", went on");
            } else {
                Path clean = work.resolve("clean-" + run);
                SiteBuild.builder(content, clean).full(true).build().run();
                Map<String, String> built = files(site);
                Map<String, String> fresh = files(clean);
                built.keySet().removeIf(path -> path.startsWith("search" + java.io.File.separator));
                fresh.keySet().removeIf(path -> path.startsWith("search" + java.io.File.separator));
                assertThat(differences(built, fresh))
                        .as(
                                "after kill %s, files unlike both the builds never killed (%s) and a clean build",
                                kills.getLast(), unlikeTwin)
                        .isEmpty();
                kills.add(kills.removeLast() + ", made again");
                // The twin starts again too, so that both go on from the same saved state.
                assertThat(kb(log, "build", content.toString(), "--out", twin.toString(), "--full")
                                .waitFor())
                        .isZero();
            }
        }
        System.out.println("kb build killed " + RUNS + " times: " + kills);
    }

    private static String article(int i, String title) {
        return """
                ---
                id: Q95%04d
                title: "%s"
                product: widgets
                modified: 2026-02-%02d
                ---

                ## Symptoms

                After the widget service restarts, the console shows error %d and the list of widgets is empty.
                See [the first one](Q950000).
                """.formatted(i, title, 1 + i % 28, i);
    }

    /** The arguments, with the site after {@code --out} at their end. */
    private static String[] with(List<String> args, Path site) {
        List<String> all = new ArrayList<>(args);
        all.add(all.indexOf("--out") + 1, site.toString());
        return all.toArray(String[]::new);
    }

    /** An edit, a new article or a removed one. */
    private static void change(Path content, Random random) throws IOException {
        int i = random.nextInt(GENERATED);
        Path file = content.resolve("gen-" + i + ".md");
        switch (random.nextInt(3)) {
            case 0 -> Files.writeString(file, article(i, "Console Halts With Error " + random.nextInt(1000)));
            case 1 ->
                Files.writeString(
                        content.resolve("new-" + random.nextInt(1000) + ".md"),
                        article(GENERATED + random.nextInt(1000), "Added Article " + random.nextInt(1000)));
            default -> Files.deleteIfExists(file);
        }
    }

    /** kb in its own process, with this test's class path, its output added to the log. */
    private static Process kb(Path log, String... args) throws IOException {
        return KbProcess.of(args)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** The paths whose files differ, or that only one of the two has. */
    private static Set<String> differences(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> out = new java.util.TreeSet<>(a.keySet());
        out.addAll(b.keySet());
        out.removeIf(path -> java.util.Objects.equals(a.get(path), b.get(path)));
        return out;
    }

    /** Every file of a folder by path, with its size and a hash of its bytes. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                out.put(root.relativize(f).toString(), b.length + " bytes, " + Arrays.hashCode(b));
            }
        }
        return out;
    }
}
