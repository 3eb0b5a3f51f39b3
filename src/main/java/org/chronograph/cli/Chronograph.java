package org.chronograph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code chronograph ingest|timeline|query|serve|extract|evaluate|bench}. */
@Command(name = "chronograph", mixinStandardHelpOptions = true, versionProvider = Chronograph.Versions.class,
        description = "Builds a knowledge graph of actors, events and statements from news articles.",
        subcommands = {IngestCommand.class, TimelineCommand.class, QueryCommand.class, ServeCommand.class, ExtractCommand.class, BenchCommand.class,
                EvaluateCommand.class, CommandLine.HelpCommand.class,
                picocli.AutoComplete.GenerateCompletion.class})
public final class Chronograph {

    /** {@code --version}: ours and those of the libraries that decide what is extracted and stored. */
    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            var p = new java.util.Properties();
            try (var in = Chronograph.class.getResourceAsStream("/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "chronograph " + p.getProperty("chronograph", "(unknown)"),
                "Stanford CoreNLP " + p.getProperty("corenlp", "(unknown)"),
                "Neo4j " + p.getProperty("neo4j", "(unknown)") + " (embedded), Java driver "
                        + p.getProperty("neo4j-driver", "(unknown)") + ", Neo4j Browser " + p.getProperty("neo4j-browser", "(unknown)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }

    /** Exit codes: 0 ok, 1 failure, 2 usage. */
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Chronograph());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("chronograph " + line.getCommandName() + ": " + message(ex));
            if (System.getenv("CHRONOGRAPH_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return FAILURE;
        });
        return cl;
    }

    static String message(Throwable ex) {
        StringBuilder b = new StringBuilder(String.valueOf(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        Throwable c = ex.getCause();
        while (c != null && c != ex) {
            if (c.getMessage() != null && !b.toString().contains(c.getMessage())) {
                b.append(" (").append(c.getMessage()).append(')');
            }
            ex = c;
            c = c.getCause();
        }
        return b.toString();
    }
}
