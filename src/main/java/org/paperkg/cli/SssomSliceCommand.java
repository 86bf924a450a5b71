package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.ontologytools.convert.ConvertStats;
import org.paperkg.ontologytools.slice.ConceptIdSet;
import org.paperkg.ontologytools.slice.SssomSlicer;
import org.paperkg.problem.ProblemLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sssom-slice", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Keep the rows of an SSSOM TSV file whose subject or object is in the id files.",
        "The metadata block, the column line and the kept rows are copied unchanged: the result is still SSSOM."})
final class SssomSliceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SSSOM", description = "The SSSOM TSV file to cut.")
    Path input;

    @Option(names = "--keep", required = true, paramLabel = "IDS", description = "File of concept ids (one CURIE a line); repeatable.")
    List<Path> keep;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The SSSOM TSV file to write.")
    Path output;

    @Mixin
    OntologyOptions options;

    @Override
    public Integer call() throws Exception {
        ProblemLog problems = options.problemLog();
        ConceptIdSet ids = options.readIds(keep, problems);
        ConvertStats stats = new ConvertStats();
        new SssomSlicer(options.prefixTable()).slice(input, ids, output, problems, stats);
        System.err.printf("wrote %s: %,d of %,d mapping rows%n", output, stats.get("mapping rows kept"), stats.get("mapping rows read"));
        OntologyOptions.printProblems(problems, System.err);
        return ExitCodes.OK;
    }
}
