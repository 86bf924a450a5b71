package org.paperkg.ontologytools.convert;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * MONDO's class-stats report → one {@code owl:Class} with its {@code rdfs:label} (a plain string, as
 * in MONDO's own OWL) per MONDO class. Reads the 2023 layout ({@code cls cls_label …}, CURIEs) and the
 * SPARQL-style one ({@code ?cls ?cls_label …}, IRIs in {@code <>}); columns are found by name.
 * Imported classes (CHEBI, GO, HP, …) are skipped.
 */
public final class MondoClassStatsConverter implements TsvConverter {

    private final SchemeIds mondo;
    private final Predicate<String> keep;

    public MondoClassStatsConverter(PrefixTable table, Predicate<String> keep) {
        this.mondo = new SchemeIds(table, "MONDO");
        this.keep = keep;
    }

    @Override
    public void convert(TsvReader in, StreamRDF out, ProblemSink problems, ConvertStats stats) throws IOException {
        int clsCol = 0, labelCol = 1;
        Set<String> seen = new HashSet<>();
        TsvRow row = in.next();
        if (row != null && Headers.hasColumn(row, "cls")) {
            clsCol = Headers.column(row, "cls", 0);
            labelCol = Headers.column(row, "cls_label", 1);
            row = in.next();
        }
        for (; row != null; row = in.next()) {
            stats.inc("class-stats rows");
            if (row.size() <= Math.max(clsCol, labelCol)) {
                problems.report(row.skip(ProblemCode.BAD_ROW, "expected a class and a label, found " + row.size() + " column(s)"));
                continue;
            }
            SchemeIds.Id id = mondo.read(row.cell(clsCol));
            if (id instanceof SchemeIds.Other) {
                stats.inc("rows of other ontologies (skipped)");
                continue;
            }
            if (id instanceof SchemeIds.Bad bad) {
                problems.report(row.skip(bad.code(), bad.message()));
                continue;
            }
            SchemeIds.Match cls = (SchemeIds.Match) id;
            if (!keep.test(cls.curie())) continue;
            if (!seen.add(cls.curie())) {
                problems.report(row.problem(Problem.Severity.SKIP, ProblemCode.DUPLICATE, cls.curie() + " is listed again"));
                continue;
            }
            out.triple(Triple.create(cls.node(), OntologyVocab.TYPE, OntologyVocab.OWL_CLASS));
            stats.inc("MONDO classes");
            TsvTerms.Text label = TsvTerms.text(row.cell(labelCol));
            if (label == null) {
                problems.report(row.problem(Problem.Severity.WARN, ProblemCode.NO_LABEL,
                        cls.curie() + " has no readable label: '" + row.cell(labelCol) + "'"));
                continue;
            }
            out.triple(Triple.create(cls.node(), OntologyVocab.LABEL, NodeFactory.createLiteralString(label.value())));
            stats.inc("MONDO labels");
        }
    }
}
