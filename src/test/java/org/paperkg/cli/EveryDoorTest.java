package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.map.PaperIris;
import org.paperkg.push.GraphStoreStandIn;
import org.paperkg.serve.EmbeddedEndpoint;
import org.paperkg.serve.ServeOptions;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.stats.StatisticsRecount;
import org.paperkg.store.KgStore;
import org.paperkg.testing.TestFiles;

/**
 * The same inputs, with overlapping papers, give the same graph through every door that builds
 * one: export to N-Quads, sharded export, ingest into TDB2, the in-memory store that serve and
 * query load, push to a Graph Store, and push to a running paperkg server (its POST /kg/ingest);
 * in two orders. Paper graphs are compared graph by graph
 * (isomorphic), the statistics a store keeps against a recount of the exported graph.
 */
class EveryDoorTest {

    private static final String BASE = PaperIris.DEFAULT_BASE;
    private static final String PAPER = "https://w3id.org/paperkg/paper/pmc/PMC6022861";

    @TempDir
    Path tmp;

    /** A card, its PubMed record, its PubTator and BioC documents, and unrelated cards (the test fixture). */
    private List<Path> inputs() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path cards = org.paperkg.identity.AuthorMergeTestFiles.cards(dir);
        Path pubtator = dir.resolve("29963580.pubtator");
        Files.writeString(pubtator, """
                29963580|t|Development of a pulmonary imaging biomarker pipeline for phenotyping of chronic lung disease.
                29963580|a|We describe a pipeline for COPD imaging.
                29963580\t122\t126\tCOPD\tDisease\tD029424

                """);
        Path bioc = dir.resolve("29963580.bioc.xml");
        Files.writeString(bioc, """
                <?xml version="1.0" encoding="UTF-8"?>
                <collection><source>PubTator</source><date/><key/>
                <document><id>29963580</id>
                <passage><infon key="type">title</infon><offset>0</offset>
                <text>Development of a pulmonary imaging biomarker pipeline for phenotyping of chronic lung disease.</text></passage>
                <passage><infon key="type">abstract</infon><offset>95</offset><text>We describe a pipeline for COPD imaging.</text>
                <annotation id="1"><infon key="type">Disease</infon><infon key="identifier">MESH:D029424</infon>
                <location offset="122" length="4"/><text>COPD</text></annotation></passage>
                </document></collection>
                """);
        return List.of(cards, org.paperkg.identity.AuthorMergeTestFiles.pubmed(), pubtator, bioc, TestFiles.resource("fixture"));
    }

    @Test
    void everyDoorGivesTheSameGraphInEitherOrder() throws Exception {
        List<Path> forward = inputs();
        List<Path> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        Map<String, DatasetGraph> doors = new LinkedHashMap<>();
        for (List<Path> order : List.of(forward, backward)) {
            String o = order == forward ? "forward" : "backward";
            doors.put("export " + o, export(order, o));
            doors.put("sharded export " + o, shards(order, o));
            doors.put("ingest " + o, ingest(order, o));
            doors.put("memory " + o, memory(order));
            doors.put("push " + o, push(order, o));
            doors.put("push to a paperkg server " + o, pushToServer(order, o));
        }
        DatasetGraph reference = doors.get("export forward");
        Node paper = org.apache.jena.graph.NodeFactory.createURI(PAPER);
        assertEquals(4, paperGraphs(reference).keySet().stream().filter(g -> g.endsWith("/pmc/PMC6022861")).count(),
                "card, PubMed, PubTator and BioC graphs of one paper: " + paperGraphs(reference).keySet());
        assertEquals(9, reference.stream(Node.ANY, paper, org.paperkg.vocab.Terms.DCT_CREATOR, Node.ANY)
                .map(Quad::getObject).distinct().count(), "one author list");
        for (Map.Entry<String, DatasetGraph> door : doors.entrySet())
            assertSamePaperGraphs(paperGraphs(reference), paperGraphs(door.getValue()), door.getKey());
        // a store's statistics are a recount of what it holds (the oracle), and the same in every store and order
        TreeSet<String> first = null;
        for (String store : List.of("ingest forward", "ingest backward", "memory forward", "memory backward",
                "push to a paperkg server forward", "push to a paperkg server backward")) {
            DatasetGraph dsg = doors.get(store);
            TreeSet<String> kept = rows(StatisticsRecount.stored(dsg, BASE));
            assertSameRows(rows(StatisticsRecount.expected(dsg, BASE)), kept, store + ": statistics against a recount");
            if (first == null) first = kept;
            else assertSameRows(first, kept, store + ": statistics against those of ingest forward");
        }
    }

    /** The statistics rows, without the sizes of the graphs a run writes about itself (its record differs by run). */
    private static TreeSet<String> rows(List<Quad> statistics) {
        java.util.Set<Node> runRows = new java.util.HashSet<>();
        for (Quad q : statistics)
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(BASE + "graph/run/")) runRows.add(q.getSubject());
        TreeSet<String> out = new TreeSet<>();
        for (Quad q : statistics) if (!runRows.contains(q.getSubject())) out.add(q.asTriple().toString());
        return out;
    }

    private static void assertSameRows(TreeSet<String> expected, TreeSet<String> actual, String what) {
        TreeSet<String> missing = new TreeSet<>(expected), unexpected = new TreeSet<>(actual);
        missing.removeAll(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), what + "\nmissing " + String.join("\n  ", missing)
                + "\nunexpected " + String.join("\n  ", unexpected));
    }

    private DatasetGraph export(List<Path> order, String o) throws IOException {
        Path out = tmp.resolve("export-" + o + ".nq");
        Captured run = Captured.paperkg(args("export", order, "-o", out.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("LATE_MERGE"), run.err());
        return RDFDataMgr.loadDatasetGraph(out.toString());
    }

    private DatasetGraph shards(List<Path> order, String o) throws IOException {
        Path dir = tmp.resolve("shards-" + o);
        Captured run = Captured.paperkg(args("export", order, "--shard-size", "2", "-o", dir.toString()));
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".nq.gz")).sorted().toList()) RDFDataMgr.read(dsg, f.toString());
        }
        return dsg;
    }

    private DatasetGraph ingest(List<Path> order, String o) {
        Path db = tmp.resolve("db-" + o);
        Captured run = Captured.paperkg(args("ingest", order, "--db", db.toString()));
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph dsg = KgStore.open(db);
        DatasetGraph copy = Txn.calculateRead(dsg, () -> copy(dsg));
        KgStore.release(dsg);
        return copy;
    }

    private DatasetGraph memory(List<Path> order) throws IOException {
        StoreOptions store = new StoreOptions();
        store.slice = false;
        MappingOptions mapping = new MappingOptions();
        mapping.quiet = true;
        mapping.base = BASE;
        DatasetGraph dsg = store.open(order, mapping);
        try {
            return Txn.calculateRead(dsg, () -> copy(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }

    private DatasetGraph push(List<Path> order, String o) {
        try (GraphStoreStandIn store = new GraphStoreStandIn()) {
            Captured run = Captured.paperkg(args("push", order, "--to", store.graphStoreUrl(), "--journal",
                    tmp.resolve("journal-" + o).toString()));
            assertEquals(0, run.exitCode(), run.err());
            return Txn.calculateRead(store.dataset(), () -> copy(store.dataset()));
        }
    }

    /** {@code serve --db DB --allow-update}, and a push to it, which goes through its POST /kg/ingest. */
    private DatasetGraph pushToServer(List<Path> order, String o) throws IOException {
        Path passwords = Files.writeString(tmp.resolve("passwords-" + o), "loader:pw\n");
        DatasetGraph dsg = KgStore.open(tmp.resolve("served-" + o));
        try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder()
                .port(0).timeout(Duration.ofSeconds(30)).allowUpdate(true).passwordFile(passwords).build())) {
            Captured run = Captured.paperkg(args("push", order, "--to", endpoint.datasetUrl() + "/data", "--auth-file",
                    passwords.toString(), "--journal", tmp.resolve("journal-server-" + o).toString()));
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("ingested by"), "the push went through the server's /kg/ingest:\n" + run.err());
            return Txn.calculateRead(dsg, () -> copy(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }

    private static String[] args(String command, List<Path> inputs, String... more) {
        List<String> a = new ArrayList<>(List.of(command, "-q"));
        inputs.forEach(p -> a.add(p.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.create();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    /** The graphs that hold what one source says of one paper, by name. */
    private static Map<String, Graph> paperGraphs(DatasetGraph dsg) {
        Map<String, Graph> out = new java.util.TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            String iri = g.getURI();
            if (iri.startsWith(BASE + "graph/") && iri.matches(".*/graph/(card|pubmed|pubtator|bioc)/.*")) out.put(iri, dsg.getGraph(g));
        });
        return out;
    }

    private static void assertSamePaperGraphs(Map<String, Graph> expected, Map<String, Graph> actual, String door) {
        TreeSet<String> missing = new TreeSet<>(expected.keySet()), unexpected = new TreeSet<>(actual.keySet());
        missing.removeAll(actual.keySet());
        unexpected.removeAll(expected.keySet());
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), door + ": missing graphs " + missing + ", unexpected " + unexpected);
        for (String g : expected.keySet())
            if (!IsoMatcher.isomorphic(expected.get(g), actual.get(g))) {
                TreeSet<String> a = triples(expected.get(g)), b = triples(actual.get(g));
                TreeSet<String> lost = new TreeSet<>(a), extra = new TreeSet<>(b);
                lost.removeAll(b);
                extra.removeAll(a);
                throw new AssertionError(door + ": graph " + g + " differs\nmissing " + lost + "\nunexpected " + extra);
            }
    }

    private static TreeSet<String> triples(Graph g) {
        TreeSet<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(t.toString()));
        return out;
    }
}
