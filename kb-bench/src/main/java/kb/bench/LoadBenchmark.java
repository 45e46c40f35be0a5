package kb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import kb.model.corpus.Corpus;
import kb.model.corpus.CorpusReader;
import kb.model.corpus.SourceFile;
import kb.model.corpus.SourceListing;
import kb.model.parse.ArticleParser;

/**
 * Measures loading a corpus: parse every file, index by id, build the reference graph. Prints the first (cold) run,
 * as a user's {@code kb check} sees it, and the best of the warm runs.
 *
 * <pre>bin/bench load DIR [RUNS]</pre>
 */
public final class LoadBenchmark {
    private LoadBenchmark() {}

    static int run(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: bin/bench load DIR [RUNS]");
            return 2;
        }
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long bytes = 0;
        List<SourceFile> files = SourceListing.of(dir).files();
        for (SourceFile f : files) {
            bytes += f.size();
        }
        System.out.printf("corpus       %s: %,d files, %.1f MB%n", dir, files.size(), bytes / 1e6);
        System.out.printf(
                "jvm          %s, %d cores, max heap %,d MB%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        double best = Double.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            resetPeaks();
            long start = System.nanoTime();
            Corpus corpus = new CorpusReader(ArticleParser.create()).readAll(dir, CorpusReader.Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf(
                    "run %d        %.2f s wall, %,.0f articles/s, %.1f MB/s, peak heap %,d MB;"
                            + " %,d articles, %,d references, %,d dangling%n",
                    run,
                    seconds,
                    corpus.size() / seconds,
                    bytes / 1e6 / seconds,
                    peakHeap() >> 20,
                    corpus.size(),
                    corpus.resolvedReferences(),
                    corpus.danglingReferences());
        }
        System.out.printf("best         %.2f s wall, %,.0f articles/s%n", best, files.size() / best);
        return 0;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
