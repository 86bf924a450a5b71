package org.paperkg.cli;

import java.io.PrintWriter;

import org.paperkg.problem.StrictModeException;
import org.paperkg.settings.Debug;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "paperkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Biomedical papers to a linked-data knowledge graph, served by embedded Apache Jena Fuseki.",
        subcommands = {ExportCommand.class, ValidateCommand.class, IngestCommand.class, QueryCommand.class,
                ServeCommand.class, PushCommand.class, StatsCommand.class, CompactCommand.class, TextIndexCommand.class, ReportCommand.class, OntologyConvertCommand.class, SynthCommand.class, SyncCommand.class})
public final class PaperkgCommand {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (used by main and by tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new PaperkgCommand());
        cli.setExecutionExceptionHandler(PaperkgCommand::onFailure);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILED);
        return cli.execute(args);
    }

    private static int onFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof StrictModeException s) {
            err.println("paperkg: stopped at the first problem (--strict): " + s.problem());
        } else if (e instanceof IllegalArgumentException) {
            err.println("paperkg: " + e.getMessage());
            return ExitCodes.USAGE;
        } else {
            err.println("paperkg: " + e);
            if (Debug.enabled()) e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILED;
    }
}
