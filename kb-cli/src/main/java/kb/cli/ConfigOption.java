package kb.cli;

import java.nio.file.Path;
import kb.cli.config.ConfigDefaults;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the settings the command takes its defaults from (read before the command line is). */
public final class ConfigOption {
    @Option(
            names = ConfigDefaults.OPTION,
            paramLabel = "FILE",
            description = "Settings file (default: kb.yaml in this folder, when there is one). Options given here win.")
    Path config;

    public ConfigOption() {}
}
