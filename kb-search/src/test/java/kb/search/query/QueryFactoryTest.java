package kb.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** The work a query may cause is bounded by what it is, whatever its text. */
class QueryFactoryTest {
    private final QueryFactory queries;

    QueryFactoryTest() throws IOException {
        queries = new QueryFactory(KbAnalyzers.perField(), null);
    }

    @Test
    void aWordTooLongToBeAMisspellingIsTakenAsTyped() {
        Random random = new Random(9);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9_990; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        assertThat(fuzzyParts(queries.fuzzy(UserQuery.parse(word.toString(), 10_000))))
                .isEmpty();
        assertThat(QueryFactory.edits("x".repeat(QueryFactory.MAX_TYPO + 1))).isZero();
        // A misspelling of a real word still gets its similar spellings.
        assertThat(fuzzyParts(queries.fuzzy(UserQuery.parse("catlog", 100)))).hasSize(1);
    }

    @Test
    void theWordsAsWrittenAreTheMessagesWords() {
        // A query's text is analysed once for both: the words joined and split, and the message phrase.
        Analyzer analyzer = KbAnalyzers.perField();
        for (String text : List.of(
                "Smsapm32.exe doesn't stop: Setup can't continue",
                "the log on FAILED 0x80070005 Ärger über «Café»",
                "")) {
            assertThat(AnalysedText.of(analyzer, Fields.WORDS, text).terms())
                    .isEqualTo(AnalysedText.of(analyzer, Fields.MESSAGES, text).terms());
        }
    }

    private static List<Query> fuzzyParts(Query q) {
        List<Query> out = new ArrayList<>();
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                if (query instanceof FuzzyQuery) {
                    out.add(query);
                }
            }

            @Override
            public void consumeTermsMatching(
                    Query query,
                    String field,
                    java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                if (query instanceof FuzzyQuery) {
                    out.add(query);
                }
            }
        });
        return out;
    }
}
