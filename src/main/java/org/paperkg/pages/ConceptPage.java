package org.paperkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paperkg.ontology.LinkingStats;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.paperkg.figures.StatsQueries;
import org.paperkg.query.QueryPage;
import org.paperkg.query.QueryText;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.vocab.Terms;

/**
 * A concept's page ({@code /concept?iri=…}): its label from the loaded ontologies, broader and
 * narrower concepts (rdfs:subClassOf, skos:broader), the concepts mapped to it (the SSSOM rows and
 * ontology cross-references, stored as one triple each, in both directions), the papers about it
 * and mentioning it with counts, its counts and surface forms from the statistics graph, and the
 * concepts most often mentioned with it (the library query {@code co-mentions}, which reads the
 * statistics' pair rows for a concept of many papers).
 */
final class ConceptPage {

    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node SKOS_BROADER = NodeFactory.createURI(SKOS + "broader");
    private static final List<Node> MAPPINGS = List.of(NodeFactory.createURI(SKOS + "exactMatch"),
            NodeFactory.createURI(SKOS + "closeMatch"), NodeFactory.createURI(SKOS + "broadMatch"),
            NodeFactory.createURI(SKOS + "narrowMatch"), NodeFactory.createURI(SKOS + "relatedMatch"),
            OWL2.equivalentClass.asNode(), LinkingStats.HAS_DB_XREF);
    private static final int CO_MENTIONS = 15;

    private final StoreReader store;
    private final Links links;
    private final PageSite site;
    private final StatsQueries labels;

    ConceptPage(StoreReader store, Links links, PageSite site, StatsQueries labels) {
        this.store = store;
        this.links = links;
        this.site = site;
        this.labels = labels;
    }

    Optional<Map<String, Object>> model(String iri) {
        if (!Links.isWeb(iri)) return Optional.empty();
        Node concept = NodeFactory.createURI(iri);
        var union = store.dataset().getUnionGraph();
        String label = labels.label(iri);
        long about = store.countSubjects(Terms.SCHEMA_ABOUT, concept);
        long mentioning = store.countSubjects(Terms.SCHEMA_MENTIONS, concept);
        boolean known = label != null || about > 0 || mentioning > 0 || union.find(concept, Node.ANY, Node.ANY).hasNext()
                || union.find(Node.ANY, Terms.OA_HAS_BODY, concept).hasNext();
        if (!known) return Optional.empty();
        Node statistics = new StatisticsGraph(site.base()).graph();
        Node row = statRow(statistics, concept, StatisticsGraph.pkg("ConceptStatistics"));
        return Optional.of(Model.of(
                "title", label != null ? label : links.shortForm(iri),
                "curie", links.shortForm(iri),
                "iri", iri,
                "external", Links.isWeb(iri) ? new Link(iri, iri) : null,
                "labelled", label != null,
                "mentionCount", row == null ? null : value(statistics, row, Terms.PKG_MENTIONS),
                "mentionPapers", row == null ? null : value(statistics, row, Terms.PKG_PAPERS),
                "surfaceForms", surfaceForms(statistics, concept),
                "broader", related(concept, true),
                "narrower", related(concept, false),
                "mapped", mapped(concept),
                "aboutCount", about,
                "about", papers(Terms.SCHEMA_ABOUT, concept),
                "mentioningCount", mentioning,
                "mentioning", papers(Terms.SCHEMA_MENTIONS, concept),
                "listCap", Pages.LIST_CAP,
                "coMentioned", coMentioned(concept)));
    }

    private Link concept(Node c) {
        String label = labels.label(c.getURI());
        return links.iri(c.getURI(), label != null ? label + " (" + links.shortForm(c.getURI()) + ")" : null);
    }

    /** Broader (the concept's own rdfs:subClassOf and skos:broader) or narrower (the reverse); named classes only. */
    private List<Link> related(Node c, boolean broader) {
        var union = store.dataset().getUnionGraph();
        List<Node> found = new ArrayList<>();
        for (Node p : List.of(RDFS.Nodes.subClassOf, SKOS_BROADER)) {
            if (broader) union.find(c, p, Node.ANY).forEachRemaining(t -> found.add(t.getObject()));
            else found.addAll(store.subjects(p, c, Pages.LIST_CAP));
        }
        return found.stream().filter(Node::isURI).filter(n -> !n.equals(c)).distinct().sorted(Comparator.comparing(Node::getURI))
                .limit(Pages.LIST_CAP).map(this::concept).toList();
    }

    /** The mapping triples from and to the concept: the predicate's short name, the other concept, the direction. */
    private List<Map<String, Object>> mapped(Node c) {
        var union = store.dataset().getUnionGraph();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node p : MAPPINGS) {
            String name = links.shortForm(p.getURI());
            union.find(c, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) out.add(Model.of("predicate", name, "concept", concept(t.getObject()), "inverse", false));
            });
            union.find(Node.ANY, p, c).forEachRemaining(t -> {
                if (t.getSubject().isURI()) out.add(Model.of("predicate", name, "concept", concept(t.getSubject()), "inverse", true));
            });
        }
        return out;
    }

    private List<Link> papers(Node predicate, Node c) {
        return store.subjects(predicate, c, Pages.LIST_CAP).stream()
                .map(p -> links.iri(p.getURI(), store.firstText(p, Terms.DCT_TITLE))).toList();
    }

    private List<Map<String, Object>> surfaceForms(Node statistics, Node c) {
        List<Map<String, Object>> out = new ArrayList<>();
        store.dataset().find(statistics, Node.ANY, StatisticsGraph.pkg("statConcept"), c).forEachRemaining(q -> {
            Node r = q.getSubject();
            if (!store.dataset().contains(statistics, r, Terms.RDF_TYPE, StatisticsGraph.pkg("ConceptNameStatistics"))) return;
            String name = first(statistics, r, StatisticsGraph.pkg("statName"));
            if (name != null) out.add(Model.of("name", name, "mentions", value(statistics, r, Terms.PKG_MENTIONS)));
        });
        out.sort(Comparator.comparing((Map<String, Object> m) -> -(Long) m.get("mentions")).thenComparing(m -> (String) m.get("name")));
        return out.size() > 20 ? out.subList(0, 20) : out;
    }

    /** The library query co-mentions for this concept, its first page cut to the most shared. */
    private List<Map<String, Object>> coMentioned(Node c) {
        Query query = QueryText.parse(StoreReader.library("co-mentions"), site.prefixes());
        QueryPage.apply(query, (long) CO_MENTIONS, null);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Binding row : store.select(query, Map.of("concept", c))) {
            Node a = row.get("conceptA"), b = row.get("conceptB");
            Node other = c.equals(a) ? b : a;
            if (other == null || !other.isURI()) continue;
            out.add(Model.of("concept", concept(other), "papers", StoreReader.number(row, "papers")));
        }
        return out;
    }

    private Node statRow(Node statistics, Node c, Node type) {
        var it = store.dataset().find(statistics, Node.ANY, StatisticsGraph.pkg("statConcept"), c);
        while (it.hasNext()) {
            Node r = it.next().getSubject();
            if (store.dataset().contains(statistics, r, Terms.RDF_TYPE, type)) return r;
        }
        return null;
    }

    private long value(Node statistics, Node row, Node p) {
        String v = first(statistics, row, p);
        return v == null ? 0 : Long.parseLong(v);
    }

    private String first(Node statistics, Node row, Node p) {
        Node o = store.firstIn(statistics, row, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }
}
