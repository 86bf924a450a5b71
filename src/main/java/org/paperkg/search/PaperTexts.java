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
 * The texts of one source graph that the index holds ({@link TextFields}), read from the store
 * with lookups by graph, subject and predicate: the title, abstract and TL;DR of the graph's paper
 * (its {@code foaf:primaryTopic}; a journal's or book's title is not the paper's), the
 * {@code rdf:value} of the paper's key findings (not of its sections: full texts are not indexed)
 * and the {@code oa:exact} of every mention. A graph that is not a paper graph
 * ({@code pkg:SourceGraph}) has none: ontologies, run records and user graphs are not indexed.
 * Call inside a transaction.
 */
final class PaperTexts {

    private static final Node[] PAPER_TEXTS = {Terms.DCT_TITLE, Terms.DCT_ABSTRACT, Terms.PKG_TLDR};

    private final DatasetGraph dsg;
    private final EntityDefinition definition;

    PaperTexts(DatasetGraph dsg, EntityDefinition definition) {
        this.dsg = dsg;
        this.definition = definition;
    }

    /** True when {@code graph} is a paper graph the store holds. */
    boolean isPaperGraph(Node graph) {
        return graph.isURI() && dsg.contains(graph, graph, Terms.RDF_TYPE, Terms.PKG_SOURCE_GRAPH);
    }

    /** The documents of {@code graph} as it is in the store now (none when it is gone or not a paper graph). */
    List<Entity> of(Node graph) {
        List<Entity> out = new ArrayList<>();
        if (!isPaperGraph(graph)) return out;
        for (Iterator<Quad> papers = dsg.find(graph, graph, Terms.FOAF_PRIMARY_TOPIC, Node.ANY); papers.hasNext(); ) {
            Node paper = papers.next().getObject();
            for (Node p : PAPER_TEXTS) add(out, dsg.find(graph, paper, p, Node.ANY));
            for (Iterator<Quad> f = dsg.find(graph, paper, Terms.PKG_KEY_FINDING, Node.ANY); f.hasNext(); )
                add(out, dsg.find(graph, f.next().getObject(), Terms.RDF_VALUE, Node.ANY));
        }
        add(out, dsg.find(graph, Node.ANY, Terms.OA_EXACT, Node.ANY));
        return out;
    }

    private void add(List<Entity> out, Iterator<Quad> quads) {
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!q.getObject().isLiteral()) continue;
            Entity e = TextQueryFuncs.entityFromQuad(definition, q);
            if (e != null) out.add(e);
        }
    }
}
