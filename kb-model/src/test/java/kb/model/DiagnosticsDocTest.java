package kb.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.model.parse.ArticleParser;
import kb.model.parse.ParseResult;
import kb.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md explains every code, and each example there gives its code. */
class DiagnosticsDocTest {
    /** Codes no single file's text can give: the file system's, two files', kb's own failure, a count. */
    private static final Set<DiagnosticCode> WITHOUT_EXAMPLE = EnumSet.of(
            DiagnosticCode.UNREADABLE_FILE,
            DiagnosticCode.UNREADABLE_FOLDER,
            DiagnosticCode.TOO_LARGE,
            DiagnosticCode.DUPLICATE_ID,
            DiagnosticCode.BROKEN_LINK,
            DiagnosticCode.INTERNAL_ERROR,
            DiagnosticCode.MORE_NOT_SHOWN);

    private static final Pattern SECTION = Pattern.compile("(?m)^## (KB\\d{3}) (.+) \\((error|warning|info)\\)$");
    private static final Pattern EXAMPLE = Pattern.compile("(?s)```kb-example ([^\\n]*)\\n(.*?)```");

    private static String doc() throws IOException {
        return Files.readString(ProjectFiles.root().resolve("docs/diagnostics.md"), StandardCharsets.UTF_8);
    }

    /** Each code's section of the document. */
    private static Map<String, String> sections() throws IOException {
        String doc = doc();
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(doc);
        List<int[]> starts = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : doc.length();
            String section = doc.substring(starts.get(i)[0], end);
            Matcher h = SECTION.matcher(section);
            h.find();
            out.put(h.group(1), section);
        }
        return out;
    }

    @Test
    void everyCodeIsDocumentedWithItsSeverity() throws IOException {
        Map<String, String> sections = sections();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(sections)
                    .as("docs/diagnostics.md section for %s", code.code())
                    .containsKey(code.code());
            assertThat(sections.get(code.code()))
                    .as(code.code())
                    .startsWith("## " + code.code())
                    .contains("(" + code.severity().label() + ")");
        }
        assertThat(sections).hasSize(DiagnosticCode.values().length);
    }

    @Test
    void everyExampleGivesItsCode() throws IOException {
        ArticleParser detecting = ArticleParser.create();
        for (Map.Entry<String, String> e : sections().entrySet()) {
            DiagnosticCode code = EnumSet.allOf(DiagnosticCode.class).stream()
                    .filter(c -> c.code().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow();
            Matcher m = EXAMPLE.matcher(e.getValue());
            boolean any = false;
            while (m.find()) {
                any = true;
                Map<String, String> attributes = new LinkedHashMap<>();
                for (String a : m.group(1).strip().split("\\s+", -1)) {
                    int eq = a.indexOf('=');
                    attributes.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
                }
                byte[] bytes = attributes.containsKey("hex")
                        ? HexFormat.of().parseHex(m.group(2).replaceAll("\\s+", ""))
                        : m.group(2).getBytes(StandardCharsets.UTF_8);
                ArticleParser parser = attributes.containsKey("format")
                        ? ArticleParser.builder()
                                .format(SourceFormat.valueOf(attributes.get("format")))
                                .build()
                        : detecting;
                ParseResult r = parser.parse(attributes.getOrDefault("name", "example"), bytes);
                assertThat(r.diagnostics())
                        .as("the example of %s", code.code())
                        .extracting(Diagnostic::code)
                        .contains(code);
            }
            assertThat(any)
                    .as("%s has an example, or is known to have none", code.code())
                    .isEqualTo(!WITHOUT_EXAMPLE.contains(code));
        }
    }
}
