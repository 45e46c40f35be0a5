package kb.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kb.model.IdScheme;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' defaults from a knowledge base's {@code kb.yaml}: the content folder, the site folder, the theme, the
 * title, the base URL, the server's port and address. What is given on the command line wins; what neither gives
 * takes the command's own default.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    /** The option that names another settings file than {@code kb.yaml} in the folder kb runs in. */
    public static final String OPTION = "--config";

    private final Optional<ProjectConfig> config;

    private ConfigDefaults(Optional<ProjectConfig> config) {
        this.config = config;
    }

    /**
     * The defaults for a command line: from the file {@code --config} names, else from {@code kb.yaml} in the working
     * folder when there is one, else none.
     */
    public static ConfigDefaults forArguments(String[] args) throws ProjectConfig.Problem {
        Optional<Path> named = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                named = Optional.of(Path.of(args[i + 1]));
            } else if (args[i].startsWith(OPTION + "=")) {
                named = Optional.of(Path.of(args[i].substring(OPTION.length() + 1)));
            }
        }
        if (named.isPresent()) {
            if (!Files.isRegularFile(named.get())) {
                throw new ProjectConfig.Problem(named.get(), 0, "no such settings file");
            }
            return new ConfigDefaults(Optional.of(ProjectConfig.read(named.get())));
        }
        Path here = Path.of(ProjectConfig.FILE_NAME);
        return new ConfigDefaults(Files.isRegularFile(here) ? Optional.of(ProjectConfig.read(here)) : Optional.empty());
    }

    /** The settings read, if any. */
    public Optional<ProjectConfig> config() {
        return config;
    }

    /** The settings a command line takes its defaults from, if any. */
    public static Optional<ProjectConfig> of(CommandLine cmd) {
        return cmd.getDefaultValueProvider() instanceof ConfigDefaults d ? d.config : Optional.empty();
    }

    /** The knowledge base's ids for a command line: Q numbers, and the team's ids when the settings give a pattern. */
    public static IdScheme ids(CommandLine cmd) {
        return of(cmd).map(ProjectConfig::ids).orElse(IdScheme.ARCHIVE);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (config.isEmpty()) {
            return null;
        }
        ProjectConfig c = config.get();
        Optional<?> value = switch (arg) {
            case OptionSpec o ->
                switch (o.longestName()) {
                    case "--title" -> c.get("title");
                    case "--base-url" -> c.get("base_url");
                    case "--theme" -> c.path("theme");
                    case "--out" -> c.path("output");
                    case "--content" -> c.path("content");
                    case "--port" -> c.get("serve.port");
                    case "--host" -> c.get("serve.host");
                    default -> Optional.empty();
                };
            case PositionalParamSpec p when p.paramLabel().equals("CONTENT") -> c.path("content");
            default -> Optional.empty();
        };
        return value.map(Object::toString).orElse(null);
    }
}
