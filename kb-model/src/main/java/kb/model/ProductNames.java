package kb.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The name to show for each product key: the name most of its articles give it (the first in alphabetical order when
 * as many give another). Articles of one code mostly agree; a few carry an older or misspelled name.
 */
public final class ProductNames {
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /**
     * The name an article gives each of its product keys, in the keys' order: the name in the same place, or its
     * first name when it has fewer names than codes, or the key itself when it has no name.
     */
    public static List<String> ofKeys(List<String> codes, List<String> names) {
        List<String> keys = Article.productKeys(codes, names);
        return IntStream.range(0, keys.size())
                .mapToObj(i -> i < names.size() ? names.get(i) : names.isEmpty() ? keys.get(i) : names.get(0))
                .toList();
    }

    /** Counts one more article, with these product codes and names, for the name of each of its product keys. */
    public void addArticle(List<String> codes, List<String> names) {
        countArticle(codes, names, 1);
    }

    /** Counts one article fewer, with these product codes and names: the opposite of {@link #addArticle}. */
    public void removeArticle(List<String> codes, List<String> names) {
        countArticle(codes, names, -1);
    }

    private void countArticle(List<String> codes, List<String> names, int articles) {
        List<String> keys = Article.productKeys(codes, names);
        List<String> named = ofKeys(codes, names);
        for (int i = 0; i < keys.size(); i++) {
            add(keys.get(i), named.get(i), articles);
        }
    }

    /** Counts {@code articles} more articles that call the product of this key by this name. */
    public void add(String key, String name, int articles) {
        Map<String, Integer> byName = counts.computeIfAbsent(key, k -> new HashMap<>());
        // A name no article gives any more is forgotten, and so is a key no article has.
        byName.merge(name, articles, (a, b) -> a + b == 0 ? null : a + b);
        if (byName.isEmpty()) {
            counts.remove(key);
        }
    }

    /** A copy of these counts, to be counted on apart from them. */
    public ProductNames copy() {
        ProductNames out = new ProductNames();
        counts.forEach((key, byName) -> out.counts.put(key, new HashMap<>(byName)));
        return out;
    }

    /** Each key's name, by key. */
    public Map<String, String> names() {
        Map<String, String> out = new TreeMap<>();
        counts.forEach((key, byName) -> out.put(
                key,
                byName.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .findFirst()
                        .orElseThrow()
                        .getKey()));
        return out;
    }
}
