package org.paperkg.ontologytools.convert;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;

/**
 * MONDO's obsoletes report ({@code cls replCls consCls}) → {@code owl:deprecated true}, IAO "term
 * replaced by" ({@code IAO:0100001}) and {@code oboInOwl:consider}, as in MONDO's OWL. A class may
 * have several rows (one per term to consider). Targets may be in any known scheme (MONDO, HP, HGNC…).
 */
public final class MondoObsoletesConverter implements TsvConverter {

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final SchemeIds mondo;
    private final AnyIds any;
    private final Predicate<String> keep;

    public MondoObsoletesConverter(PrefixTable table, Predicate<String> keep) {
        this.mondo = new SchemeIds(table, "MONDO");
        this.any = new AnyIds(table);
        this.keep = keep;
    }

    @Override
    public void convert(TsvReader in, StreamRDF out, ProblemSink problems, ConvertStats stats) throws IOException {
        Set<String> deprecated = new HashSet<>();
        Set<String> links = new HashSet<>();
        TsvRow row = in.next();
        if (row != null && Headers.isHeader(row, "cls")) row = in.next();
        for (; row != null; row = in.next()) {
            stats.inc("obsolete rows");
            SchemeIds.Id id = mondo.read(row.cell(0));
            if (id instanceof SchemeIds.Other) {
                stats.inc("obsoletes of other ontologies (skipped)");
                continue;
            }
            if (id instanceof SchemeIds.Bad bad) {
                problems.report(row.skip(bad.code(), bad.message()));
                continue;
            }
            SchemeIds.Match cls = (SchemeIds.Match) id;
            if (!keep.test(cls.curie())) continue;
            if (deprecated.add(cls.curie())) {
                out.triple(Triple.create(cls.node(), OntologyVocab.DEPRECATED, TRUE));
                stats.inc("MONDO deprecated classes");
            }
            link(row, 1, cls, OntologyVocab.REPLACED_BY, "term replaced by", out, problems, stats, links);
            link(row, 2, cls, OntologyVocab.CONSIDER, "consider", out, problems, stats, links);
        }
    }

    private void link(TsvRow row, int col, SchemeIds.Match cls, Node predicate, String what, StreamRDF out,
                      ProblemSink problems, ConvertStats stats, Set<String> links) {
        String cell = row.cell(col);
        if (TsvTerms.id(cell).isEmpty()) return;
        AnyIds.Result target = any.read(cell);
        if (target instanceof AnyIds.Missing m) {
            problems.report(row.problem(Problem.Severity.WARN, m.code(), what + " of " + cls.curie() + ": " + m.message()));
            return;
        }
        Node o = ((AnyIds.Found) target).node();
        if (links.add(cls.curie() + " " + predicate.getURI() + " " + o.getURI())) {
            out.triple(Triple.create(cls.node(), predicate, o));
            stats.inc("MONDO '" + what + "' links");
        }
    }
}
