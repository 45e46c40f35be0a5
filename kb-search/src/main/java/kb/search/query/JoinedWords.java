package kb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.WordPairs;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Words written joined or apart: a user's {@code bluescreen} where the articles write "blue screen", a user's "log on"
 * where they write {@code logon}. The index is the vocabulary. A word no article has is read as two when some article's
 * title has the two side by side; two common words side by side are also looked for as the one common word they make.
 * The search in the browser reads a query the same way in its own index, with the {@linkplain #common common pairs}
 * its manifest lists.
 */
public final class JoinedWords {
    /** The shortest half a word is split into. */
    static final int SHORTEST_HALF = 2;
    /**
     * A word is common when at least one article in this many has it in its title or symptoms. Two words are looked
     * for as one only when all three are: a rarer joined word is two words run together by mistake ({@code ofthe}) or
     * a name in code ({@code pagefault}), not a way of writing.
     */
    static final int COMMON = 500;

    private final Analyzer analyzer;
    private final IndexReader reader;
    /** The common words as written ({@link #COMMON}), listed once for every query of the reader. */
    private final Set<String> common;

    /** Reads queries' words in the index of this reader. */
    JoinedWords(Analyzer analyzer, IndexReader reader) throws IOException {
        this.analyzer = analyzer;
        this.reader = reader;
        this.common = commonWords(reader);
    }

    /**
     * The two terms a word as written that no article has stands for: its halves, the longer first half tried first,
     * where both are words and some title has them side by side ({@code networkdrive}: network, drive; its stem
     * {@code networkdriv} would not split so); empty when there are none.
     */
    List<String> split(String term) throws IOException {
        for (int at = term.length() - SHORTEST_HALF; at >= SHORTEST_HALF; at--) {
            String first = term(term.substring(0, at));
            String second = first == null ? null : term(term.substring(at));
            if (second != null
                    && reader.docFreq(new Term(Fields.PAIRS, WordPairs.pair(WordPairs.TITLE, first, second))) > 0) {
                return List.of(first, second);
            }
        }
        return List.of();
    }

    /** The first of the words as written whose term this is ({@code networkdrive} for {@code networkdriv}). */
    String asWritten(String term, List<String> words) {
        for (String w : words) {
            if (term.equals(term(w))) {
                return w;
            }
        }
        return term;
    }

    /**
     * The terms of the common words that two common words side by side in a text make ("log on": {@code logon}); none
     * already in {@code have}. The words are as written, stop words too, but the first is no stop word ("of the" is
     * not {@code ofthe}) and both are letters only: a name and its version ("dos 6.2") are matched as products are.
     */
    List<String> joined(List<String> words, Collection<String> have) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String first = words.get(i - 1);
            String second = words.get(i);
            if (!joinable(first, second)
                    || !common.contains(first)
                    || !common.contains(second)
                    || !common.contains(first + second)) {
                continue;
            }
            String t = term(first + second);
            if (t != null && !have.contains(t) && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Every two common words that make a common word, as the words and a space between ({@code log on}), in order: what
     * {@link #joined} looks for, listed for the search in the browser.
     */
    public static List<String> common(IndexReader reader) throws IOException {
        Set<String> words = commonWords(reader);
        List<String> out = new ArrayList<>();
        for (String w : words) {
            for (int at = SHORTEST_HALF; at <= w.length() - SHORTEST_HALF; at++) {
                String first = w.substring(0, at);
                String second = w.substring(at);
                if (joinable(first, second) && words.contains(first) && words.contains(second)) {
                    out.add(first + ' ' + second);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The words as written that at least one article in {@link #COMMON} has in its title or symptoms. */
    private static Set<String> commonWords(IndexReader reader) throws IOException {
        int fewest = Math.max(1, reader.numDocs() / COMMON);
        Set<String> words = new HashSet<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                if (e.docFreq() >= fewest) {
                    words.add(t.utf8ToString());
                }
            }
        }
        return Set.copyOf(words);
    }

    /** Two words that may be written as one: letters only, two or more each, the first no stop word. */
    private static boolean joinable(String first, String second) {
        return first.length() >= SHORTEST_HALF
                && second.length() >= SHORTEST_HALF
                && letters(first)
                && letters(second)
                && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(first);
    }

    private static boolean letters(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    /** The one term a word is analysed into; null for a stop word. */
    private String term(String word) {
        AnalysedText a = AnalysedText.of(analyzer, Fields.TITLE, word, 2);
        return a.size() == 1 ? a.term(0) : null;
    }
}
