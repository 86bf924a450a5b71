package org.paperkg.stats;

import static org.paperkg.vocab.Terms.FOAF_PRIMARY_TOPIC;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Reads a paper's graphs from a store: the graphs that say {@code <graph> foaf:primaryTopic <paper>}. */
public final class PaperGraphs {

    private PaperGraphs() {}

    public static Set<Node> graphsOf(DatasetGraph dsg, Node paper) {
        Set<Node> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, FOAF_PRIMARY_TOPIC, paper); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getSubject().equals(q.getGraph())) out.add(q.getGraph());
        }
        return out;
    }

    static List<Quad> quads(DatasetGraph dsg, Iterable<Node> graphs) {
        List<Quad> out = new ArrayList<>();
        for (Node g : graphs)
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
