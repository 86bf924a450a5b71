package org.paperkg.describe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.paperkg.ids.IriFactory;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ids.Scheme;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.vocab.Terms;
import org.paperkg.vocab.Vocab;

/**
 * The store's description of itself, computed from the data: a VoID dataset with its triples,
 * papers, authors, mentions and distinct concepts by scheme, one void:Linkset per concept scheme
 * (MONDO, MeSH, OMIM, …) with the number of mention links, and DCAT dataset metadata. It lives in a
 * named graph of its own ({@code <base>graph/void}), replaced whenever it is refreshed; call it
 * inside a write transaction. In a store the counts are read from the statistics graph when it has
 * one (kept at ingest: no scan of the store), else counted with queries; both give the same
 * description. Neither the description nor the statistics count their own triples.
 */
public final class DatasetDescription {

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """ + "PREFIX pkg: <" + Vocab.PKG + ">\n";
    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != ?self && ?g != ?stats) }";
    private static final String PAPERS = "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + Terms.PAPER_CLASS_SPARQL + " }";
    private static final String AUTHORS = "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?paper a " + Terms.PAPER_CLASS_SPARQL + " ; dcterms:creator ?x }";
    private static final String MENTIONS = "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a oa:Annotation }";
    private static final String SOURCE_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a pkg:SourceGraph } }";

    private static final String LINKS = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?ns (COUNT(*) AS ?links) (COUNT(DISTINCT ?c) AS ?concepts)
            { ?m oa:hasBody ?c . VALUES ?ns { %s } FILTER (STRSTARTS(STR(?c), ?ns)) }
            GROUP BY ?ns""";

    private final String base;
    private final PrefixTable prefixes;

    public DatasetDescription(String base, PrefixTable prefixes) {
        this.base = base;
        this.prefixes = prefixes;
    }

    public Node graph() {
        return IriFactory.iri(base + "graph/void");
    }

    public Node dataset() {
        return IriFactory.iri(base + "dataset");
    }

    /** Replaces the description graph with one computed from the dataset as it is now. */
    public void refresh(DatasetGraph dsg, Instant modified) {
        Node g = graph();
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        for (Quad q : describe(dsg, modified)) dsg.add(q);
    }

    /**
     * After a load: refreshes the description in a write transaction of its own and records its
     * size in the statistics graph (when the store has one), as every load path ends.
     */
    public void refreshAfterLoad(DatasetGraph dsg, Instant modified) {
        Txn.executeWrite(dsg, () -> refreshAndRecord(dsg, modified));
    }

    /** As {@link #refreshAfterLoad}, inside the caller's write transaction. */
    public void refreshAndRecord(DatasetGraph dsg, Instant modified) {
        refresh(dsg, modified);
        new StatisticsGraph(base).recordGraph(dsg, graph());
    }

    List<Quad> describe(DatasetGraph dsg, Instant modified) {
        return describe(counts(dsg), modified);
    }

