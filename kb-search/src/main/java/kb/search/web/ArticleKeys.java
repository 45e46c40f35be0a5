package kb.search.web;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import kb.search.KbIndex;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.IndexedText;
import kb.search.schema.KbSimilarity;
import kb.search.schema.WeightedTerms;
import kb.search.schema.WholeMessages;
import kb.search.schema.WordPairs;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.Version;

/**
 * The keys of the browser's index that an article's texts give, analysed as the search index analyses them, by the
 * part of the article they come from: what an edit of the article can change.
 *
 * @param words the words as written
 * @param about the about field's terms, with their weighted frequencies
 * @param exact the exact tokens
 * @param titleTerms the title's terms, in order
 * @param messages the messages' words, in order
 * @param whole the keys of the whole messages
 */
record ArticleKeys(
        Set<String> words,
        WeightedTerms about,
        Set<String> exact,
        AnalysedText titleTerms,
        AnalysedText messages,
        Set<String> whole) {

    static ArticleKeys of(Analyzer analyzer, IndexedText text) {
        AnalysedText title = AnalysedText.of(analyzer, Fields.TITLE, text.title());
        return new ArticleKeys(
                tokens(analyzer, Fields.WORDS, text.words()),
                KbIndex.about(
                        AnalysedText.of(analyzer, Fields.ABOUT, text.id()),
                        title,
                        AnalysedText.of(analyzer, Fields.SYMPTOMS, text.symptoms()),
                        AnalysedText.of(analyzer, Fields.ABOUT, text.aboutKeywords()),
                        AnalysedText.of(analyzer, Fields.CAUSE, text.cause())),
                tokens(analyzer, Fields.EXACT, text.exact()),
                title,
                AnalysedText.of(analyzer, Fields.MESSAGES, text.messages()),
                WholeMessages.of(analyzer, text.messages()));
    }

    private static Set<String> tokens(Analyzer analyzer, String field, String text) {
        return new LinkedHashSet<>(AnalysedText.of(analyzer, field, text).terms());
    }

    /**
     * The keys whose entries can differ when an article's texts go from {@code before} to {@code after} (either null
     * for an article added or removed); adds to {@code counts} how many more articles have each title term and message
     * word, by field, for the pairs' weights.
     */
    static Set<String> changed(
            Analyzer analyzer, IndexedText before, IndexedText after, Map<String, Map<String, Integer>> counts) {
        ArticleKeys b = before == null ? null : of(analyzer, before);
        ArticleKeys a = after == null ? null : of(analyzer, after);
        Set<String> out = new HashSet<>();
        // A word's entry and its misspelling candidate change only with the number of articles that have it, and so
        // does whether the term spelled as the word is also that word as written.
        for (String w : difference(b == null ? Set.of() : b.words(), a == null ? Set.of() : a.words())) {
            out.add(TermEntries.WORD + w);
            out.add(TermEntries.typoKey(w));
            if (TermEntries.spelledAsIs(analyzer, w)) {
                out.add(TermEntries.termKey(w));
            }
        }
        // A term's score in the article changes with its count there, or with the article's length in the field as
        // the index keeps it (in coarse steps): then every score of the article there changes.
        boolean lengthChanged = b == null || a == null || norm(b.about()) != norm(a.about());
        boolean exactChanged =
                before == null || after == null || !before.exact().equals(after.exact());
        boolean titleChanged =
                before == null || after == null || !before.title().equals(after.title());
        boolean messagesChanged =
                before == null || after == null || !before.messages().equals(after.messages());
        for (ArticleKeys k : new ArticleKeys[] {b, a}) {
            if (k == null) {
                continue;
            }
            for (Map.Entry<String, Integer> t : k.about().entries()) {
                if (lengthChanged
                        || b.about().frequency(t.getKey()) != a.about().frequency(t.getKey())) {
                    out.add(TermEntries.termKey(t.getKey()));
                }
            }
            if (exactChanged) {
                k.exact().forEach(t -> out.add(TermEntries.exactKey(t)));
            }
            if (titleChanged) {
                out.addAll(WordPairs.pairs(WordPairs.TITLE, k.titleTerms()));
            }
            if (messagesChanged) {
                out.addAll(WordPairs.pairs(WordPairs.MESSAGE, k.messages()));
                k.whole().forEach(w -> out.add(TermEntries.wholeKey(w)));
            }
        }
        count(counts, Fields.TITLE, b == null ? null : b.titleTerms(), a == null ? null : a.titleTerms());
        count(counts, Fields.MESSAGES, b == null ? null : b.messages(), a == null ? null : a.messages());
        return out;
    }

    /** The about field's length as the index keeps it, which its scores depend on. */
    private static long norm(WeightedTerms about) {
        int length = about.length();
        return KbSimilarity.get()
                .computeNorm(new FieldInvertState(
                        Version.LATEST.major,
                        Fields.ABOUT,
                        IndexOptions.DOCS_AND_FREQS,
                        length,
                        length,
                        0,
                        0,
                        0,
                        about.size()));
    }

    private static void count(
            Map<String, Map<String, Integer>> counts, String field, AnalysedText before, AnalysedText after) {
        Set<String> b = before == null ? Set.of() : new HashSet<>(before.terms());
        Set<String> a = after == null ? Set.of() : new HashSet<>(after.terms());
        Map<String, Integer> byWord = counts.computeIfAbsent(field, f -> new java.util.HashMap<>());
        for (String w : difference(b, a)) {
            byWord.merge(w, a.contains(w) ? 1 : -1, Integer::sum);
        }
    }

    private static Set<String> difference(Set<String> x, Set<String> y) {
        Set<String> out = new HashSet<>(x);
        out.addAll(y);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        out.removeAll(both);
        return out;
    }
}
