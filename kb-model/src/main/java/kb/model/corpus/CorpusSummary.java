package kb.model.corpus;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.model.Article;
import kb.model.Diagnostic;
import kb.model.Section;
import kb.model.SectionKind;
import kb.model.Severity;
import kb.model.SourceFormat;

/**
 * The figures {@code kb check} reports for a corpus.
 *
 * @param articles articles loaded
 * @param errors error diagnostics (unreadable files, missing ids, duplicates)
 * @param warnings warning diagnostics
 * @param references citations between articles of the corpus
 * @param danglingReferences citations of ids not in the corpus
 * @param danglingIds distinct ids cited but not in the corpus
 * @param duplicateIds ids claimed by more than one file
 * @param formats articles by source format
 * @param products articles by product code (or name)
 * @param sections sections by kind
 */
public record CorpusSummary(
        int articles,
        long errors,
        long warnings,
        long references,
        long danglingReferences,
        int danglingIds,
        int duplicateIds,
        Map<SourceFormat, Integer> formats,
        Map<String, Integer> products,
        Map<SectionKind, Integer> sections) {

    public CorpusSummary {
        formats = java.util.Collections.unmodifiableMap(formats);
        products = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(products));
        sections = java.util.Collections.unmodifiableMap(sections);
    }

    public static CorpusSummary of(Corpus corpus) {
        Map<SourceFormat, Integer> formats = new EnumMap<>(SourceFormat.class);
        Map<SectionKind, Integer> sections = new EnumMap<>(SectionKind.class);
        for (Article a : corpus.articles()) {
            formats.merge(a.source().format(), 1, Integer::sum);
            for (Section s : a.sections()) {
                sections.merge(s.kind(), 1, Integer::sum);
            }
        }
        return new CorpusSummary(
                corpus.size(),
                count(corpus, Severity.ERROR),
                count(corpus, Severity.WARNING),
                corpus.resolvedReferences(),
                corpus.danglingReferences(),
                corpus.dangling().size(),
                corpus.duplicates().size(),
                formats,
                corpus.productCounts(),
                sections);
    }

    private static long count(Corpus corpus, Severity severity) {
        return corpus.diagnostics().stream()
                .map(Diagnostic::severity)
                .filter(s -> s == severity)
                .count();
    }
}
