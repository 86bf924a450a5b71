package org.paperkg.describe;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.ids.IriFactory;
import org.paperkg.reading.GraphOrigins;
import org.paperkg.reading.RunSummary;
import org.paperkg.source.InputDigest;
import org.paperkg.vocab.Terms;

/**
 * The provenance of one run (an ingest or an export) in PROV-O: a {@code prov:Activity} with the
 * tool and its version, the command line, start and end, the counts of the run summary, and each
 * input file as a {@code prov:Entity} it used (path as given, size, SHA-256), in a named graph of its
 * own, {@code <base>graph/run/<id>}. Which graph came from which file and run is kept in one
 * maintained graph, {@code <base>graph/provenance}: {@code <paper graph> prov:wasGeneratedBy <run> ;
 * prov:wasDerivedFrom <file>}, replaced when the graph is written again. The paper graphs
 * themselves carry nothing of the run, so they stay the same for the same input.
 */
public final class RunProvenance {

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The kind of a run of {@code paperkg sync}: an ingest of one file, recorded as applied. */
    public static final String SYNC = "sync";

    private final String base;
    private final String kind;
    private final String version;
    private final String commandLine;
    private final Instant started;
    private final String id;

    private RunProvenance(String base, String kind, String version, String commandLine, Instant started, String id) {
        this.base = base;
        this.kind = kind;
        this.version = version;
        this.commandLine = commandLine;
        this.started = started;
        this.id = id;
    }

