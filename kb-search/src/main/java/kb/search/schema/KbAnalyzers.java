package kb.search.schema;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analysis of each field: English stemming and stop words for prose, exact tokens for ids and keywords. */
public final class KbAnalyzers {
    private KbAnalyzers() {}

    /** One analyzer for indexing and for parsing queries. */
    public static Analyzer perField() {
        Analyzer exact = new WhitespaceAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(Fields.ID, exact, Fields.KEYWORDS, exact));
    }
}
