package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.ontologytools.slice.ConceptIdSet;
import org.paperkg.ontologytools.slice.CorpusIds;
import org.paperkg.problem.ProblemLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "corpus-ids", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "List the disease concept ids (MeSH, OMIM, MONDO) used in corpora and paper cards, one canonical CURIE a line.",
        "Reads PubTator text, BioC XML (plain or .gz), BioC JSON and paper cards; directories are walked."})
final class CorpusIdsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Corpus files, cards or directories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The id file to write.")
    Path output;

    @Mixin
    OntologyOptions options;

    @Override
    public Integer call() throws Exception {
        ProblemLog problems = options.problemLog();
        ConceptIdSet ids = new ConceptIdSet();
        int files = new CorpusIds(options.prefixTable()).collect(inputs, ids::add, problems);
        ids.write(output, "disease concept ids used in the inputs (paperkg convert-ontology corpus-ids)");
        System.err.printf("read %d file(s); wrote %s: %,d ids %s%n", files, output, ids.size(), ids.countsByScheme());
        OntologyOptions.printProblems(problems, System.err);
        return ExitCodes.OK;
    }
}