    /**
     * A run starting now. {@code kind}: "ingest", "export" or {@link #SYNC}; {@code arguments}: the command line
     * as given (without the program name).
     */
    public static RunProvenance start(String base, String kind, String version, List<String> arguments) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new RunProvenance(base, kind, version, String.join(" ", arguments), now, id);
    }

    /** The graph that says which run and file made each graph. */
    public static Node provenanceGraph(String base) {
        return IriFactory.iri(base + "graph/provenance");
    }

    public Node graph() {
        return IriFactory.iri(base + "graph/run/" + id);
    }

    public Node activity() {
        return IriFactory.iri(base + "run/" + id);
    }

    /** The entity of the input file at 0-based position {@code file} of the run. */
    public Node input(int file) {
        return IriFactory.iri(base + "run/" + id + "/input/" + (file + 1));
    }

    /** The links of one graph to this run and the file it came from, in the provenance graph. */
    public List<Quad> links(Node graph, int file) {
        Node g = provenanceGraph(base);
        return List.of(Quad.create(g, graph, uri(PROV + "wasGeneratedBy"), activity()),
                Quad.create(g, graph, uri(PROV + "wasDerivedFrom"), input(file)));
    }

    /** Origins that add each graph's links to {@code out} (a store that starts empty, or a file). */
    public GraphOrigins linksTo(Consumer<Quad> out) {
        return (graph, file) -> links(graph, file).forEach(out);
    }

    /** Origins that replace each graph's links in {@code dsg}: a graph written again was made by this run only. */
    public GraphOrigins replacingIn(DatasetGraph dsg) {
        Node g = provenanceGraph(base);
        return (graph, file) -> {
            dsg.deleteAny(g, graph, Node.ANY, Node.ANY);
            links(graph, file).forEach(dsg::add);
        };
    }

    /**
     * For ontology and mapping files loaded by the run: each file becomes an entity the run used
     * ({@code run/<id>/ontology/<n>}, in the run's graph), the run {@code prov:generated} its graph,
     * and the graph's entry in the provenance graph is replaced. Called in the load's write transaction on {@code dsg}.
     */
    public java.util.function.BiConsumer<Node, InputDigest> ontologiesInto(DatasetGraph dsg) {
        Node g = provenanceGraph(base);
        int[] n = {0};
        return (graph, digest) -> {
            Node file = IriFactory.iri(base + "run/" + id + "/ontology/" + (++n[0]));
            List<Quad> out = new ArrayList<>();
            entityQuads(out, graph(), activity(), file, digest);
            // ontology graphs are few: the run names them, so they can be listed without a scan
            add(out, graph(), activity(), PROV + "generated", graph);
            out.forEach(dsg::add);
            dsg.deleteAny(g, graph, Node.ANY, Node.ANY);
            dsg.add(g, graph, uri(PROV + "wasGeneratedBy"), activity());
            dsg.add(g, graph, uri(PROV + "wasDerivedFrom"), file);
        };
    }

    /** Moves the links of {@code from} to {@code to} (a paper merged into another: its graphs were renamed). */
    public static void rename(DatasetGraph dsg, String base, Node from, Node to) {
        Node g = provenanceGraph(base);
        List<Quad> moved = dsg.stream(g, from, Node.ANY, Node.ANY).toList();
        dsg.deleteAny(g, from, Node.ANY, Node.ANY);
        for (Quad q : moved) dsg.add(g, to, q.getPredicate(), q.getObject());
    }

    /** Forgets where {@code graph} came from: it was withdrawn from the store. */
    public static void forget(DatasetGraph dsg, String base, Node graph) {
        dsg.deleteAny(provenanceGraph(base), graph, Node.ANY, Node.ANY);
    }

    /** The run's own graph: the activity, its agent, inputs and counts ({@code summary} may be null: no papers read). */
    public List<Quad> activityQuads(RunSummary summary, Instant ended) {
        List<Quad> out = new ArrayList<>();
        Node g = graph(), run = activity();
        Node agent = IriFactory.iri(base + "agent/paperkg/" + IriFactory.segment(version));
        add(out, g, g, RDF_TYPE, Terms.PKG_RUN_GRAPH);
        add(out, g, g, "http://xmlns.com/foaf/0.1/primaryTopic", run);
        add(out, g, run, RDF_TYPE, uri(PROV + "Activity"));
        add(out, g, run, RDF_TYPE, "export".equals(kind) ? Terms.PKG_EXPORT_RUN : Terms.PKG_INGEST_RUN);
        if (SYNC.equals(kind)) add(out, g, run, RDF_TYPE, Terms.PKG_SYNC_RUN);
        add(out, g, run, RDFS_LABEL, NodeFactory.createLiteralString("paperkg " + kind + " " + id));
        add(out, g, run, PROV + "startedAtTime", dateTime(started));
        add(out, g, run, PROV + "endedAtTime", dateTime(ended.truncatedTo(ChronoUnit.MILLIS)));
        add(out, g, run, PROV + "wasAssociatedWith", agent);
        add(out, g, run, Terms.PKG_COMMAND_LINE, NodeFactory.createLiteralString(commandLine));
        add(out, g, run, Terms.PKG_BASE_IRI, NodeFactory.createLiteralString(base));
        add(out, g, agent, RDF_TYPE, uri(PROV + "SoftwareAgent"));
        add(out, g, agent, RDFS_LABEL, NodeFactory.createLiteralString("paperkg"));
        add(out, g, agent, "http://schema.org/softwareVersion", NodeFactory.createLiteralString(version));
        if (summary == null) return out;
        add(out, g, run, Terms.PKG_FILES, integer(summary.files()));
        add(out, g, run, Terms.PKG_RECORDS_READ, integer(summary.read()));
        add(out, g, run, Terms.PKG_RECORDS_MAPPED, integer(summary.mapped()));
        add(out, g, run, Terms.PKG_RECORDS_SKIPPED, integer(summary.skipped()));
        add(out, g, run, Terms.PKG_RECORDS_ADDED, integer(summary.added()));
        add(out, g, run, Terms.PKG_RECORDS_REVISED, integer(summary.revised()));
        add(out, g, run, Terms.PKG_RECORDS_DELETED, integer(summary.deleted()));
        add(out, g, run, Terms.PKG_DELETIONS_NOT_FOUND, integer(summary.deletionsNotFound()));
        add(out, g, run, Terms.PKG_TRIPLES, integer(summary.triples()));
        add(out, g, run, Terms.PKG_GRAPHS, integer(summary.graphs()));
        add(out, g, run, Terms.PKG_WARNINGS, integer(summary.warnings()));
        for (Map.Entry<String, Long> skip : summary.skippedByReason().entrySet()) {
            Node count = IriFactory.iri(base + "run/" + id + "/skipped/" + IriFactory.segment(skip.getKey()));
            add(out, g, run, Terms.PKG_SKIPPED, count);
            add(out, g, count, RDF_TYPE, Terms.PKG_SKIP_COUNT);
            add(out, g, count, Terms.PKG_REASON, NodeFactory.createLiteralString(skip.getKey()));
            add(out, g, count, Terms.PKG_COUNT, integer(skip.getValue()));
        }
        List<InputDigest> inputs = summary.inputs();
        for (int i = 0; i < inputs.size(); i++) inputQuads(out, g, run, i, inputs.get(i));
        return out;
    }

    private void inputQuads(List<Quad> out, Node g, Node run, int i, InputDigest d) {
        entityQuads(out, g, run, input(i), d);
    }

    private static void entityQuads(List<Quad> out, Node g, Node run, Node file, InputDigest d) {
        add(out, g, run, PROV + "used", file);
        add(out, g, file, RDF_TYPE, uri(PROV + "Entity"));
        add(out, g, file, Terms.PKG_PATH, NodeFactory.createLiteralString(d.path()));
        if (d.bytes() >= 0) add(out, g, file, "http://www.w3.org/ns/dcat#byteSize",
                NodeFactory.createLiteralDT(Long.toString(d.bytes()), XSDDatatype.XSDnonNegativeInteger));
        if (!d.complete()) return;
        Node checksum = IriFactory.iri(file.getURI() + "/sha256");
        add(out, g, file, SPDX + "checksum", checksum);
        add(out, g, checksum, RDF_TYPE, uri(SPDX + "Checksum"));
        add(out, g, checksum, SPDX + "algorithm", uri(SPDX + "checksumAlgorithm_sha256"));
        add(out, g, checksum, SPDX + "checksumValue", NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
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

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
