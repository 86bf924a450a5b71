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
 * Disease Supplementary Concept Records ({@code MESH_SCR_ID MESH_SCR_NAME MESH_ID}, one row per
 * mapped-to descriptor) → {@code a meshv:SCR_Disease ; rdfs:label "…"@en ; meshv:identifier ;
 * meshv:preferredMappedTo <descriptor>}, as in NLM's MeSH RDF.
 */
public final class MeshScrConverter implements TsvConverter {

    private final SchemeIds mesh;
    private final Predicate<String> keep;

    public MeshScrConverter(PrefixTable table, Predicate<String> keep) {
        this.mesh = new SchemeIds(table, "MESH");
        this.keep = keep;
    }

    @Override
    public void convert(TsvReader in, StreamRDF out, ProblemSink problems, ConvertStats stats) throws IOException {
        Set<String> records = new HashSet<>();
        Set<String> mappings = new HashSet<>();
        TsvRow row = in.next();
        if (row != null && Headers.isHeader(row, "mesh_scr_id")) row = in.next();
        for (; row != null; row = in.next()) {
            stats.inc("SCR rows");
            if (row.size() < 2) {
                problems.report(row.skip(ProblemCode.BAD_ROW, "expected 3 columns (SCR id, name, descriptor), found " + row.size()));
                continue;
            }
            SchemeIds.Id id = mesh.local(row.cell(0));
            if (id instanceof SchemeIds.Bad bad) {
                problems.report(row.skip(bad.code(), bad.message()));
                continue;
            }
            SchemeIds.Match scr = (SchemeIds.Match) id;
            if (!scr.local().startsWith("C")) {
                problems.report(row.skip(ProblemCode.BAD_ID, "'" + row.cell(0) + "' is not a supplementary record UI (C…)"));
                continue;
            }
            if (!keep.test(scr.curie())) continue;
            if (records.add(scr.curie())) {
                out.triple(Triple.create(scr.node(), OntologyVocab.TYPE, OntologyVocab.SCR_DISEASE));
                if (row.cell(1).isEmpty())
                    problems.report(row.problem(Problem.Severity.WARN, ProblemCode.NO_LABEL, scr.curie() + " has no name"));
                else
                    out.triple(Triple.create(scr.node(), OntologyVocab.LABEL,
                            NodeFactory.createLiteralLang(row.cell(1), OntologyVocab.MESH_LABEL_LANG)));
                out.triple(Triple.create(scr.node(), OntologyVocab.IDENTIFIER, NodeFactory.createLiteralString(scr.local())));
                stats.inc("MeSH disease SCRs");
            }
            if (row.cell(2).isEmpty()) continue;
            SchemeIds.Id mapped = mesh.local(row.cell(2));
            if (!(mapped instanceof SchemeIds.Match d) || !d.local().startsWith("D")) {
                problems.report(row.problem(Problem.Severity.WARN, ProblemCode.BAD_ID,
                        "mapped-to '" + row.cell(2) + "' of " + scr.curie() + " is not a descriptor UI (D…)"));
                continue;
            }
            if (mappings.add(scr.curie() + " " + d.curie())) {
                out.triple(Triple.create(scr.node(), OntologyVocab.PREFERRED_MAPPED_TO, d.node()));
                stats.inc("MeSH SCR preferredMappedTo links");
            }
        }
    }
}
