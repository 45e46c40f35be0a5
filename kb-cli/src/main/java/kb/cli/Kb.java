package kb.cli;

import kb.cli.config.ConfigDefaults;
import kb.cli.config.ProjectConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kb} command: a static site and knowledge-base generator for support articles. */
@Command(
        name = "kb",
        mixinStandardHelpOptions = true,
        versionProvider = Kb.Version.class,
        description = "Turns a folder of knowledge-base articles into a cross-linked, searchable site.",
        subcommands = {
            BuildCommand.class,
            ServeCommand.class,
            IndexCommand.class,
            SearchCommand.class,
            EvalCommand.class,
            CheckCommand.class,
            ShowCommand.class,
            ExportCommand.class,
            InitCommand.class,
            NewCommand.class,
            ThemeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Kb {
    static {
        // Log records (the server's) as one line each: time, level, where, message.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%n");
        }
    }

    /** Kept so the logging level set below stays set. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Kb() {}

    public static void main(String[] args) {
        quietLucene();
        System.exit(execute(commandLine(), args));
    }

    /** Lucene logs a hint about the optional vector module on every start: it is not the user's concern. */
    public static void quietLucene() {
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
    }

    /**
     * Runs a command line with the defaults {@code kb.yaml} (or {@code --config FILE}) gives its options; a settings
     * file that cannot be read is an error that says where.
     */
    public static int execute(CommandLine cl, String... args) {
        try {
            cl.setDefaultValueProvider(ConfigDefaults.forArguments(args));
        } catch (ProjectConfig.Problem e) {
            cl.getErr().println("kb: " + e.getMessage());
            cl.getErr().flush();
            return ExitCodes.USAGE;
        }
        return cl.execute(args);
    }

    /** Runs a command line with its output and errors written where the caller says (a Maven build's log). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /**
     * The command line with kb's error handling: a bad argument prints what is wrong, the closest option when it was
     * mistyped, and where to get help, then exits 2.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kb());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName();
            java.io.PrintWriter err = cmd.getErr();
            err.println(name + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + name + " --help' for more information.");
            err.flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Failure.report("kb: ", e, cmd.getErr());
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Kb.class.getPackage().getImplementationVersion();
            return new String[] {"kb " + (v == null ? "(development build)" : v)};
        }
    }
}
