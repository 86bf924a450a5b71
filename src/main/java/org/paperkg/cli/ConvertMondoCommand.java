package org.paperkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ontologytools.convert.ConvertStats;
import org.paperkg.ontologytools.convert.MondoClassStatsConverter;
import org.paperkg.ontologytools.convert.MondoEdgesConverter;
import org.paperkg.ontologytools.convert.MondoObsoletesConverter;
import org.paperkg.ontologytools.slice.ConceptIdSet;
import org.paperkg.ontologytools.slice.MondoSlice;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "mondo", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "MONDO TSV reports -> OWL classes with rdfs:label, rdfs:subClassOf and owl:deprecated (streamed).",
        "With --keep, only the classes asked for (directly or through --keep-mapped SSSOM mappings) and all their ancestors."})
final class ConvertMondoCommand implements Callable<Integer> {

    @Option(names = "--class-stats", paramLabel = "TSV", description = "reports/class-stats.tsv[.gz]: labels (cls cls_label …, or ?cls ?cls_label …).")
    Path classStats;

    @Option(names = "--edges", paramLabel = "TSV", description = "reports/edges.tsv[.gz]: x p y; rdfs:subClassOf rows between MONDO classes are kept.")
    Path edges;

    @Option(names = "--obsoletes", paramLabel = "TSV", description = "reports/obsoletes.tsv: cls replCls consCls.")
    Path obsoletes;

    @Option(names = "--keep", paramLabel = "IDS", description = "File of concept ids (one CURIE a line) to keep, with their ancestors; repeatable.")
    List<Path> keep = new ArrayList<>();

    @Option(names = "--keep-mapped", paramLabel = "SSSOM", description = "With --keep: also keep MONDO classes that these SSSOM files map to an id kept; repeatable.")
    List<Path> keepMapped = new ArrayList<>();

    @Option(names = "--kept-ids", paramLabel = "FILE", description = "With --keep: write the MONDO ids kept (one CURIE a line).")
    Path keptIds;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Output RDF file (.ttl, .nt, … optionally .gz; '-' for standard output).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format: ttl, nt, …")
    String format;

    @Mixin
    OntologyOptions options;

    @Override
    public Integer call() throws Exception {
        if (classStats == null && edges == null && obsoletes == null)
            throw new IllegalArgumentException("give at least one of --class-stats, --edges, --obsoletes");
        if (keep.isEmpty() && (!keepMapped.isEmpty() || keptIds != null))
            throw new IllegalArgumentException("--keep-mapped and --kept-ids only work with --keep");
        PrintStream err = System.err;
        PrefixTable table = options.prefixTable();
        ProblemLog problems = options.problemLog();
        ConvertStats stats = new ConvertStats();

        ConceptIdSet kept = null;
        Predicate<String> keepTest = c -> true;
        if (!keep.isEmpty()) {
            ConceptIdSet wanted = options.readIds(keep, problems);
            kept = new MondoSlice(table).keep(wanted, edges, obsoletes, keepMapped, problems, stats);
            keepTest = kept::contains;
        }
        try (OntologyRdfFile out = new OntologyRdfFile(output, format)) {
            out.convert(classStats, new MondoClassStatsConverter(table, keepTest), problems, stats);
            out.convert(edges, new MondoEdgesConverter(table, keepTest), problems, stats);
            out.convert(obsoletes, new MondoObsoletesConverter(table, keepTest), problems, stats);
            if (kept != null && classStats != null) reportMissing(kept, table, classStats, out, problems);
            out.commit(err);
        }
        if (kept != null && keptIds != null) {
            kept.write(keptIds, "MONDO classes kept by paperkg convert-ontology mondo --keep (with their ancestors)");
            err.printf("wrote %s: %,d MONDO ids%n", keptIds, kept.size());
        }
        stats.print(err);
        OntologyOptions.printProblems(problems, err);
        return ExitCodes.OK;
    }

    private static void reportMissing(ConceptIdSet kept, PrefixTable table, Path classStats, OntologyRdfFile out, ProblemLog problems) {
        for (String curie : kept.curies())
            if (table.resolve(curie) instanceof ConceptRef.Resolved r && !out.wroteSubject(r.iri()))
                problems.report(new Problem(classStats.toString(), 0, Problem.Severity.WARN, ProblemCode.NOT_IN_SOURCE,
                        curie + " is kept but has no row in this file"));
    }
}
