package kb.cli.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kb.model.IdScheme;
import kb.model.parse.ArticleParser;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A knowledge base's settings, from {@code kb.yaml} at its root: what the commands take as their defaults, so that
 * {@code kb build}, {@code kb serve} and {@code kb check} build and read the same site. Paths in it are relative to
 * the file's folder. Read with a YAML parser in safe mode (composed, never made into objects).
 *
 * <pre>
 * title: Acme Support
 * base_url: https://support.example.com/kb/
 * language: en
 * content: content
 * output: site
 * theme: theme
 * related: 5
 * ids: KB-\d{4}
 * products:
 *   acmesync: Acme Sync Server
 *   acmevault: Acme Vault
 * serve:
 *   port: 8080
 *   host: 127.0.0.1
 * </pre>
 *
 * @param file the file read
 * @param values every setting given, by its dotted name ({@code serve.port}), as written
 * @param products product names by code, in the order given
 */
public record ProjectConfig(Path file, Map<String, String> values, Map<String, String> products) {
    /** The file kb looks for in the folder it runs in. */
    public static final String FILE_NAME = "kb.yaml";

    static final Set<String> KNOWN = Set.of(
            "title",
            "base_url",
            "language",
            "content",
            "output",
            "theme",
            "related",
            "ids",
            "max_article_mb",
            "serve.port",
            "serve.host");

    /** What is wrong with a settings file, at its line. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        public Problem(Path file, int line, String message) {
            super(file + (line > 0 ? ":" + line : "") + ": " + message);
        }
    }

    public ProjectConfig {
        values = Map.copyOf(values);
        products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A path setting, resolved against the file's folder. */
    public Optional<Path> path(String name) {
        return get(name).map(v -> file.toAbsolutePath().getParent().resolve(v).normalize());
    }

    /** The largest file read as an article: {@code max_article_mb} megabytes, else kb's default. */
    public long maxArticleBytes() {
        return get("max_article_mb").map(v -> megabytes(v) * 1024L * 1024L).orElse(ArticleParser.MAX_BYTES);
    }

    /** How articles are read under these settings (their ids, the largest file), or kb's defaults without a file. */
    public static ArticleParser.Builder articles(Optional<ProjectConfig> file) {
        return ArticleParser.builder()
                .ids(file.map(ProjectConfig::ids).orElse(IdScheme.ARCHIVE))
                .maxBytes(maxArticleBytes(file));
    }

    /** The largest file read as an article under these settings, or kb's default without a settings file. */
    public static long maxArticleBytes(Optional<ProjectConfig> file) {
        return file.map(ProjectConfig::maxArticleBytes).orElse(ArticleParser.MAX_BYTES);
    }

    /** A whole number of megabytes from 1 to 10000; 0 when it is not one. */
    private static long megabytes(String value) {
        try {
            long n = Long.parseLong(value.strip());
            return n >= 1 && n <= 10_000 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The knowledge base's ids: Q numbers, and the team's own ids when {@code ids} gives their pattern. */
    public IdScheme ids() {
        return get("ids").map(IdScheme::of).orElse(IdScheme.ARCHIVE);
    }

    public static ProjectConfig read(Path file) throws Problem {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Problem(file, 0, "cannot read it: " + e.getMessage());
        }
        LoadSettings settings = LoadSettings.builder()
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(1 << 20)
                .setLabel(file.toString())
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw new Problem(
                    file, e.getProblemMark().map(m -> m.getLine() + 1).orElse(0), "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new Problem(file, 0, "not valid YAML: " + e.getMessage());
        } catch (StackOverflowError e) {
            // The YAML reader descends once for each list or map opened in another.
            throw new Problem(file, 1, "not valid YAML: lists or maps nest too deeply to be read");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> products = new LinkedHashMap<>();
        if (root.isEmpty()) {
            return new ProjectConfig(file, values, products);
        }
        if (!(root.get() instanceof MappingNode top)) {
            throw new Problem(file, line(root.get()), "settings must be 'name: value' lines");
        }
        for (NodeTuple t : top.getValue()) {
            String name = name(file, t);
            if (name.equals("products") || name.equals("serve")) {
                if (!(t.getValueNode() instanceof MappingNode m)) {
                    throw new Problem(file, line(t.getValueNode()), "'" + name + "' holds 'name: value' lines");
                }
                for (NodeTuple inner : m.getValue()) {
                    String key = name(file, inner);
                    String value = scalar(file, key, inner.getValueNode());
                    if (name.equals("products")) {
                        products.put(key, value);
                    } else {
                        put(file, values, "serve." + key, value, line(inner.getKeyNode()));
                    }
                }
            } else {
                put(file, values, name, scalar(file, name, t.getValueNode()), line(t.getKeyNode()));
                if (name.equals("ids")) {
                    try {
                        IdScheme.of(values.get(name));
                    } catch (IllegalArgumentException e) {
                        throw new Problem(file, line(t.getValueNode()), e.getMessage());
                    }
                }
                if (name.equals("max_article_mb") && megabytes(values.get(name)) < 1) {
                    throw new Problem(
                            file,
                            line(t.getValueNode()),
                            "'max_article_mb' is the largest file read as an article, in MB: a whole number from 1"
                                    + " to 10000, not '" + values.get(name) + "'");
                }
            }
        }
        return new ProjectConfig(file, values, products);
    }

    private static void put(Path file, Map<String, String> values, String name, String value, int line) throws Problem {
        if (!KNOWN.contains(name)) {
            throw new Problem(
                    file,
                    line,
                    "unknown setting '" + name + "' (kb.yaml takes " + String.join(", ", new TreeSet<>(KNOWN))
                            + " and products)");
        }
        values.put(name, value);
    }

    private static String name(Path file, NodeTuple t) throws Problem {
        if (!(t.getKeyNode() instanceof ScalarNode s)) {
            throw new Problem(file, line(t.getKeyNode()), "a setting's name must be a word");
        }
        return s.getValue().strip();
    }

    private static String scalar(Path file, String name, Node value) throws Problem {
        if (!(value instanceof ScalarNode s)) {
            throw new Problem(file, line(value), "'" + name + "' must be a single value");
        }
        return s.getValue().strip();
    }

    private static int line(Node n) {
        return n.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }
}
