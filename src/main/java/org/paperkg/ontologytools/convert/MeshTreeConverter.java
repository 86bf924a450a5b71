package org.paperkg.ontologytools.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * NLM's MeSH tree file ({@code Tree Number, Desc Ui, Term}; e.g. 2017MeshTree.txt) → MeSH RDF as NLM
 * writes it: each descriptor {@code a meshv:TopicalDescriptor} with {@code rdfs:label "…"@en},
 * {@code meshv:identifier} and {@code meshv:treeNumber}; each tree number {@code a meshv:TreeNumber}
 * with {@code rdfs:label "C01.539"} and {@code meshv:parentTreeNumber}; and
 * {@code meshv:broaderDescriptor} from a descriptor to the descriptor of each parent tree number.
 * Only the map tree number → descriptor is held in memory (for broaderDescriptor).
 */
public final class MeshTreeConverter implements TsvConverter {

    private final SchemeIds mesh;
    private final MeshTreeNumbers trees;
    private final Predicate<String> keep;

    public MeshTreeConverter(PrefixTable table, Predicate<String> keep) {
        this.mesh = new SchemeIds(table, "MESH");
        this.trees = new MeshTreeNumbers(table);
        this.keep = keep;
    }

    private record Pending(SchemeIds.Match child, String parentTree, TsvRow row) {}

    @Override
    public void convert(TsvReader in, StreamRDF out, ProblemSink problems, ConvertStats stats) throws IOException {
        Map<String, SchemeIds.Match> descriptorOfTree = new HashMap<>();
        Set<String> descriptors = new HashSet<>();
        Set<String> broader = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        TsvRow row = in.next();
        if (row != null && Headers.isHeader(row, "tree number")) row = in.next();
        for (; row != null; row = in.next()) {
            stats.inc("tree rows");
            if (row.size() < 3) {
                problems.report(row.skip(ProblemCode.BAD_ROW, "expected 3 columns (Tree Number, Desc Ui, Term), found " + row.size()));
                continue;
            }
            String tree = row.cell(0);
            if (!MeshTreeNumbers.isValid(tree)) {
                problems.report(row.skip(ProblemCode.BAD_TREE_NUMBER, "'" + tree + "' is not a MeSH tree number (like C01.539.160)"));
                continue;
            }
            SchemeIds.Id id = mesh.local(row.cell(1));
            if (id instanceof SchemeIds.Bad bad) {
                problems.report(row.skip(bad.code(), bad.message()));
                continue;
            }
            SchemeIds.Match desc = (SchemeIds.Match) id;
            if (!desc.local().startsWith("D")) {
                problems.report(row.skip(ProblemCode.BAD_ID, "'" + row.cell(1) + "' is not a descriptor UI (D…)"));
                continue;
            }
            if (descriptorOfTree.putIfAbsent(tree, desc) != null) {
                problems.report(row.skip(ProblemCode.DUPLICATE, "tree number " + tree + " is listed again"));
                continue;
            }
            if (!keep.test(desc.curie())) continue;

            if (descriptors.add(desc.curie())) {
                out.triple(Triple.create(desc.node(), OntologyVocab.TYPE, OntologyVocab.TOPICAL_DESCRIPTOR));
                String term = row.cell(2);
                if (term.isEmpty())
                    problems.report(row.problem(Problem.Severity.WARN, ProblemCode.NO_LABEL, desc.curie() + " has no term"));
                else
                    out.triple(Triple.create(desc.node(), OntologyVocab.LABEL,
                            NodeFactory.createLiteralLang(term, OntologyVocab.MESH_LABEL_LANG)));
                out.triple(Triple.create(desc.node(), OntologyVocab.IDENTIFIER, NodeFactory.createLiteralString(desc.local())));
                stats.inc("MeSH descriptors");
            }
            Node tn = trees.node(tree);
            out.triple(Triple.create(desc.node(), OntologyVocab.TREE_NUMBER, tn));
            out.triple(Triple.create(tn, OntologyVocab.TYPE, OntologyVocab.TREE_NUMBER_CLASS));
            out.triple(Triple.create(tn, OntologyVocab.LABEL, NodeFactory.createLiteralString(tree)));
            stats.inc("MeSH tree numbers");
            String parent = MeshTreeNumbers.parent(tree);
            if (parent == null) continue;
            out.triple(Triple.create(tn, OntologyVocab.PARENT_TREE_NUMBER, trees.node(parent)));
            SchemeIds.Match parentDesc = descriptorOfTree.get(parent);
            if (parentDesc != null) broader(desc, parentDesc, out, stats, broader);
            else pending.add(new Pending(desc, parent, row));
        }
        for (Pending p : pending) {
            SchemeIds.Match parentDesc = descriptorOfTree.get(p.parentTree());
            if (parentDesc == null)
                problems.report(p.row().problem(Problem.Severity.WARN, ProblemCode.MISSING_PARENT,
                        "parent tree number " + p.parentTree() + " is not in the file"));
            else broader(p.child(), parentDesc, out, stats, broader);
        }
    }

    private void broader(SchemeIds.Match child, SchemeIds.Match parent, StreamRDF out, ConvertStats stats, Set<String> done) {
        if (!keep.test(parent.curie())) return;
        if (child.curie().equals(parent.curie())) return;
        if (done.add(child.curie() + " " + parent.curie())) {
            out.triple(Triple.create(child.node(), OntologyVocab.BROADER_DESCRIPTOR, parent.node()));
            stats.inc("MeSH broaderDescriptor links");
        }
    }
}
