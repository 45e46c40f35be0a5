package kb.cli;

/** Text as kb writes it into YAML it makes (front matter, kb.yaml): a double-quoted scalar that reads back as it is. */
final class YamlText {
    private YamlText() {}

    /** {@code "..."}, with backslashes and double quotes escaped. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
