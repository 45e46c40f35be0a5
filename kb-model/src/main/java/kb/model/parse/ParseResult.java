package kb.model.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kb.model.Article;
import kb.model.Diagnostic;

/** What parsing one source gave: the article when one could be read, and every diagnostic found on the way. */
public record ParseResult(Optional<Article> article, List<Diagnostic> diagnostics) {
    public ParseResult {
        Objects.requireNonNull(article, "article");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
