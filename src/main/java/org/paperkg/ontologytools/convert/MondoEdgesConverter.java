package org.paperkg.ontologytools.convert;

import java.io.IOException;
import java.util.function.Predicate;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * MONDO's edges report ({@code x p y}) → {@code rdfs:subClassOf} between MONDO classes. Only the
 * asserted-parent rows ({@code rdfs:subClassOf}) whose both ends are MONDO classes are kept: the
 * existential (RO/BFO) edges and edges into imported ontologies are skipped.
 */
public final class MondoEdgesConverter implements TsvConverter {

    private final SchemeIds mondo;
    private final Predicate<String> keep;

    public MondoEdgesConverter(PrefixTable table, Predicate<String> keep) {
        this.mondo = new SchemeIds(table, "MONDO");
        this.keep = keep;
    }

    /** True for the predicate cell of an asserted parent, as a CURIE or a full IRI. */
    static boolean isSubClassOf(String cell) {
        String p = TsvTerms.id(cell);
        return p.equals("rdfs:subClassOf") || p.equals("http://www.w3.org/2000/01/rdf-schema#subClassOf");
    }

    @Override
    public void convert(TsvReader in, StreamRDF out, ProblemSink problems, ConvertStats stats) throws IOException {
        TsvRow row = in.next();
        if (row != null && Headers.isHeader(row, "x")) row = in.next();
        for (; row != null; row = in.next()) {
            stats.inc("edge rows");
            if (row.size() < 3) {
                problems.report(row.skip(ProblemCode.BAD_ROW, "expected 3 columns (x p y), found " + row.size()));
                continue;
            }
            if (!isSubClassOf(row.cell(1))) {
                stats.inc("edges of other predicates (skipped)");
                continue;
            }
            SchemeIds.Id child = mondo.read(row.cell(0));
            SchemeIds.Id parent = mondo.read(row.cell(2));
            if (child instanceof SchemeIds.Bad bad) {
                problems.report(row.skip(bad.code(), bad.message()));
                continue;
            }
            if (parent instanceof SchemeIds.Bad bad) {
                problems.report(row.skip(bad.code(), bad.message()));
                continue;
            }
            if (!(child instanceof SchemeIds.Match c) || !(parent instanceof SchemeIds.Match p)) {
                stats.inc("subClassOf edges with a non-MONDO end (skipped)");
                continue;
            }
            if (!keep.test(c.curie()) || !keep.test(p.curie())) continue;
            out.triple(Triple.create(c.node(), OntologyVocab.SUBCLASS_OF, p.node()));
            stats.inc("MONDO subClassOf edges");
        }
    }
}
