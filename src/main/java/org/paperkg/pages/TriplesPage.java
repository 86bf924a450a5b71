package org.paperkg.pages;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.vocab.Terms;
import org.paperkg.vocab.Vocab;

/**
 * The triple tables: a named graph's triples with its provenance (which run made it, from which
 * file), and any other resource's statements (as subject, then as object), each IRI linked.
 * Tables stop at {@link #CAP} rows and say so.
 */
final class TriplesPage {

    static final int CAP = 2000;

    private final StoreReader store;
    private final Links links;
    private final PageSite site;

    TriplesPage(StoreReader store, Links links, PageSite site) {
        this.store = store;
        this.links = links;
        this.site = site;
    }

    Optional<Map<String, Object>> graph(String iri) {
        Node g = NodeFactory.createURI(iri);
        Iterator<Quad> quads = store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY);
        if (!quads.hasNext()) return Optional.empty();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (quads.hasNext() && rows.size() < CAP) rows.add(row(quads.next().asTriple()));
        boolean more = quads.hasNext();
        long recorded = new StatisticsGraph(site.base()).graphTriples(store.dataset(), g);
        Node provenance = NodeFactory.createURI(site.base() + "graph/provenance");
        List<Map<String, Object>> origin = new ArrayList<>();
        store.dataset().find(provenance, g, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            String path = o.isURI() ? store.firstText(o, Terms.PKG_PATH) : null;
            String label = o.isURI() ? store.firstText(o, Terms.RDFS_LABEL) : null;
            origin.add(Model.of("predicate", links.of(q.getPredicate()), "object", o.isURI() ? links.iri(o.getURI(), path != null ? path : label) : links.of(o)));
        });
        Node topic = store.firstIn(g, g, Terms.FOAF_PRIMARY_TOPIC);
        return Optional.of(Model.of(
                "title", "Graph " + links.shortForm(iri), "heading", links.shortForm(iri), "kind", "graph", "iri", iri,
                "topic", topic != null && topic.isURI() ? links.iri(topic.getURI(), store.firstText(topic, Terms.DCT_TITLE)) : null,
                "origin", origin,
                "rows", rows,
                "cut", more ? (recorded > 0 ? "The first " + CAP + " of its " + recorded + " triples are shown."
                        : "The first " + CAP + " triples are shown; the graph has more.") : null));
    }

    Optional<Map<String, Object>> resource(String iri) {
        Node s = NodeFactory.createURI(iri);
        var union = store.dataset().getUnionGraph();
        Iterator<Triple> out = union.find(s, Node.ANY, Node.ANY);
        if (!out.hasNext()) return Optional.empty();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (out.hasNext() && rows.size() < CAP) rows.add(row(out.next()));
        boolean more = out.hasNext();
        List<Map<String, Object>> incoming = new ArrayList<>();
        Iterator<Triple> in = union.find(Node.ANY, Node.ANY, s);
        while (in.hasNext() && incoming.size() < Pages.LIST_CAP) incoming.add(row(in.next()));
        String name = store.firstText(s, Terms.DCT_TITLE);
        if (name == null) name = store.firstText(s, Terms.FOAF_NAME);
        if (name == null) name = store.firstText(s, Terms.RDFS_LABEL);
        return Optional.of(Model.of(
                "title", name != null ? name : links.shortForm(iri), "heading", name != null ? name : links.shortForm(iri),
                "kind", "resource", "iri", iri,
                "rows", rows, "incoming", incoming,
                "cut", more ? "The first " + CAP + " statements are shown." : null));
    }

    private Map<String, Object> row(Triple t) {
        Node o = t.getObject();
        String annotation = null;
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            annotation = lang != null && !lang.isEmpty() ? "@" + lang
                    : o.getLiteralDatatypeURI() != null && !o.getLiteralDatatypeURI().equals(Vocab.XSD + "string")
                    ? links.shortForm(o.getLiteralDatatypeURI()) : null;
        }
        return Model.of("s", links.of(t.getSubject()), "p", links.of(t.getPredicate()), "o", links.of(o),
                "literal", o.isLiteral(), "datatype", annotation);
    }
}
