package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.describe.RunProvenance;
import org.paperkg.identity.PaperMerges;
import org.paperkg.map.PaperIris;

/**
 * Merges one paper into another inside the store: each source's graph of the old paper is rewritten
 * into that source's graph of the new one, with the paper IRI and its parts ({@code <paper#…>})
 * renamed; the graph's provenance links move with it. Runs inside the caller's write transaction;
 * the coordinator tells the statistics about both papers before.
 */
final class GraphRekeyer implements PaperMerges {

    private final DatasetGraph dsg;
    private final PaperIris iris;
    private final List<String> sources;

    GraphRekeyer(DatasetGraph dsg, PaperIris iris, List<String> sources) {
        this.dsg = dsg;
        this.iris = iris;
        this.sources = List.copyOf(sources);
    }

    @Override
    public void merge(String from, String to) {
        for (String source : sources) {
            Node oldGraph = NodeFactory.createURI(iris.graph(source, from));
            if (!dsg.containsGraph(oldGraph)) continue;
            Node newGraph = NodeFactory.createURI(iris.graph(source, to));
            List<Quad> quads = new ArrayList<>();
            for (Iterator<Quad> it = dsg.find(oldGraph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) quads.add(it.next());
            dsg.deleteAny(oldGraph, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : quads)
                dsg.add(newGraph, rename(q.getSubject(), from, to, oldGraph, newGraph), q.getPredicate(),
                        rename(q.getObject(), from, to, oldGraph, newGraph));
            // the renamed graph keeps the runs and files it came from (added to the new graph's own)
            RunProvenance.rename(dsg, iris.base(), oldGraph, newGraph);
        }
    }

    private static Node rename(Node n, String from, String to, Node oldGraph, Node newGraph) {
        if (!n.isURI()) return n;
        String iri = n.getURI();
        if (n.equals(oldGraph)) return newGraph;
        if (iri.equals(from)) return NodeFactory.createURI(to);
        if (iri.startsWith(from + "#")) return NodeFactory.createURI(to + iri.substring(from.length()));
        return n;
    }
}
