package org.paperkg.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.vocab.Terms;

/**
 * The texts of one source graph that the index holds ({@link TextFields}): the title, abstract and
 * TL;DR of the graph's paper (its {@code foaf:primaryTopic}; a journal's or book's title is not the
 * paper's), the {@code rdf:value} of the paper's key findings (not of its sections: full texts are
 * not indexed) and the {@code oa:exact} of every mention. A graph that is not a paper graph
 * ({@code pkg:SourceGraph}) has none: ontologies, run records and user graphs are not indexed.
 * The same rules read a graph in the store ({@link #inStore}) and a graph's quads as a load
 * streams them ({@link StreamedPaperTexts}).
 */
final class PaperTexts {

    /** The quads of one graph with a subject (or any, {@link Node#ANY}) and a predicate. */
    interface GraphLookup {
        Iterator<Quad> find(Node subject, Node predicate);
    }

    private static final Node[] PAPER_TEXTS = {Terms.DCT_TITLE, Terms.DCT_ABSTRACT, Terms.PKG_TLDR};
    /** Every predicate {@link #of} looks up: a stream keeps only these. */
    static final List<Node> PREDICATES = List.of(Terms.RDF_TYPE, Terms.FOAF_PRIMARY_TOPIC, Terms.DCT_TITLE, Terms.DCT_ABSTRACT,
            Terms.PKG_TLDR, Terms.PKG_KEY_FINDING, Terms.RDF_VALUE, Terms.OA_EXACT);

    private PaperTexts() {}

    /** The documents of {@code graph} as it is in the store now (none when it is gone or not a paper graph); call inside a transaction. */
    static List<Entity> inStore(DatasetGraph dsg, Node graph, EntityDefinition definition) {
        if (!graph.isURI()) return List.of();
        return of(graph, (s, p) -> dsg.find(graph, s, p, Node.ANY), definition);
    }

    /** The documents of {@code graph} read through {@code lookup}. */
    static List<Entity> of(Node graph, GraphLookup lookup, EntityDefinition definition) {
        List<Entity> out = new ArrayList<>();
        if (!isPaperGraph(graph, lookup)) return out;
        for (Iterator<Quad> papers = lookup.find(graph, Terms.FOAF_PRIMARY_TOPIC); papers.hasNext(); ) {
            Node paper = papers.next().getObject();
            for (Node p : PAPER_TEXTS) add(out, lookup.find(paper, p), definition);
            for (Iterator<Quad> f = lookup.find(paper, Terms.PKG_KEY_FINDING); f.hasNext(); )
                add(out, lookup.find(f.next().getObject(), Terms.RDF_VALUE), definition);
        }
        add(out, lookup.find(Node.ANY, Terms.OA_EXACT), definition);
        return out;
    }

    private static boolean isPaperGraph(Node graph, GraphLookup lookup) {
        for (Iterator<Quad> it = lookup.find(graph, Terms.RDF_TYPE); it.hasNext(); )
            if (it.next().getObject().equals(Terms.PKG_SOURCE_GRAPH)) return true;
        return false;
    }

    private static void add(List<Entity> out, Iterator<Quad> quads, EntityDefinition definition) {
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!q.getObject().isLiteral()) continue;
            Entity e = TextQueryFuncs.entityFromQuad(definition, q);
            if (e != null) out.add(e);
        }
    }
}
