package org.paperkg.serve;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.vocab.Terms;
import org.paperkg.vocab.Vocab;

/**
 * The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) of a
 * query endpoint: what it accepts and returns, and its default dataset. The dataset is the VoID
 * dataset the store describes itself as (served at /.well-known/void), when there is one. Named
 * graphs other than paper graphs (the description, provenance and run graphs, the ontologies the
 * runs loaded) are listed one by one; paper graphs, one per paper and source, are not (there may be
 * millions): they are the graphs typed {@code pkg:SourceGraph}. Call inside a read transaction.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String PKG = Vocab.PKG;
    private static final Node VOID_DATASET = NodeFactory.createURI(VOID + "Dataset");
    private static final Node CLASS_PARTITION = NodeFactory.createURI(VOID + "classPartition");
    private static final Node RUN_GRAPH = Terms.PKG_RUN_GRAPH;
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    private static final Node BASE_IRI = Terms.PKG_BASE_IRI;
    private static final Node GENERATED = NodeFactory.createURI("http://www.w3.org/ns/prov#generated");
    /** More than this many other named graphs are not listed (a store with many --ontology files or runs). */
    static final int MAX_LISTED = 1000;

    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads"};

    private ServiceDescription() {}

    /** {@code endpoint}: the URL the request came to; {@code voidUrl}: where the VoID is served. */
    static Graph describe(DatasetGraph dsg, String endpoint, String voidUrl, boolean federation) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("void", VOID).setNsPrefix("rdfs", RDFS)
                .setNsPrefix("formats", FORMATS).setNsPrefix("pkg", PKG);
        Node service = uri(endpoint);
        add(g, service, RDF.type.asNode(), uri(SD + "Service"));
        add(g, service, uri(SD + "endpoint"), service);
        add(g, service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL10Query"));
        add(g, service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        for (String f : RESULT_FORMATS) add(g, service, uri(SD + "resultFormat"), uri(FORMATS + f));
        if (UnionDefaultDataset.isUnion(dsg)) add(g, service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        if (federation) add(g, service, uri(SD + "feature"), uri(SD + "BasicFederatedQuery"));

        Node described = voidDataset(dsg);
        Node dataset = described != null ? described : uri(endpoint + "#dataset");
        add(g, service, uri(SD + "defaultDataset"), dataset);
        add(g, dataset, RDF.type.asNode(), uri(SD + "Dataset"));
        add(g, dataset, RDF.type.asNode(), VOID_DATASET);
        add(g, dataset, uri(RDFS + "seeAlso"), uri(voidUrl));
        Node defaultGraph = uri(endpoint + "#default-graph");
        add(g, dataset, uri(SD + "defaultGraph"), defaultGraph);
        add(g, defaultGraph, RDF.type.asNode(), uri(SD + "Graph"));
        add(g, defaultGraph, uri(RDFS + "comment"), NodeFactory.createLiteralString(UnionDefaultDataset.isUnion(dsg)
                ? "the union of all named graphs: queries need no GRAPH clause" : "the stored default graph"));
        add(g, dataset, uri(RDFS + "comment"), NodeFactory.createLiteralString(
                "Named graphs: one per paper and source (typed pkg:SourceGraph, not listed here), and those listed as sd:namedGraph."));
        int listed = 0;
        for (Node name : describedGraphs(dsg)) {
            if (listed == MAX_LISTED) break;
            Node named = uri(endpoint + "#named-graph-" + (++listed));
            add(g, dataset, uri(SD + "namedGraph"), named);
            add(g, named, RDF.type.asNode(), uri(SD + "NamedGraph"));
            add(g, named, uri(SD + "name"), name);
        }
        return g;
    }

    /**
     * The named graphs that are not paper graphs, found by index lookups, never by a scan of all
     * graphs: the description graph, each run's graph (typed pkg:RunGraph), the ontology graphs the
     * runs loaded (prov:generated) and graph/provenance under each run's base.
     */
    private static Set<Node> describedGraphs(DatasetGraph dsg) {
        Set<Node> graphs = new LinkedHashSet<>();
        var voidGraph = dsg.find(Node.ANY, Node.ANY, CLASS_PARTITION, Node.ANY);
        if (voidGraph.hasNext()) graphs.add(voidGraph.next().getGraph());
        Set<Node> runs = new TreeSet<>(Comparator.comparing(Node::getURI));
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), RUN_GRAPH).forEachRemaining(q -> {
            if (q.getSubject().equals(q.getGraph()) && q.getGraph().isURI()) runs.add(q.getGraph());
        });
        Set<Node> provenance = new LinkedHashSet<>(), ontologies = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node run : runs) {
            dsg.find(run, run, PRIMARY_TOPIC, Node.ANY).forEachRemaining(topic -> {
                Node activity = topic.getObject();
                dsg.find(run, activity, BASE_IRI, Node.ANY).forEachRemaining(q -> {
                    Node p = NodeFactory.createURI(q.getObject().getLiteralLexicalForm() + "graph/provenance");
                    if (dsg.containsGraph(p)) provenance.add(p);
                });
                dsg.find(run, activity, GENERATED, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI() && dsg.containsGraph(q.getObject())) ontologies.add(q.getObject());
                });
            });
        }
        graphs.addAll(provenance);
        graphs.addAll(ontologies);
        graphs.addAll(runs);
        return graphs;
    }

    /** The dataset the store's VoID graph describes (a void:Dataset with class partitions), or null. */
    private static Node voidDataset(DatasetGraph dsg) {
        var it = dsg.find(Node.ANY, Node.ANY, CLASS_PARTITION, Node.ANY);
        while (it.hasNext()) {
            var q = it.next();
            if (dsg.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(), VOID_DATASET)) return q.getSubject();
        }
        return null;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
