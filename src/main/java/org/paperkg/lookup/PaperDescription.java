package org.paperkg.lookup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.vocab.Terms;

/**
 * A paper: each of its source graphs whole (found by their {@code foaf:primaryTopic}: the paper,
 * its authorship roles, sections, findings, annotations with targets and selectors, the people,
 * journal and concept shortcuts the source states) with the graph's provenance, what other graphs
 * say about the paper itself, and the titles of the papers it links to. A paper the store holds no
 * record of, but that its papers cite, is described by the statements that link to it. The work is
 * a handful of index lookups per source graph and per linked paper, whatever the size of the store.
 */
final class PaperDescription {

    private final String paperPrefix;
    private final SubjectDescription subjects;
    private final GraphProvenance provenance;

    PaperDescription(String base, SubjectDescription subjects, GraphProvenance provenance) {
        this.paperPrefix = base + "paper/";
        this.subjects = subjects;
        this.provenance = provenance;
    }

    void describe(DatasetGraph dsg, Node paper, Description out) {
        List<Node> sourceGraphs = new ArrayList<>();
        out.each(dsg.find(Node.ANY, Node.ANY, Terms.FOAF_PRIMARY_TOPIC, paper), q -> {
            if (q.getSubject().equals(q.getGraph())) sourceGraphs.add(q.getGraph());
        });
        for (Node g : sourceGraphs) {
            out.addAll(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
            provenance.describe(dsg, g, out);
        }
        if (sourceGraphs.isEmpty()) subjects.describe(dsg, paper, out);
        else subjects.describeOnly(dsg, paper, out);
        if (out.isEmpty()) linksTo(dsg, paper, out);
        titlesOfLinkedPapers(dsg, paper, out);
    }

    /** The titles of the papers this one links to (cites, retracts, …) and of those linking to it, as far as the description names them. */
    private void titlesOfLinkedPapers(DatasetGraph dsg, Node paper, Description out) {
        List<Node> linked = new ArrayList<>();
        Iterator<Triple> it = out.triples().find(paper, Node.ANY, Node.ANY);
        it.forEachRemaining(t -> { if (isOtherPaper(t.getObject(), paper)) linked.add(t.getObject()); });
        it = out.triples().find(Node.ANY, Node.ANY, paper);
        it.forEachRemaining(t -> { if (isOtherPaper(t.getSubject(), paper)) linked.add(t.getSubject()); });
        for (Node other : linked) out.addAll(dsg.find(Node.ANY, other, Terms.DCT_TITLE, Node.ANY));
    }

    private boolean isOtherPaper(Node n, Node paper) {
        return n.isURI() && !n.equals(paper) && n.getURI().startsWith(paperPrefix) && n.getURI().indexOf('#') < 0;
    }

    /** The statements that name {@code paper} as object (citations, retractions, comments), outside the statistics. */
    private void linksTo(DatasetGraph dsg, Node paper, Description out) {
        out.each(dsg.find(Node.ANY, Node.ANY, Node.ANY, paper), q -> {
            if (q.getSubject().isURI() && !subjects.isStatistics(q.getGraph())) out.add(q);
        });
    }
}
