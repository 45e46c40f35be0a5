package kb.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kb.model.Article;
import kb.model.parse.ArticleParser;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class FieldsTest {
    private static final String ARTICLE = """
            Q900001: Sync Stops After Upgrade

            Article: Q900001
            Product(s): Acme Sync
            Last Modified: 01-MAR-2026

            SUMMARY
            =======

            How the agent upgrades itself.

            SYMPTOMS
            ========

            The agent stops responding and logs error 0x80070005.
            """;

    @Test
    void symptomsComeFromTheSymptomsSection() {
        Article a = ArticleParser.create().parse("a.txt", ARTICLE).article().orElseThrow();
        assertThat(Fields.symptoms(a)).isEqualTo("The agent stops responding and logs error 0x80070005.");
    }

    @Test
    void summaryStandsInForMissingSymptoms() {
        Article a = ArticleParser.create()
                .parse("a.txt", ARTICLE.substring(0, ARTICLE.indexOf("SYMPTOMS")))
                .article()
                .orElseThrow();
        assertThat(Fields.symptoms(a)).isEqualTo("How the agent upgrades itself.");
    }

    @Test
    void messagesAreQuotedTextAndVerbatimBlocksButNotCitations() {
        Article a = ArticleParser.create()
                .parse("a.txt", ARTICLE.replace("The agent stops responding and logs error 0x80070005.\n", """
                The agent stops with "Access is denied" and logs:

                   Setup failed: 0x80070005
                   Q150489 How to Enable the Agent Welcome Dialog Box
                   Retry in 10 minutes

                The agent then stops.
                """))
                .article()
                .orElseThrow();
        assertThat(Fields.messages(a).lines().filter(l -> !l.isBlank()).map(String::strip))
                .containsExactly("Access is denied", "Setup failed: 0x80070005", "Retry in 10 minutes");
    }

    @Test
    void proseIsStemmedAndStopWordsDropped() throws IOException {
        assertThat(tokens(KbAnalyzers.perField(), Fields.SYMPTOMS, "The agent stops responding"))
                .containsExactly("agent", "stop", "respond");
        assertThat(tokens(KbAnalyzers.perField(), Fields.ID, "Q900001")).containsExactly("Q900001");
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
