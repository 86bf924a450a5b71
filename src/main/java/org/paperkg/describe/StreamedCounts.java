package org.paperkg.describe;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ids.Scheme;
import org.paperkg.util.LongHashSet;
import org.paperkg.vocab.Terms;

/**
 * Counts what {@link DatasetDescription} counts in a store, from the quads as they stream past (an
 * export has no store to ask): the same distinct papers, authors, mentions, paper graphs, links and
 * concepts per scheme that the description's queries find over the union of the graphs. Distinct
 * things are remembered as 64-bit fingerprints (8 bytes each, in open-addressing sets), so memory
 * grows with the number of distinct papers, authors, mentions and links, not with the text. The
 * triples of a graph are counted when it is first written: a paper read twice in one run
 * (DUPLICATE_PAPER) is written twice, and its second copy (the same quads, unless the two records
 * differ) is not counted again.
 */
public final class StreamedCounts extends StreamRDFWrapper {

    private final List<Scheme> schemes;
    private final LongHashSet papers = new LongHashSet();
    private final LongHashSet authors = new LongHashSet();
    private final LongHashSet mentions = new LongHashSet();
    private final LongHashSet sourceGraphs = new LongHashSet();
    private final LongHashSet[] links;
    private final LongHashSet[] concepts;
    private final LongHashSet graphs = new LongHashSet();
    private Node currentGraph;
    private boolean rewritten;
    private long triples;

    public StreamedCounts(StreamRDF other, PrefixTable prefixes) {
        super(other);
        this.schemes = List.copyOf(prefixes.schemes());
        this.links = new LongHashSet[schemes.size()];
        this.concepts = new LongHashSet[schemes.size()];
    }

    @Override
    public void triple(Triple triple) {
        count(null, triple.getSubject(), triple.getPredicate(), triple.getObject());
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        count(quad.isDefaultGraph() ? null : quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        super.quad(quad);
    }

    private void count(Node g, Node s, Node p, Node o) {
        if (g != null && !g.equals(currentGraph)) {
            currentGraph = g;
            rewritten = !graphs.add(fingerprint(g));
        }
        // a graph written again (a paper read twice, DUPLICATE_PAPER) repeats its quads: counted once
        if (!rewritten) triples++;
        if (p.equals(Terms.RDF_TYPE)) {
            if (o.equals(Terms.PAPER_CLASS)) papers.add(fingerprint(s));
            else if (o.equals(Terms.OA_ANNOTATION)) mentions.add(fingerprint(s));
            else if (o.equals(Terms.PKG_SOURCE_GRAPH) && s.equals(g)) sourceGraphs.add(fingerprint(s));
        } else if (p.equals(Terms.DCT_CREATOR)) {
            authors.add(fingerprint(o));
        } else if (p.equals(Terms.OA_HAS_BODY) && o.isURI()) {
            String concept = o.getURI();
            for (int i = 0; i < schemes.size(); i++) {
                if (!concept.startsWith(schemes.get(i).namespace())) continue;
                if (links[i] == null) {
                    links[i] = new LongHashSet();
                    concepts[i] = new LongHashSet();
                }
                links[i].add(LongHashSet.fingerprint(text(s) + " " + concept));
                concepts[i].add(LongHashSet.fingerprint(concept));
            }
        }
    }

    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    private static long fingerprint(Node n) {
        return LongHashSet.fingerprint(text(n));
    }

    /** The counts so far. */
    public DescriptionCounts counts() {
        List<DescriptionCounts.Linkset> linksets = new ArrayList<>();
        for (int i = 0; i < schemes.size(); i++)
            if (links[i] != null) linksets.add(new DescriptionCounts.Linkset(schemes.get(i), links[i].size(), concepts[i].size()));
        return new DescriptionCounts(triples, papers.size(), authors.size(), mentions.size(), sourceGraphs.size(), linksets);
    }
}
