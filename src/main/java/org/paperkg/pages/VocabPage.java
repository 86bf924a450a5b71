package org.paperkg.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.paperkg.vocab.Vocab;

/**
 * paperkg's own vocabulary ({@code ontologies/paperkg.ttl}, read from the classpath) as a page: the
 * ontology's description, then each {@code pkg:} term, classes first, with its label, comment,
 * domain, range and super-class or -property, anchored by its local name ({@code /vocab#tldr}).
 */
final class VocabPage {

    static final String RESOURCE = "/ontologies/paperkg.ttl";

    private final Links links;

    VocabPage(Links links) {
        this.links = links;
    }

    /** The vocabulary as shipped in the build. */
    static Graph vocabulary() {
        try (InputStream in = VocabPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> model(Graph vocab) {
        Node ontology = null;
        var it = vocab.find(Node.ANY, RDF.Nodes.type, OWL2.Ontology.asNode());
        if (it.hasNext()) ontology = it.next().getSubject();
        List<Map<String, Object>> terms = new ArrayList<>();
        vocab.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Vocab.PKG) || terms.stream().anyMatch(m -> m.get("iri").equals(s.getURI()))) return;
            String local = s.getURI().substring(Vocab.PKG.length());
            terms.add(Model.of("iri", s.getURI(), "id", local, "name", "pkg:" + local,
                    "kinds", objects(vocab, s, RDF.Nodes.type), "label", text(vocab, s, RDFS.Nodes.label), "comment", text(vocab, s, RDFS.Nodes.comment),
                    "domain", objects(vocab, s, RDFS.Nodes.domain), "range", objects(vocab, s, RDFS.Nodes.range),
                    "parents", concat(objects(vocab, s, RDFS.Nodes.subClassOf), objects(vocab, s, RDFS.Nodes.subPropertyOf)),
                    "isClass", Character.isUpperCase(local.charAt(0))));
        });
        terms.sort(Comparator.comparing((Map<String, Object> m) -> !(Boolean) m.get("isClass"))
                .thenComparing(m -> ((String) m.get("id")).toLowerCase(java.util.Locale.ROOT)));
        return Model.of("title", ontology != null && text(vocab, ontology, RDFS.Nodes.label) != null ? text(vocab, ontology, RDFS.Nodes.label) : "paperkg vocabulary",
                "comment", ontology == null ? null : text(vocab, ontology, RDFS.Nodes.comment),
                "namespace", Vocab.PKG,
                "classes", terms.stream().filter(m -> (Boolean) m.get("isClass")).toList(),
                "properties", terms.stream().filter(m -> !(Boolean) m.get("isClass")).toList());
    }

    private List<Link> objects(Graph g, Node s, Node p) {
        List<Link> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) out.add(links.iri(t.getObject().getURI())); });
        out.sort(Comparator.comparing(Link::text));
        return out;
    }

    private static List<Link> concat(List<Link> a, List<Link> b) {
        List<Link> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String text(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }
}
