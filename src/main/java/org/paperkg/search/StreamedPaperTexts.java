package org.paperkg.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.vocab.Terms;

/**
 * Makes the documents of each graph from its quads as a load writes them (each graph in one piece,
 * once: the bulk load's rule) and hands them to {@code out}; only the quads of the predicates
 * {@link PaperTexts} looks up are kept, one graph at a time. Call {@link #finish} after the last quad.
 */
final class StreamedPaperTexts implements Consumer<Quad> {

    private final EntityDefinition definition;
    private final Consumer<List<Entity>> out;
    private final Map<Node, Map<Node, List<Quad>>> bySubject = new HashMap<>();
    private Node current;
    private long graphs;

    StreamedPaperTexts(EntityDefinition definition, Consumer<List<Entity>> out) {
        this.definition = definition;
        this.out = out;
    }

    @Override
    public void accept(Quad q) {
        Node g = q.getGraph();
        if (g != current && !g.equals(current)) {
            graphDone();
            current = g;
        }
        if (wants(q))
            bySubject.computeIfAbsent(q.getSubject(), s -> new HashMap<>()).computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q);
    }

    /**
     * Whether {@code q} can be part of a document or say its graph is a paper graph: the predicates
     * {@link PaperTexts} looks up, {@code rdf:type} only of the graph itself (a paper graph has
     * a few hundred quads and about ten of them are wanted, so a load hands only these over).
     */
    static boolean wants(Quad q) {
        Node p = q.getPredicate();
        if (p.equals(Terms.RDF_TYPE)) return q.getSubject().equals(q.getGraph());
        return PaperTexts.PREDICATES.contains(p);
    }

    void finish() {
        graphDone();
    }

    long graphs() {
        return graphs;
    }

    private void graphDone() {
        if (current == null) return;
        if (current.isURI()) {
            List<Entity> docs = PaperTexts.of(current, this::find, definition);
            if (!docs.isEmpty()) {
                out.accept(docs);
                graphs++;
            }
        }
        bySubject.clear();
        current = null;
    }

    private Iterator<Quad> find(Node subject, Node predicate) {
        if (subject != Node.ANY) return bySubject.getOrDefault(subject, Map.of()).getOrDefault(predicate, Collections.emptyList()).iterator();
        List<Quad> all = new ArrayList<>();
        for (Map<Node, List<Quad>> m : bySubject.values()) all.addAll(m.getOrDefault(predicate, List.of()));
        return all.iterator();
    }
}
