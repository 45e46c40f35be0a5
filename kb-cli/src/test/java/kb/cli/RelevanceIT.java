package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.cli.KbCommandTest.Run;
import kb.testing.ArchiveCorpus;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * The archive's search, measured on the development sets, is no worse than the figures the search documentation
 * records: a change that loses more than {@link #SLACK} of MRR@10 on any set fails.
 */
class RelevanceIT {
    private static final double SLACK = 0.005;

    /** The rows of the relevance table in docs/search.md: {@code | xref-dev: ... | 600 | 0.981 | 0.965 | 1.000 |}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\w+-dev): [^|]*\\| [\\d,]+ \\| ([01]\\.\\d+) \\| ([01]\\.\\d+) \\| ([01]\\.\\d+) \\|$");

    private static Map<String, Double> recorded() throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ProjectFiles.root().resolve("docs/search.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                out.put(m.group(1), Double.parseDouble(m.group(2)));
            }
        }
        return out;
    }

    @Test
    void everyDevelopmentSetScoresAtLeastWhatTheDocumentationRecords() throws Exception {
        Optional<Path> corpus = ArchiveCorpus.directory();
        assumeTrue(corpus.isPresent(), "needs the archive (-Dkb.corpus, or ../shared beside the project)");
        Path queries = ProjectFiles.root().resolveSibling("shared").resolve("queries");
        assumeTrue(Files.isDirectory(queries), "needs the query sets in ../shared/queries");
        Map<String, Double> recorded = recorded();
        assertThat(recorded).containsOnlyKeys("xref-dev", "errmsg-dev", "symptom-dev");

        Path site = ProjectFiles.target("relevance-it").resolve("site");
        Run index = KbCommandTest.kb("index", corpus.get().resolve("txt").toString(), "--out", site.toString());
        assertThat(index.status()).as(index.err()).isIn(0, 1);

        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, Double> set : recorded.entrySet()) {
            Path file = queries.resolve(set.getKey() + ".tsv");
            Run eval = KbCommandTest.kb("eval", file.toString(), "--site", site.toString(), "--json");
            assertThat(eval.status()).as(eval.err()).isZero();
            JsonNode figures = json.readTree(eval.out());
            assertThat(figures.get("mrr10").asDouble())
                    .as("MRR@10 on %s (recorded %.3f)", set.getKey(), set.getValue())
                    .isGreaterThanOrEqualTo(set.getValue() - SLACK);
        }
    }
}
