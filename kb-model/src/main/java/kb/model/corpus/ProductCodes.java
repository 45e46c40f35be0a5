package kb.model.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Product codes learned from articles that carry one ({@code [sms]} with "Microsoft Systems Management Server"), for
 * articles whose format carries only the product's name (Jekyll pages, plain exports). The first code learned for a
 * name is kept.
 */
final class ProductCodes {
    private final Map<String, String> byName = new HashMap<>();

    /** Learns the code of an article with one product name and one code. */
    void learn(List<String> names, List<String> codes) {
        if (codes.size() == 1 && names.size() == 1) {
            byName.putIfAbsent(names.get(0), codes.get(0));
        }
    }

    /** The article with the codes of its product names, when it has no code of its own and they are known. */
    ArticleSummary fill(ArticleSummary a) {
        if (!a.productCodes().isEmpty()) {
            return a;
        }
        List<String> codes = a.productNames().stream()
                .map(byName::get)
                .filter(Objects::nonNull)
                .toList();
        return codes.isEmpty() ? a : a.withProductCodes(codes);
    }
}
