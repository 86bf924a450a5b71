package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.paperkg.ids.PrefixTable;
import org.paperkg.ontologytools.slice.ConceptIdSet;
import org.paperkg.problem.ProblemLog;

import picocli.CommandLine.Option;

/** Options shared by the convert-ontology subcommands. */
final class OntologyOptions {

    @Option(names = "--strict", description = "Stop at the first bad row with exit code 1, writing nothing partial.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Do not print each problem (their counts still print).")
    boolean quiet;

    @Option(names = "--prefixes", paramLabel = "FILE",
            description = "CURIE -> IRI table to use instead of the built-in ontologies/prefixes.tsv.")
    Path prefixes;

    PrefixTable prefixTable() throws IOException {
        return prefixes == null ? PrefixTable.defaults() : PrefixTable.load(prefixes);
    }

    ProblemLog problemLog() {
        return new ProblemLog(quiet ? null : System.err, strict);
    }

    ConceptIdSet readIds(List<Path> files, ProblemLog problems) throws IOException {
        for (Path f : files)
            if (!Files.isRegularFile(f)) throw new IllegalArgumentException("no such id file: " + f);
        return ConceptIdSet.read(files, prefixTable(), problems);
    }

    static void printProblems(ProblemLog problems, PrintStream out) {
        if (problems.total() == 0) {
            out.println("problems: none");
            return;
        }
        out.println("problems: " + problems.total() + " (rows reported as file:line: CODE message)");
        problems.countsByCode().forEach((code, n) -> out.printf("  %-48s %,d%n", code, n));
    }
}
