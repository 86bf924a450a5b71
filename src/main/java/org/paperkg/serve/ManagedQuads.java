package org.paperkg.serve;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.identity.IdKind;
import org.paperkg.vocab.Terms;
import org.paperkg.vocab.Vocab;

/**
 * Which writes a running server leaves to {@code POST /kg/ingest}: those whose effect on the
 * statistics, the provenance, the dataset description or paper identity only an ingest keeps exact.
 * <p>
 * A graph is paperkg's when its IRI is under {@code <base>graph/}: paper source graphs
 * ({@code graph/<source>/…}), {@code graph/stats}, {@code graph/void}, {@code graph/provenance},
 * {@code graph/run/…} and the ontology graphs ({@code graph/ontology/…}, OntologySource). A quad
 * anywhere else describes papers when it names a resource paperkg mints (an IRI under the base), or
 * says what the statistics, the identity index or the description read to find papers, mentions and
 * graphs: {@code foaf:primaryTopic}, {@code dcterms:creator}, an identifier property (PMID, PMCID,
 * DOI), any term of paperkg's own vocabulary, or a type among the paper class (schema:ScholarlyArticle), oa:Annotation.
 * Such a quad in a user's graph would make it count as a paper graph, add an author or a paper
 * identity that the statistics and the next ingest's merges never saw. Everything else is a user's
 * own data, which the statistics count only by graph size.
 */
final class ManagedQuads {

    private static final Set<Node> PAPER_PREDICATES = Set.of(Terms.FOAF_PRIMARY_TOPIC, Terms.DCT_CREATOR,
            IdKind.PMID.property(), IdKind.PMCID.property(), IdKind.DOI.property());
    private static final Set<Node> PAPER_CLASSES = Set.of(Terms.PAPER_CLASS, Terms.OA_ANNOTATION);

    private final String base;
    private final String graphs;

    ManagedQuads(String base) {
        this.base = base;
        this.graphs = base + "graph/";
    }

    /** The namespace of paperkg's graphs, as messages name it. */
    String graphNamespace() {
        return graphs;
    }

    /** True for a graph paperkg keeps (never for the default graph or a wildcard). */
    boolean isManagedGraph(Node g) {
        return g != null && g.isURI() && g.getURI().startsWith(graphs);
    }

    /** True when the quad's triple says something about papers (see the class comment), in any graph. */
    boolean describesPapers(Node s, Node p, Node o) {
        if (minted(s) || minted(o)) return true;
        if (p == null || !p.isURI()) return false;
        if (PAPER_PREDICATES.contains(p) || p.getURI().startsWith(Vocab.PKG)) return true;
        return p.equals(Terms.RDF_TYPE) && o != null && o.isURI()
                && (PAPER_CLASSES.contains(o) || o.getURI().startsWith(Vocab.PKG));
    }

    boolean describesPapers(Quad q) {
        return describesPapers(q.getSubject(), q.getPredicate(), q.getObject());
    }

    private boolean minted(Node n) {
        return n != null && n.isURI() && n.getURI().startsWith(base);
    }

    static Node graphOf(Node g) {
        return g == null || Quad.isDefaultGraph(g) ? Quad.defaultGraphIRI : g;
    }
}
