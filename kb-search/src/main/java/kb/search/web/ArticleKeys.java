package kb.search.web;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.IndexedText;
import kb.search.schema.WordPairs;
import org.apache.lucene.analysis.Analyzer;

/**
 * The keys of the browser's index that an article's texts give, analysed as the search index analyses them, by the
 * part of the article they come from: what an edit of the article can change.
 *
 * @param words the words as written
 * @param about the terms of the about field
 * @param exact the exact tokens
 * @param titleTerms the title's terms, in order
 * @param messages the messages' words, in order
 */
record ArticleKeys(
        Set<String> words, Set<String> about, Set<String> exact, AnalysedText titleTerms, AnalysedText messages) {

    static ArticleKeys of(Analyzer analyzer, IndexedText text) {
        Set<String> about = new HashSet<>();
        about.addAll(AnalysedText.of(analyzer, Fields.TITLE, text.title()).terms());
        about.addAll(AnalysedText.of(analyzer, Fields.SYMPTOMS, text.symptoms()).terms());
        about.addAll(
                AnalysedText.of(analyzer, Fields.ABOUT, text.aboutKeywords()).terms());
        about.addAll(AnalysedText.of(analyzer, Fields.CAUSE, text.cause()).terms());
        return new ArticleKeys(
                tokens(analyzer, Fields.WORDS, text.words()),
                about,
                tokens(analyzer, Fields.EXACT, text.exact()),
                AnalysedText.of(analyzer, Fields.TITLE, text.title()),
                AnalysedText.of(analyzer, Fields.MESSAGES, text.messages()));
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
        // A word's entry and its misspelling candidate change only with the number of articles that have it.
        for (String w : difference(b == null ? Set.of() : b.words(), a == null ? Set.of() : a.words())) {
            out.add(TermEntries.WORD + w);
            out.add(TermEntries.typoKey(w));
        }
        // Any change of a part changes the article's length in its fields, so every score of the article there.
        boolean aboutChanged = before == null
                || after == null
                || !before.title().equals(after.title())
                || !before.symptoms().equals(after.symptoms())
                || !before.aboutKeywords().equals(after.aboutKeywords())
                || !before.cause().equals(after.cause());
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
            if (aboutChanged) {
                k.about().forEach(t -> out.add(TermEntries.termKey(t)));
            }
            if (exactChanged) {
                k.exact().forEach(t -> out.add(TermEntries.exactKey(t)));
            }
            if (titleChanged) {
                out.addAll(WordPairs.pairs(WordPairs.TITLE, k.titleTerms()));
            }
            if (messagesChanged) {
                out.addAll(WordPairs.pairs(WordPairs.MESSAGE, k.messages()));
            }
        }
        count(counts, Fields.TITLE, b == null ? null : b.titleTerms(), a == null ? null : a.titleTerms());
        count(counts, Fields.MESSAGES, b == null ? null : b.messages(), a == null ? null : a.messages());
        return out;
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
