package kb.search.related;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import kb.model.Article;
import kb.model.ArticleId;
import kb.model.io.BinaryReader;
import kb.model.io.BinaryWriter;
import kb.search.schema.AnalysedText;
import kb.search.schema.Fields;
import kb.search.schema.KbAnalyzers;
import kb.search.schema.WeightedTerms;
import org.apache.lucene.analysis.Analyzer;

/**
 * The articles most like each article, over what it is about: its title, keywords and symptoms, analysed as the
 * search index analyses them. Each article is described by its {@value #PROFILE_TERMS} most telling words (frequency
 * in the article, damped, times rarity in the collection, title and keyword words counting more), and two articles are
 * as related as the cosine of those profiles; an article's related ones are the {@value #COUNT} best, itself
 * excluded. This is the idea of Lucene's MoreLikeThis, computed for every article at once: from an inverted list of
 * the profiles, an article meets only the articles it shares a word with.
 *
 * <p>Kept between builds ({@link #write}, {@link #read}): after a change, only the articles it can affect are
 * computed again — the changed ones, those that listed a changed or removed one, and those a changed one now beats.
 * The profiles of unchanged articles keep the weights the collection gave their words when they were computed; as
 * the collection changes, a full build computes them all again.
 */
public final class RelatedArticles {
    /** Related articles shown per article. */
    public static final int COUNT = 5;
    /** Words that describe an article. */
    static final int PROFILE_TERMS = 25;

    private static final int TITLE_WEIGHT = 3;
    private static final int KEYWORD_WEIGHT = 2;
    /**
     * A word in more than this share of the articles (and more than {@link #MIN_MAX_DF} of them) is left out of the
     * profiles: it tells little about any one article, and walking its long list of articles would be most of the
     * cost (at 1 % of 57,000 articles the relations take a second, at 10 % seven).
     */
    private static final double MAX_SHARE = 0.01;

    private static final int MIN_MAX_DF = 50;
    private static final int MAGIC = 0x4b42524c; // "KBRL"
    private static final int VERSION = 3;

    private final Analyzer analyzer = KbAnalyzers.prose();
    /** The words seen, each with an id, and in how many articles each is. */
    private final Map<String, Integer> termIds = new HashMap<>();

    private final List<String> terms = new ArrayList<>();
    private int[] docFreq = new int[1024];
    private final Map<ArticleId, Entry> entries = new HashMap<>();

    /**
     * The profiles turned around as the last update left them, so that the next one, when it only edits articles,
     * changes the lists of their words rather than turning 57,000 profiles around again; null until an update made it.
     */
    private Inverted inverted;

    /**
     * One article: the ids of all its words, in order (for the collection's frequencies), its profile (term ids and
     * weights, of unit length), its related articles and the score of the last of them.
     */
    private record Entry(int[] words, int[] profile, float[] weights, ArticleId[] related, float last) {}

    private RelatedArticles() {}

    /** Computes the related articles of a whole collection. */
    public static RelatedArticles of(Collection<Article> articles) {
        RelatedArticles r = new RelatedArticles();
        r.update(articles, Set.of());
        return r;
    }

    /** The related articles of an article, best first; empty for an unknown one. */
    public List<ArticleId> related(ArticleId id) {
        Entry e = entries.get(id);
        // A view, not a copy: an entry's list is never written once made (an update makes a new entry).
        return e == null ? List.of() : Collections.unmodifiableList(Arrays.asList(e.related()));
    }

    /** How many articles are described. */
    public int size() {
        return entries.size();
    }

    /**
     * What an update changed: the articles whose related articles are not what they were (the removed ones and each
     * one whose list changed), and those whose lists, before the update, held one of the added, edited or removed
     * articles.
     */
    public record Update(Set<ArticleId> moved, Set<ArticleId> showing) {}

