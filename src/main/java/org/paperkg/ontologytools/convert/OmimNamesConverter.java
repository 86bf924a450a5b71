package org.paperkg.ontologytools.convert;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * OMIM names ({@code OMIM_ID OMIM_NAME}, one row per name) → {@code <https://omim.org/entry/N>
 * rdfs:label "first name"}, the further names as {@code skos:altLabel}. The rows of one entry need
 * not be adjacent.
 */
public final class OmimNamesConverter implements TsvConverter {

    private final SchemeIds omim;
    private final Predicate<String> keep;

    public OmimNamesConverter(PrefixTable table, Predicate<String> keep) {
        this.omim = new SchemeIds(table, "OMIM");
        this.keep = keep;
    }

    @Override
    public void convert(TsvReader in, StreamRDF out, ProblemSink problems, ConvertStats stats) throws IOException {
        Set<String> labelled = new HashSet<>();
        Set<String> names = new HashSet<>();
        TsvRow row = in.next();
        if (row != null && Headers.isHeader(row, "omim_id")) row = in.next();
        for (; row != null; row = in.next()) {
            stats.inc("OMIM rows");
            if (row.size() < 2 || row.cell(1).isEmpty()) {
                problems.report(row.skip(ProblemCode.BAD_ROW, "expected 2 columns (OMIM number, name), found " + row.size()
                        + (row.size() >= 2 ? " with an empty name" : "")));
                continue;
            }
            SchemeIds.Id id = omim.local(row.cell(0));
            if (id instanceof SchemeIds.Bad bad) {
                problems.report(row.skip(bad.code(), bad.message()));
                continue;
            }
            SchemeIds.Match entry = (SchemeIds.Match) id;
            if (!keep.test(entry.curie())) continue;
            String name = row.cell(1);
            if (!names.add(entry.curie() + "\t" + name)) continue;
            boolean first = labelled.add(entry.curie());
            out.triple(Triple.create(entry.node(), first ? OntologyVocab.LABEL : OntologyVocab.ALT_LABEL,
                    NodeFactory.createLiteralString(name)));
            stats.inc(first ? "OMIM entries (rdfs:label)" : "OMIM further names (skos:altLabel)");
        }
    }
}
