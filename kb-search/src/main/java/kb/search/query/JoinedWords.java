package kb.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.WordPairs;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Words written joined or apart: a user's {@code bluescreen} where the articles write "blue screen", a user's "log on"
 * where they write {@code logon}. The index is the vocabulary. A word no article has is read as two when some article's
 * title has the two side by side; two words side by side are also looked for as one word when articles have that word.
 * The search in the browser reads a query the same way in its own index.
 */
final class JoinedWords {
    /** The shortest half a word is split into. */
    static final int SHORTEST_HALF = 2;
    /**
     * Two words are looked for as one only when at least one article in this many writes it so: a rarer joined word is
     * two words run together by mistake ({@code ofthe}) or a name in code ({@code pagefault}), not a way of writing.
     */
    static final int COMMON = 500;

    private final Analyzer analyzer;
    private final IndexReader reader;

    JoinedWords(Analyzer analyzer, IndexReader reader) {
        this.analyzer = analyzer;
        this.reader = reader;
    }

    /**
     * The two terms a word no article has stands for: its halves, the longer first half tried first, where both are
     * words and some title has them side by side ({@code bluescreen}: blue, screen); empty when there are none.
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

    /**
     * The terms of the words side by side in a text that {@linkplain #COMMON many} articles write as one word ("log
     * on": {@code logon}); none already in {@code have}. The words are as written, stop words too, but the first is no
     * stop word ("of the" is not {@code ofthe}) and both are letters only: a name and its version ("dos 6.2") are
     * matched as products are.
     */
    List<String> joined(List<String> words, Collection<String> have) throws IOException {
        int common = Math.max(1, reader.numDocs() / COMMON);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String first = words.get(i - 1);
            String second = words.get(i);
            if (!letters(first) || !letters(second) || term(first) == null) {
                continue;
            }
            String t = term(first + second);
            if (t != null
                    && !have.contains(t)
                    && !out.contains(t)
                    && reader.docFreq(new Term(Fields.ABOUT, t)) >= common) {
                out.add(t);
            }
        }
        return out;
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