    /**
     * Brings the relations in line with a changed collection: {@code changed} articles were added or edited,
     * {@code gone} ones removed.
     */
    public Update update(Collection<Article> changed, Set<ArticleId> gone) {
        Set<ArticleId> touched = new HashSet<>(gone);
        Set<ArticleId> moved = new HashSet<>(gone);
        // The profiles the edited articles had, which the turned-around lists still hold.
        Map<ArticleId, Entry> before = new HashMap<>();
        for (Article a : changed) {
            Entry e = entries.get(a.id());
            if (e != null) {
                before.put(a.id(), e);
            }
        }
        boolean onlyEdits = gone.isEmpty() && before.size() == changed.size();
        if (!onlyEdits) {
            inverted = null;
        }
        for (ArticleId id : gone) {
            remove(id);
        }
        List<Article> list = new ArrayList<>(changed);
        // The lists the edited articles had, which their new profiles below replace.
        Map<ArticleId, List<ArticleId>> had = new HashMap<>();
        for (Article a : list) {
            had.put(a.id(), related(a.id()));
        }
        int[][] words = new int[list.size()][];
        float[][] freqs = new float[list.size()][];
        // Analysis is the costly part: in parallel, then the shared dictionary filled in one thread.
        List<WeightedTerms> counted = list.parallelStream().map(this::count).toList();
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            touched.add(a.id());
            remove(a.id());
            WeightedTerms c = counted.get(i);
            words[i] = new int[c.size()];
            freqs[i] = new float[c.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : c.entries()) {
                int t = termId(e.getKey());
                docFreq[t]++;
                words[i][k] = t;
                freqs[i][k++] = e.getValue();
            }
        }
        int total = entries.size() + list.size();
        for (int i = 0; i < list.size(); i++) {
            Entry profile = profile(words[i], freqs[i], total);
            // Kept in order from here on, as they are saved.
            Arrays.sort(words[i]);
            entries.put(list.get(i).id(), profile);
        }
        if (inverted != null) {
            patch(inverted, before);
        }
        Set<ArticleId> showing = new HashSet<>();
        for (ArticleId id : recompute(touched, list.stream().map(Article::id).toList(), had, showing)) {
            moved.add(id);
        }
        return new Update(moved, showing);
    }

    private void remove(ArticleId id) {
        Entry old = entries.remove(id);
        if (old != null) {
            for (int t : old.words()) {
                docFreq[t]--;
            }
        }
    }

    private int termId(String term) {
        Integer id = termIds.get(term);
        if (id != null) {
            return id;
        }
        int t = terms.size();
        terms.add(term);
        termIds.put(term, t);
        if (t >= docFreq.length) {
            docFreq = Arrays.copyOf(docFreq, docFreq.length * 2);
        }
        return t;
    }

    /** Each word of the title, keywords and symptoms with its weighted count. */
    private WeightedTerms count(Article a) {
        return new WeightedTerms()
                .add(AnalysedText.of(analyzer, Fields.SYMPTOMS, a.title()), TITLE_WEIGHT)
                .add(AnalysedText.of(analyzer, Fields.SYMPTOMS, String.join(" ", a.keywords())), KEYWORD_WEIGHT)
                .add(AnalysedText.of(analyzer, Fields.SYMPTOMS, Fields.symptoms(a)), 1);
    }

    /** An article's profile: its most telling words, weighted, of unit length; no relations yet. */
    private Entry profile(int[] words, float[] freqs, int n) {
        int maxDf = Math.max(MIN_MAX_DF, (int) (n * MAX_SHARE));
        Integer[] order = new Integer[words.length];
        float[] weight = new float[words.length];
        int kept = 0;
        for (int i = 0; i < words.length; i++) {
            int df = docFreq[words[i]];
            if (df >= 2 && df <= maxDf) {
                weight[i] = (float) ((1 + Math.log(freqs[i])) * Math.log(1 + (double) n / df));
                order[kept++] = i;
            }
        }
        Integer[] best = Arrays.copyOf(order, kept);
        Arrays.sort(best, (x, y) -> Float.compare(weight[y], weight[x]));
        int m = Math.min(PROFILE_TERMS, best.length);
        int[] profile = new int[m];
        float[] w = new float[m];
        double norm = 0;
        for (int i = 0; i < m; i++) {
            profile[i] = words[best[i]];
            w[i] = weight[best[i]];
            norm += w[i] * w[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < m; i++) {
            w[i] *= scale;
        }
        return new Entry(words, profile, w, new ArticleId[0], 0);
    }

    /** The profiles turned around: for each word, the articles whose profile holds it, with its weight there. */
    private record Inverted(ArticleId[] ids, int[][] docs, float[][] weights, Map<ArticleId, Integer> slot) {}

    private Inverted invert() {
        ArticleId[] ids = entries.keySet().toArray(ArticleId[]::new);
        Arrays.sort(ids);
        Map<ArticleId, Integer> slot = new HashMap<>(ids.length * 2);
        int[] lengths = new int[terms.size()];
        for (int d = 0; d < ids.length; d++) {
            slot.put(ids[d], d);
            for (int t : entries.get(ids[d]).profile()) {
                lengths[t]++;
            }
        }
        int[][] docs = new int[terms.size()][];
        float[][] weights = new float[terms.size()][];
        for (int t = 0; t < lengths.length; t++) {
            docs[t] = new int[lengths[t]];
            weights[t] = new float[lengths[t]];
        }
        int[] fill = new int[terms.size()];
        for (int d = 0; d < ids.length; d++) {
            Entry e = entries.get(ids[d]);
            for (int i = 0; i < e.profile().length; i++) {
                int t = e.profile()[i];
                docs[t][fill[t]] = d;
                weights[t][fill[t]++] = e.weights()[i];
            }
        }
        return new Inverted(ids, docs, weights, slot);
    }

    /**
     * Changes the turned-around profiles for edited articles: each leaves the lists of the words its old profile held,
     * and joins, in its place by slot, those of its new one; the lists are then as {@link #invert()} would make them.
     */
    private void patch(Inverted inv, Map<ArticleId, Entry> before) {
        int[][] docs = inv.docs();
        float[][] weights = inv.weights();
        if (docs.length < terms.size()) {
            int from = docs.length;
            docs = Arrays.copyOf(docs, terms.size());
            weights = Arrays.copyOf(weights, terms.size());
            for (int t = from; t < docs.length; t++) {
                docs[t] = new int[0];
                weights[t] = new float[0];
            }
            inverted = inv = new Inverted(inv.ids(), docs, weights, inv.slot());
        }
        for (Map.Entry<ArticleId, Entry> old : before.entrySet()) {
            int d = inv.slot().get(old.getKey());
            for (int t : old.getValue().profile()) {
                int at = Arrays.binarySearch(docs[t], d);
                int[] dd = new int[docs[t].length - 1];
                float[] ww = new float[dd.length];
                System.arraycopy(docs[t], 0, dd, 0, at);
                System.arraycopy(docs[t], at + 1, dd, at, dd.length - at);
                System.arraycopy(weights[t], 0, ww, 0, at);
                System.arraycopy(weights[t], at + 1, ww, at, ww.length - at);
                docs[t] = dd;
                weights[t] = ww;
            }
            Entry now = entries.get(old.getKey());
            for (int i = 0; i < now.profile().length; i++) {
                int t = now.profile()[i];
                int at = -Arrays.binarySearch(docs[t], d) - 1;
                int[] dd = new int[docs[t].length + 1];
                float[] ww = new float[dd.length];
                System.arraycopy(docs[t], 0, dd, 0, at);
                System.arraycopy(docs[t], at, dd, at + 1, docs[t].length - at);
                System.arraycopy(weights[t], 0, ww, 0, at);
                System.arraycopy(weights[t], at, ww, at + 1, weights[t].length - at);
                dd[at] = d;
                ww[at] = now.weights()[i];
                docs[t] = dd;
                weights[t] = ww;
            }
        }
    }

    /**
     * Computes again the relations of the articles a change can affect: the touched ones themselves, those that listed
     * one of them or list fewer than {@link #COUNT}, and those that a changed article now beats. Returns those whose
     * list changed; {@code had} holds the lists of the changed articles before their profiles were replaced. Those whose
     * lists held a touched article go into {@code showing}.
     */
    private List<ArticleId> recompute(
            Set<ArticleId> touched,
            List<ArticleId> changed,
            Map<ArticleId, List<ArticleId>> had,
            Set<ArticleId> showing) {
        if (inverted == null) {
            inverted = invert();
        }
        Inverted inv = inverted;
        int n = inv.ids().length;
        boolean all = touched.size() >= n;
        Set<Integer> affected = new HashSet<>();
        if (all) {
            showing.addAll(entries.keySet());
        } else {
            for (int d = 0; d < n; d++) {
                ArticleId id = inv.ids()[d];
                Entry e = entries.get(id);
                boolean lists = listsAny(e, touched);
                if (lists) {
                    showing.add(id);
                }
                if (lists || touched.contains(id) || e.related().length < COUNT) {
                    affected.add(d);
                }
            }
            float[] scores = new float[n];
            for (ArticleId x : changed) {
                Entry e = entries.get(x);
                List<Integer> met = accumulate(inv, e, scores);
                for (int d : met) {
                    if (scores[d] > entries.get(inv.ids()[d]).last()) {
                        affected.add(d);
                    }
                    scores[d] = 0;
                }
            }
        }
        int[] todo = all
                ? IntStream.range(0, n).toArray()
                : affected.stream().mapToInt(Integer::intValue).toArray();
        Entry[] done = new Entry[todo.length];
        ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[n]);
        IntStream.range(0, todo.length).parallel().forEach(i -> {
            int d = todo[i];
            done[i] = best(inv, d, scratch.get());
        });
        List<ArticleId> moved = new ArrayList<>();
        for (int i = 0; i < todo.length; i++) {
            ArticleId id = inv.ids()[todo[i]];
            List<ArticleId> before = had.containsKey(id) ? had.get(id) : related(id);
            if (!before.equals(List.of(done[i].related()))) {
                moved.add(id);
            }
            entries.put(id, done[i]);
        }
        return moved;
    }

    /**
     * Whether an article's list holds one of the touched articles: a plain loop, as it runs for every article of the
     * collection after each change.
     */
    private static boolean listsAny(Entry e, Set<ArticleId> touched) {
        for (ArticleId r : e.related()) {
            if (touched.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Adds an article's similarity to every article it shares a word with into {@code scores}; returns those. */
    private static List<Integer> accumulate(Inverted inv, Entry e, float[] scores) {
        List<Integer> met = new ArrayList<>();
        for (int i = 0; i < e.profile().length; i++) {
            int t = e.profile()[i];
            int[] docs = inv.docs()[t];
            float[] weights = inv.weights()[t];
            float w = e.weights()[i];
            for (int k = 0; k < docs.length; k++) {
                if (scores[docs[k]] == 0) {
                    met.add(docs[k]);
                }
                scores[docs[k]] += w * weights[k];
            }
        }
        return met;
    }

    /** The best {@link #COUNT} articles for one, ties broken by id; {@code scores} is left all zero. */
    private Entry best(Inverted inv, int d, float[] scores) {
        Entry e = entries.get(inv.ids()[d]);
        List<Integer> met = accumulate(inv, e, scores);
        int[] top = new int[COUNT];
        float[] topScore = new float[COUNT];
        int size = 0;
        for (int o : met) {
            float s = scores[o];
            scores[o] = 0;
            if (o == d || s <= 0) {
                continue;
            }
            if (size < COUNT || s > topScore[size - 1] || (s == topScore[size - 1] && o < top[size - 1])) {
                int at = Math.min(size, COUNT - 1);
                while (at > 0 && (s > topScore[at - 1] || (s == topScore[at - 1] && o < top[at - 1]))) {
                    top[at] = top[at - 1];
                    topScore[at] = topScore[at - 1];
                    at--;
                }
                top[at] = o;
                topScore[at] = s;
                size = Math.min(COUNT, size + 1);
            }
        }
        ArticleId[] related = new ArticleId[size];
        for (int i = 0; i < size; i++) {
            related[i] = inv.ids()[top[i]];
        }
        return new Entry(e.words(), e.profile(), e.weights(), related, size == 0 ? 0 : topScore[size - 1]);
    }

    /** Saves the relations and what computing them again after a change needs; replaces the file whole. */
    public void write(Path file) throws IOException {
        try (BinaryWriter out = BinaryWriter.create(file, MAGIC, VERSION)) {
            write(out);
            out.commit(this);
        }
    }

    private void write(BinaryWriter out) throws IOException {
        out.putStrings(terms);
        out.putInt(entries.size());
        for (Map.Entry<ArticleId, Entry> me : entries.entrySet()) {
            Entry e = me.getValue();
            out.putId(me.getKey());
            sortedInts(out, e.words());
            ints(out, e.profile());
            for (float w : e.weights()) {
                out.putFloat(w);
            }
            out.putByte(e.related().length);
            for (ArticleId r : e.related()) {
                out.putId(r);
            }
            out.putFloat(e.last());
        }
    }

    /** A sorted set of ints, as gaps in variable-length bytes: most of an article's words are a few bytes. */
    private static void sortedInts(BinaryWriter out, int[] sorted) throws IOException {
        out.putVInt(sorted.length);
        int previous = 0;
        for (int v : sorted) {
            out.putVInt(v - previous);
            previous = v;
        }
    }

    private static int[] sortedInts(BinaryReader in) {
        int[] v = new int[in.count(in.getVInt(), 1)];
        int previous = 0;
        for (int i = 0; i < v.length; i++) {
            previous += in.getVInt();
            v[i] = previous;
        }
        return v;
    }

    private static void ints(BinaryWriter out, int[] values) throws IOException {
        out.putShort(values.length);
        for (int v : values) {
            out.putInt(v);
        }
    }

    /** What {@link #write} saved, or why it cannot be used. */
    public static BinaryReader.Result<RelatedArticles> read(Path file) {
        return BinaryReader.read(file, MAGIC, VERSION, RelatedArticles::read);
    }

    private static RelatedArticles read(BinaryReader in) {
        RelatedArticles r = new RelatedArticles();
        in.getStrings().forEach(r::termId);
        int n = in.count(in.getInt(), 12);
        for (int i = 0; i < n; i++) {
            ArticleId id = in.getId();
            int[] words = r.termIds(sortedInts(in));
            for (int w : words) {
                r.docFreq[w]++;
            }
            int[] profile = r.termIds(ints(in));
            float[] weights = new float[profile.length];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = in.getFloat();
            }
            ArticleId[] related = new ArticleId[in.count(in.getByte(), Integer.BYTES)];
            for (int k = 0; k < related.length; k++) {
                related[k] = in.getId();
            }
            r.entries.put(id, new Entry(words, profile, weights, related, in.getFloat()));
        }
        return r;
    }

    /** Word ids as read, each checked to be a word of the saved dictionary. */
    private int[] termIds(int[] ids) {
        for (int t : ids) {
            if (t < 0 || t >= terms.size()) {
                throw new IllegalStateException("word " + t + " of a dictionary of " + terms.size());
            }
        }
        return ids;
    }

    private static int[] ints(BinaryReader in) {
        int[] v = new int[in.count(in.getShort(), Integer.BYTES)];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.getInt();
        }
        return v;
    }
}
