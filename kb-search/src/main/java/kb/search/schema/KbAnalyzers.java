package kb.search.schema;

import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of each field: English stemming and stop words for prose; for the exact field, tokens split on white
 * space only, trimmed of surrounding punctuation, lower-cased, and kept only when they look like something users paste
 * (they hold a digit, a dot, a backslash, an underscore or a colon: {@code smsapm32.exe}, {@code 0x80070005},
 * {@code hkey_local_machine\software}).
 */
public final class KbAnalyzers {

    private KbAnalyzers() {}

    /** One analyzer for indexing and for parsing queries. */
    public static Analyzer perField() {
        Analyzer whole = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(
                prose(),
                Map.of(
                        Fields.ID,
                        whole,
                        Fields.EXACT,
                        code(),
                        Fields.WORDS,
                        verbatim(),
                        Fields.MESSAGES,
                        verbatim(),
                        Fields.PRODUCT,
                        whole,
                        Fields.YEAR,
                        whole));
    }

    /**
     * The English prose analyzer: Lucene's English analysis (possessives, stop words, Porter stemming), its words'
     * {@linkplain SpellingFilter spellings folded}.
     */
    public static Analyzer prose() {
        return words(source -> {
            TokenStream ts = new EnglishPossessiveFilter(source);
            ts = new SpellingFilter(ts);
            ts = new LowerCaseFilter(ts);
            ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new PorterStemFilter(ts);
        });
    }

    /** Words as written, stop words kept, as messages are quoted: lower-cased, their spellings folded. */
    public static Analyzer verbatim() {
        return words(source -> new LowerCaseFilter(new SpellingFilter(source)));
    }

    /** Words as written, capitals and all, their spellings folded: how a message is written ({@link WholeMessages}). */
    public static Analyzer asWritten() {
        return words(SpellingFilter::new);
    }

    /** Lucene's standard word splitting, then these filters; terms of a query's normal form lower-cased. */
    private static Analyzer words(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** Tokens users paste as they are. */
    public static Analyzer code() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                TokenStream ts = new EdgePunctuationFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new SpellingFilter(ts);
                ts = new CodeLikeFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** Trims punctuation from both ends of a token ({@code "Smsapm32.exe",} becomes {@code Smsapm32.exe}). */
    static final class EdgePunctuationFilter extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        EdgePunctuationFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] b = term.buffer();
            int start = 0;
            int end = term.length();
            while (start < end && trimmed(b[start])) {
                start++;
            }
            while (end > start && trimmed(b[end - 1])) {
                end--;
            }
            if (start > 0) {
                System.arraycopy(b, start, b, 0, end - start);
            }
            term.setLength(end - start);
            return true;
        }

        /** Punctuation around a token, but not the backslash, percent or dollar that start paths and variables. */
        private static boolean trimmed(char c) {
            return c < 128 && !Character.isLetterOrDigit(c) && c != '\\' && c != '%' && c != '$' && c != '_';
        }
    }

    /** Keeps tokens of at least three characters that hold a digit or one of {@code . \ _ :}. */
    static final class CodeLikeFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        CodeLikeFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            if (term.length() < 3) {
                return false;
            }
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (Character.isDigit(c) || c == '.' || c == '\\' || c == '_' || c == ':') {
                    return true;
                }
            }
            return false;
        }
    }
}
