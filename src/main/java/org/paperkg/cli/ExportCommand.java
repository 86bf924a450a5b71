package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.export.RdfOutput;
import org.paperkg.problem.ProblemLog;
import org.paperkg.run.RunSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Map paper cards to RDF and write them to a file (streamed).")
final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Card files or directories (read recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file; the format follows its extension (.ttl .nt .nq .trig .jsonld .rdf, optionally .gz). '-' writes to standard output.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format: ttl, nt, nq, trig, jsonld, rdf.")
    String format;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        ProblemLog problems = mapping.problemLog();
        try (RdfOutput out = RdfOutput.open(output, format)) {
            out.start();
            RunSummary summary = mapping.run(problems).run(inputs, out.sink());
            out.commit();
            summary.print(System.err);
            if (!output.equals("-")) System.err.println("wrote " + output + " (" + out.lang().getName() + ")");
        }
        return ExitCodes.OK;
    }
}