    /** The description graph's quads for the given counts (e.g. counted while exporting, {@link StreamedCounts}). */
    public List<Quad> describe(DescriptionCounts counts, Instant modified) {
        List<Quad> out = new ArrayList<>();
        Node g = graph(), ds = dataset();
        Node papers = integer(counts.papers());
        add(out, g, ds, RDF_TYPE, uri(VOID + "Dataset"));
        add(out, g, ds, RDF_TYPE, uri(DCAT + "Dataset"));
        add(out, g, ds, DCTERMS + "title", NodeFactory.createLiteralString("paperkg knowledge graph"));
        add(out, g, ds, DCTERMS + "description", NodeFactory.createLiteralString(
                "Biomedical papers with their authors and entity mentions linked to MONDO, MeSH, OMIM and other schemes, one named graph per paper and source."));
        add(out, g, ds, DCTERMS + "modified", NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
        add(out, g, ds, VOID + "uriSpace", NodeFactory.createLiteralString(base));
        add(out, g, ds, VOID + "vocabulary", uri("http://purl.org/spar/fabio/"));
        add(out, g, ds, VOID + "vocabulary", uri("http://www.w3.org/ns/oa#"));
        add(out, g, ds, VOID + "vocabulary", uri(Vocab.PKG));
        add(out, g, ds, VOID + "triples", integer(counts.triples()));
        add(out, g, ds, Terms.PKG_PAPERS, papers);
        add(out, g, ds, Terms.PKG_AUTHORS, integer(counts.authors()));
        add(out, g, ds, Terms.PKG_MENTIONS, integer(counts.mentions()));
        add(out, g, ds, Terms.PKG_SOURCE_GRAPHS, integer(counts.sourceGraphs()));
        classPartition(out, g, ds, Terms.PAPER_CLASS.getURI(), papers);
        for (DescriptionCounts.Linkset l : counts.linksets()) linkset(out, g, ds, l);
        return out;
    }

    private DescriptionCounts counts(DatasetGraph dsg) {
        StatisticsGraph stats = new StatisticsGraph(base);
        return stats.exists(dsg) ? fromStatistics(dsg, stats) : fromQueries(dsg, stats.graph());
    }

    private DescriptionCounts fromStatistics(DatasetGraph dsg, StatisticsGraph stats) {
        long triples = stats.total(dsg, "sourceGraphTriples") + stats.total(dsg, "otherGraphTriples") - stats.graphTriples(dsg, graph());
        Map<Node, Long> mentions = stats.conceptMentions(dsg);
        List<DescriptionCounts.Linkset> linksets = new ArrayList<>();
        for (Scheme s : prefixes.schemes()) {
            long links = 0, concepts = 0;
            for (Map.Entry<Node, Long> e : mentions.entrySet())
                if (e.getKey().isURI() && e.getKey().getURI().startsWith(s.namespace()) && e.getValue() > 0) {
                    links += e.getValue();
                    concepts++;
                }
            if (links > 0) linksets.add(new DescriptionCounts.Linkset(s, links, concepts));
        }
        return new DescriptionCounts(triples, stats.total(dsg, "papers"), stats.total(dsg, "authors"),
                stats.total(dsg, "mentions"), stats.total(dsg, "sourceGraphs"), linksets);
    }

    private DescriptionCounts fromQueries(DatasetGraph dsg, Node statsGraph) {
        return new DescriptionCounts(count(dsg, TRIPLES, statsGraph), count(dsg, PAPERS, statsGraph), count(dsg, AUTHORS, statsGraph),
                count(dsg, MENTIONS, statsGraph), count(dsg, SOURCE_GRAPHS, statsGraph), linksets(dsg));
    }

    private long count(DatasetGraph dsg, String query, Node statsGraph) {
        var exec = QueryExec.dataset(dsg).query(PREFIXES + query);
        if (query.contains("?self")) exec = exec.substitution("self", graph()).substitution("stats", statsGraph);
        Node n = exec.select().next().get("n");
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private void classPartition(List<Quad> out, Node g, Node ds, String cls, Node count) {
        Node part = IriFactory.iri(base + "dataset/class/" + IriFactory.segment(cls.substring(cls.lastIndexOf('/') + 1)));
        add(out, g, ds, VOID + "classPartition", part);
        add(out, g, part, VOID + "class", uri(cls));
        add(out, g, part, VOID + "entities", count);
    }

    private List<DescriptionCounts.Linkset> linksets(DatasetGraph dsg) {
        StringBuilder values = new StringBuilder();
        for (Scheme s : prefixes.schemes()) values.append('"').append(s.namespace().replace("\"", "")).append("\" ");
        RowSet rows = QueryExec.dataset(dsg).query(String.format(LINKS, values)).select();
        Map<String, Scheme> byNamespace = new java.util.HashMap<>();
        for (Scheme s : prefixes.schemes()) byNamespace.put(s.namespace(), s);
        List<DescriptionCounts.Linkset> linksets = new ArrayList<>();
        rows.forEachRemaining(b -> linksets.add(new DescriptionCounts.Linkset(byNamespace.get(b.get("ns").getLiteralLexicalForm()),
                Long.parseLong(b.get("links").getLiteralLexicalForm()), Long.parseLong(b.get("concepts").getLiteralLexicalForm()))));
        return linksets;
    }

    private void linkset(List<Quad> out, Node g, Node ds, DescriptionCounts.Linkset l) {
        Scheme s = l.scheme();
        Node linkset = IriFactory.iri(base + "dataset/linkset/" + IriFactory.segment(s.prefix()));
        add(out, g, ds, VOID + "subset", linkset);
        add(out, g, linkset, RDF_TYPE, uri(VOID + "Linkset"));
        add(out, g, linkset, VOID + "subjectsTarget", ds);
        add(out, g, linkset, VOID + "objectsTarget", IriFactory.iri(base + "dataset/scheme/" + IriFactory.segment(s.prefix())));
        add(out, g, linkset, VOID + "linkPredicate", uri("http://www.w3.org/ns/oa#hasBody"));
        add(out, g, linkset, VOID + "triples", integer(l.links()));
        add(out, g, linkset, Terms.PKG_SCHEME, NodeFactory.createLiteralString(s.prefix()));
        add(out, g, linkset, Terms.PKG_DISTINCT_CONCEPTS, integer(l.concepts()));
        Node target = IriFactory.iri(base + "dataset/scheme/" + IriFactory.segment(s.prefix()));
        add(out, g, target, RDF_TYPE, uri(VOID + "Dataset"));
        add(out, g, target, VOID + "uriSpace", NodeFactory.createLiteralString(s.namespace()));
    }

    private static void add(List<Quad> out, Node g, Node s, String p, Node o) {
        add(out, g, s, uri(p), o);
    }

    private static void add(List<Quad> out, Node g, Node s, Node p, Node o) {
        out.add(Quad.create(g, s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long count) {
        return NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDinteger);
    }
}
