package kb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.model.ArticleId;

/** A file of queries and the articles that answer them, one {@code query<TAB>id[,id…]} a line; blank lines skipped. */
public final class QueryFile {
    private QueryFile() {}

    /** One query, its line, and the ids that answer it. */
    public record Case(int line, String query, List<String> answers) {}

    /**
     * The queries of the file.
     *
     * @throws IllegalArgumentException for a line without a tab or without an article id after it, naming file and line
     */
    public static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected query<TAB>id,id");
            }
            List<String> ids = new ArrayList<>();
            for (String id : line.substring(tab + 1).split(",", -1)) {
                ArticleId.any(id).ifPresent(a -> ids.add(a.value()));
            }
            if (ids.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": no article id after the tab");
            }
            cases.add(new Case(i + 1, line.substring(0, tab), ids));
        }
        return cases;
    }
}
