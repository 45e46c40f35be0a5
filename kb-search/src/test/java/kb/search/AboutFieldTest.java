package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.WeightedTerms;
import org.junit.jupiter.api.Test;

/** Ranking by words in the weighted about field: where a word stands in an article decides how much it counts. */
class AboutFieldTest {
    private static Article article(int id, String title, String symptoms, String cause) {
        return SmallIndex.article(id, title, symptoms, cause);
    }

    private static List<String> ids(List<Article> articles, String query) throws IOException {
        return SmallIndex.ids(articles, query);
    }

    @Test
    void aWordInTheTitleCountsMoreThanInTheSymptomsAndThereMoreThanInTheCause() throws IOException {
        Article inCause = article(
                900301,
                "Backup Job Stops",
                "The backup job stops at night.",
                "The spooler holds a lock on the catalog.");
        Article inSymptoms = article(
                900302, "Backup Job Fails", "The spooler stops and the backup job fails.", "A driver is out of date.");
        Article inTitle = article(
                900303, "Spooler Stops During Backup", "The backup job waits at night.", "A driver is out of date.");

        assertThat(ids(List.of(inCause, inSymptoms, inTitle), "spooler"))
                .containsExactly("Q900303", "Q900302", "Q900301");
    }

    @Test
    void weightedFrequenciesAddUpOverTheParts() {
        var analyzer = KbAnalyzers.perField();
        AnalysedText title = AnalysedText.of(analyzer, Fields.TITLE, "Spooler stops");
        AnalysedText symptoms = AnalysedText.of(analyzer, Fields.SYMPTOMS, "The spooler stopped; the spoolers stop.");

        WeightedTerms about = new WeightedTerms().add(title, 6).add(symptoms, 4);

        // "spooler" once in the title and twice in the symptoms; "stop" likewise (stemmed); "the" is a stop word.
        assertThat(about.frequency("spooler")).isEqualTo(6 + 2 * 4);
        assertThat(about.frequency("stop")).isEqualTo(6 + 2 * 4);
        assertThat(about.frequency("the")).isZero();
        assertThat(symptoms.size()).isEqualTo(4);
    }
}
