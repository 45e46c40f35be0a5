package kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kb.model.Article;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.RelatedWords;
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

    @Test
    void aUsersOwnWordFindsTheArticleWhoseTitlePutsItOtherwise() throws IOException {
        Article otherwise = article(
                900311,
                "Routing Stops When the Time Is Changed",
                "Routes are not announced.",
                "The timer uses the time of day.");
        Article unrelated =
                article(900312, "Routing Table Is Empty", "The table of routes is empty.", "A setting is missing.");

        // "quits" and "clock" are in no article: the first says "stops" and "time" in its title.
        assertThat(ids(List.of(unrelated, otherwise), "routing quits after the clock is set back"))
                .containsExactly("Q900311", "Q900312");
    }

    @Test
    void aRelatedWordCountsOnceAndLessThanAnyWordTheArticleHas() {
        var analyzer = KbAnalyzers.perField();
        AnalysedText none = AnalysedText.of(analyzer, Fields.ABOUT, "");
        AnalysedText title = AnalysedText.of(analyzer, Fields.TITLE, "Motorcycle Stops; Bike Stops");
        AnalysedText symptoms = AnalysedText.of(analyzer, Fields.SYMPTOMS, "The motorcycle halts.");

        WeightedTerms about = KbIndex.about(none, title, symptoms, none, none);

        // "quit" is related to "stop" only (counted once though "stops" is twice in the title); "bike" is in the
        // title itself, so its relation to "motorcycle" adds nothing; "halt" is in the symptoms.
        assertThat(about.frequency("quit")).isEqualTo(KbIndex.RELATED_WEIGHT);
        assertThat(about.frequency("bike")).isEqualTo(KbIndex.TITLE_WEIGHT);
        assertThat(about.frequency("halt")).isEqualTo(KbIndex.SYMPTOMS_WEIGHT);
        assertThat(about.frequency("stop")).isEqualTo(2 * KbIndex.TITLE_WEIGHT);
        // The symptoms' words bring none of their own: "freeze" is related to "halt", not to a word of the title.
        assertThat(RelatedWords.of("halt")).contains("freez");
        assertThat(about.frequency("freez")).isZero();
    }
}
