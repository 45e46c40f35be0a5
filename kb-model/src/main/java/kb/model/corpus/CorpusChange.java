package kb.model.corpus;

import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import kb.model.ArticleId;

/**
 * How a corpus differs from the one read last time: the articles added, changed (their file's content, their file, or
 * the product codes they were given) and removed. A full change has nothing to compare with: every article is new, and
 * whatever was made from an earlier corpus is to be made again.
 *
 * @param full whether there was no earlier corpus to compare with (a first read, or one told to start afresh)
 * @param added ids new to the corpus
 * @param changed ids whose article changed
 * @param removed ids no longer in the corpus
 * @param before what the corpus read last time knew of the changed and the removed articles
 */
public record CorpusChange(
        boolean full,
        SortedSet<ArticleId> added,
        SortedSet<ArticleId> changed,
        SortedSet<ArticleId> removed,
        Map<ArticleId, ArticleSummary> before) {

    public CorpusChange {
        added = Collections.unmodifiableSortedSet(new TreeSet<>(added));
        changed = Collections.unmodifiableSortedSet(new TreeSet<>(changed));
        removed = Collections.unmodifiableSortedSet(new TreeSet<>(removed));
        before = Map.copyOf(before);
    }

    /** A change with nothing to compare with: every article of the corpus is new. */
    public static CorpusChange full(SortedSet<ArticleId> all) {
        return new CorpusChange(true, all, new TreeSet<>(), new TreeSet<>(), Map.of());
    }

    /** The articles added or changed: those whatever is made from an article must make again. */
    public SortedSet<ArticleId> touched() {
        SortedSet<ArticleId> out = new TreeSet<>(added);
        out.addAll(changed);
        return Collections.unmodifiableSortedSet(out);
    }

    /** Whether the corpus is as it was. */
    public boolean isEmpty() {
        return !full && added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
