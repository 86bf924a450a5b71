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
import org.paperkg.ontologytools.convert.MeshScrConverter;
import org.paperkg.ontologytools.convert.MeshTreeConverter;
import org.paperkg.ontologytools.convert.OmimNamesConverter;
import org.paperkg.ontologytools.slice.ConceptIdSet;
import org.paperkg.ontologytools.slice.MeshSlice;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "mesh", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "MeSH tree file, disease SCR and OMIM name tables -> NLM's MeSH RDF vocabulary (meshv:) and OMIM labels (streamed).",
        "With --keep, only the records asked for, the descriptors their SCRs map to, and all their tree ancestors."})
final class ConvertMeshCommand implements Callable<Integer> {

    @Option(names = "--tree", paramLabel = "TSV", description = "NLM tree file (e.g. 2017MeshTree.txt[.gz]): Tree Number, Desc Ui, Term.")
    Path tree;

    @Option(names = "--scr", paramLabel = "TSV", description = "Disease SCRs: MESH_SCR_ID MESH_SCR_NAME MESH_ID (mapped-to descriptor).")
    Path scr;

    @Option(names = "--omim", paramLabel = "TSV", description = "OMIM names: OMIM_ID OMIM_NAME (first name = rdfs:label, others skos:altLabel).")
    Path omim;

    @Option(names = "--keep", paramLabel = "IDS", description = "File of concept ids (one CURIE a line) to keep, with their ancestors; repeatable.")
    List<Path> keep = new ArrayList<>();

    @Option(names = "--kept-ids", paramLabel = "FILE", description = "With --keep: write the MeSH and OMIM ids kept (one CURIE a line).")
    Path keptIds;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Output RDF file (.ttl, .nt, … optionally .gz; '-' for standard output).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format: ttl, nt, …")
    String format;

    @Mixin
    OntologyOptions options;

    @Override
    public Integer call() throws Exception {
        if (tree == null && scr == null && omim == null)
            throw new IllegalArgumentException("give at least one of --tree, --scr, --omim");
        if (keep.isEmpty() && keptIds != null)
            throw new IllegalArgumentException("--kept-ids only works with --keep");
        PrintStream err = System.err;
        PrefixTable table = options.prefixTable();
        ProblemLog problems = options.problemLog();
        ConvertStats stats = new ConvertStats();

        ConceptIdSet kept = null;
        Predicate<String> keepTest = c -> true;
        if (!keep.isEmpty()) {
            ConceptIdSet wanted = options.readIds(keep, problems);
            kept = new MeshSlice(table).keep(wanted, tree, scr, problems, stats);
            keepTest = kept::contains;
        }
        try (OntologyRdfFile out = new OntologyRdfFile(output, format)) {
            out.convert(tree, new MeshTreeConverter(table, keepTest), problems, stats);
            out.convert(scr, new MeshScrConverter(table, keepTest), problems, stats);
            out.convert(omim, new OmimNamesConverter(table, keepTest), problems, stats);
            if (kept != null) reportMissing(kept, table, out, problems);
            out.commit(err);
        }
        if (kept != null && keptIds != null) {
            kept.write(keptIds, "MeSH and OMIM ids kept by paperkg convert-ontology mesh --keep (with their ancestors)");
            err.printf("wrote %s: %,d ids %s%n", keptIds, kept.size(), kept.countsByScheme());
        }
        stats.print(err);
        OntologyOptions.printProblems(problems, err);
        return ExitCodes.OK;
    }

    private void reportMissing(ConceptIdSet kept, PrefixTable table, OntologyRdfFile out, ProblemLog problems) {
        for (String curie : kept.curies()) {
            Path source = curie.startsWith("MESH:D") ? tree : curie.startsWith("MESH:C") ? scr : curie.startsWith("OMIM:") ? omim : null;
            if (source == null) continue;
            if (table.resolve(curie) instanceof ConceptRef.Resolved r && !out.wroteSubject(r.iri()))
                problems.report(new Problem(source.toString(), 0, Problem.Severity.WARN, ProblemCode.NOT_IN_SOURCE,
                        curie + " is kept but has no row in this file"));
        }
    }
}
