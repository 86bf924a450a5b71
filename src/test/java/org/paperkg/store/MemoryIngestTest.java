package org.paperkg.store;

import org.paperkg.ingest.MemoryTarget;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.ingest.Ingest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.query.Query;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.paperkg.search.PaperTextIndex;
import org.paperkg.query.QueryText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.RunProvenance;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.ontology.BundledSlice;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.problem.Problem;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.source.Readers;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.stats.StatisticsRecount;
import org.paperkg.testutil.Cards;
import org.paperkg.store.mem.MemQuadStore;

/**
 * The in-memory store loaded from the fixture cards, the PubMed records of fixture-citations
 * (references, retractions, books: the citation queries need an answer), the bundled slice and the fixture ontologies
 * holds what a TDB2 ingest of the same inputs holds — the data, the statistics graph, the run's
 * provenance and the dataset description, run ids and times aside — and answers every query of
 * queries/ (parameters left unbound, so over all papers) exactly as TDB2 does.
 */
class MemoryIngestTest {

    /** Loads into a new in-memory store as serve PATH does: the sorted index. */
    private static DatasetGraph memory(List<Path> ontologyFiles, List<Path> inputs) throws IOException {
        MemoryTarget target = IngestTarget.memory();
        Ingest.create().mapping(run()).inputs(inputs).ontologies(ontologyLoader(), ontologyFiles).provenance(provenance())
                .target(target).build().run();
        return target.store();
    }

    private static final Path FIXTURE = Path.of("src/test/resources/fixture");
    private static final Path ONTOLOGY_CARDS = Path.of("src/test/resources/fixture-ontology/cards");
    private static final Path CITATIONS = Path.of("src/test/resources/fixture-citations/retractions-and-books.xml");
    private static final List<Path> ONTOLOGIES = List.of(Path.of("src/test/resources/fixture-ontology/mondo-fixture.ttl"),
            Path.of("src/test/resources/fixture-ontology/mesh-to-mondo.ttl"));

    private static Path sliceDir;
    private static DatasetGraph mem;
    private static DatasetGraph tdb;
    private static Settings.Scope pairThreshold;

    @BeforeAll
    static void load() throws IOException {
        // co-mentions and co-authors of focuses with 2 papers or more are rows of the statistics, so
        // they are compared too (cleared after all: a recount in a test uses the same threshold)
        pairThreshold = Settings.override(PaperkgSettings.PAIR_THRESHOLD, 2);
        sliceDir = Files.createTempDirectory("paperkg-slice-test");
        List<Path> ontologyFiles = new ArrayList<>(BundledSlice.extract(sliceDir));
        ontologyFiles.addAll(ONTOLOGIES);
        List<Path> inputs = List.of(FIXTURE, ONTOLOGY_CARDS, CITATIONS);
        mem = memory(ontologyFiles, inputs);
        tdb = KgStore.inMemory();
        PaperTextIndex.inMemory().attachTo(tdb); // kept by the transaction, as a TDB2 database's on disk is
        Ingest.create().mapping(run()).inputs(inputs).ontologies(ontologyLoader(), ontologyFiles).provenance(provenance())
                .target(IngestTarget.store(tdb, true)).build().run();
        // both as the commands end a load
        for (DatasetGraph dsg : List.of(mem, tdb))
            new DatasetDescription(PaperIris.DEFAULT_BASE, PrefixTable.defaults()).refreshAfterLoad(dsg, Instant.now());
    }

    private static RunProvenance provenance() {
        return RunProvenance.start(PaperIris.DEFAULT_BASE, "ingest", "test", List.of("serve", "fixture"));
    }

    @AfterAll
    static void close() throws IOException {
        pairThreshold.close();
        KgStore.release(mem);
        KgStore.release(tdb);
        try (Stream<Path> files = Files.walk(sliceDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    void holdsTheSameQuadsAsTdb2() {
        assertInstanceOf(MemQuadStore.class, mem, "the fixture needs no merges: the indexed store is used");
        Set<String> inMem = normalised(mem, null), inTdb = normalised(tdb, null);
        assertTrue(inTdb.size() > 1000, "the fixture loaded: " + inTdb.size());
        assertSameQuads(inTdb, inMem);
    }

    @Test
    void writesTheStatisticsGraphOfTdb2() {
        Node stats = new StatisticsGraph(PaperIris.DEFAULT_BASE).graph();
        Set<String> expected = normalised(tdb, stats);
        assertTrue(expected.size() > 100, "TDB2 wrote statistics: " + expected.size());
        assertTrue(expected.stream().anyMatch(q -> q.contains("/stats/graph/RUN>")), "the run graph has its row");
        // a pair is a triple ?other <focus row> ?papers
        assertTrue(expected.stream().anyMatch(q -> q.matches(".*/stats/co-mention-focus/[0-9a-f]+> [^<].*")), "co-mention pairs");
        assertTrue(expected.stream().anyMatch(q -> q.matches(".*/stats/co-author-focus/[0-9a-f]+> [^<].*")), "co-author pairs");
        assertSameQuads(expected, normalised(mem, stats));
        // and they are exact: what a recount from the loaded data gives
        Txn.executeRead(mem, () -> assertSameQuads(strings(StatisticsRecount.expected(mem, PaperIris.DEFAULT_BASE)),
                strings(StatisticsRecount.stored(mem, PaperIris.DEFAULT_BASE))));
    }

    @Test
    void recordsTheRunAndWhereEachPaperGraphCameFrom() {
        Node provenance = RunProvenance.provenanceGraph(PaperIris.DEFAULT_BASE);
        Set<String> expected = normalised(tdb, provenance);
        long paperGraphs = Txn.calculateRead(mem, () -> Iter.count(mem.find(Node.ANY, Node.ANY, Node.ANY,
                NodeFactory.createURI("https://w3id.org/paperkg/vocab#SourceGraph"))));
        assertTrue(paperGraphs > 3, "paper graphs: " + paperGraphs);
        Set<String> actual = normalised(mem, provenance);
        assertTrue(actual.size() >= 2 * paperGraphs, "each paper graph was generated by the run from a file: " + actual.size());
        assertSameQuads(expected, actual);
        long runGraphs = Txn.calculateRead(mem, () -> Iter.count(Iter.filter(mem.listGraphNodes(),
                g -> g.getURI().startsWith(PaperIris.DEFAULT_BASE + "graph/run/"))));
        assertEquals(1, runGraphs, "one run graph");
    }

    @Test
    void countsTheSameTotals() {
        StoreTotals expected = StoreTotals.of(tdb);
        assertTrue(expected.papers() > 3 && expected.graphs() > expected.papers(), expected.toString());
        assertEquals(expected, StoreTotals.of(mem));
        StatisticsGraph stats = new StatisticsGraph(PaperIris.DEFAULT_BASE);
        assertEquals(expected, stats.storeTotals(mem), "the statistics' totals are the counted ones");
    }

    @Test
    void aRunThatReadsAPaperTwiceKeepsTheRecordReadLastWithItsStatisticsAndProvenance(@TempDir Path tmp) throws IOException {
        Path cards = tmp.resolve("cards");
        Cards.writeMany(cards, "a.md.gz", 0, 20);
        Cards.writeMany(cards, "b.md.gz", 10, 20); // papers 10..19 come twice: the later replaces the earlier
        DatasetGraph dsg = memory(List.of(), List.of(cards));
        try {
            assertTrue(dsg instanceof MemQuadStore, "the identity plan keeps the record read last: the index loads the run");
            assertEquals(30, StoreTotals.of(dsg).papers());
            Txn.executeRead(dsg, () -> {
                assertSameQuads(strings(StatisticsRecount.expected(dsg, PaperIris.DEFAULT_BASE)),
                        strings(StatisticsRecount.stored(dsg, PaperIris.DEFAULT_BASE)));
                assertEquals(60, Iter.count(dsg.find(RunProvenance.provenanceGraph(PaperIris.DEFAULT_BASE), Node.ANY, Node.ANY, Node.ANY)),
                        "30 paper graphs, each generated by the run from a file");
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLibraryQueryAnswersAsOnTdb2() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() > 10, "queries/ found");
        return queries.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Query parsed = QueryText.parse(Files.readString(file, StandardCharsets.UTF_8), PrefixTable.defaults());
            // search answers only with words to look for
            Query query = file.getFileName().toString().equals("search.rq")
                    ? QueryTransformOps.replaceVars(parsed, Map.of(Var.alloc("terms"), NodeFactory.createLiteralString("bone infection")))
                    : parsed;
            // run ids and times differ between the two loads (the run's label and graph are data too)
            if (query.isSelectType()) {
                long t0 = System.nanoTime();
                RowSetRewindable expected = select(tdb, query);
                long t1 = System.nanoTime();
                RowSetRewindable actual = select(mem, query);
                System.out.printf("%s: TDB2 %.0f ms, in memory %.0f ms%n", file.getFileName(), (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
                List<String> want = rows(expected), got = rows(actual);
                assertTrue(want.size() > 0 || file.getFileName().toString().startsWith("obsolete"), "an answer to compare: " + file);
                assertSameRows(want, got);
            } else {
                Graph expected = Txn.calculateRead(tdb, () -> QueryExec.dataset(tdb).query(query).construct());
                Graph actual = Txn.calculateRead(mem, () -> QueryExec.dataset(mem).query(query).construct());
                assertTrue(expected.size() > 0, "an answer to compare: " + file);
                assertSameRows(triples(expected), triples(actual));
            }
        }));
    }

    private static RowSetRewindable select(DatasetGraph dsg, Query query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                // copied inside the transaction: TDB2's rows look their nodes up lazily
                RowSet rows = exec.select();
                List<Binding> copied = new ArrayList<>();
                rows.forEachRemaining(row -> {
                    BindingBuilder b = Binding.builder();
                    row.vars().forEachRemaining(v -> b.add(v, row.get(v)));
                    copied.add(b.build());
                });
                return RowSetMem.create(RowSet.create(QueryIterPlainWrapper.create(copied.iterator()), rows.getResultVars()));
            }
        });
    }

    /** Each row as text, its variables in order, run ids and times normalised; sorted (answers compared as bags). */
    private static List<String> rows(RowSetRewindable rows) {
        List<String> out = new ArrayList<>();
        List<org.apache.jena.sparql.core.Var> vars = rows.getResultVars();
        rows.forEachRemaining(row -> {
            StringBuilder line = new StringBuilder();
            for (var v : vars) line.append(v).append('=').append(row.get(v) == null ? "-" : normalised(row.get(v))).append(' ');
            out.add(line.toString());
        });
        out.sort(null);
        return out;
    }

    private static List<String> triples(Graph g) {
        List<String> out = new ArrayList<>();
        g.find().forEachRemaining(t -> out.add(normalised(t.getSubject()) + " " + normalised(t.getPredicate()) + " " + normalised(t.getObject())));
        out.sort(null);
        return out;
    }

    private static String normalised(Node n) {
        if (n.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(n.getLiteralDatatypeURI())) return "TIME";
        return RUN_ID.matcher(NodeFmtLib.strNT(n)).replaceAll("ID");
    }

    private static void assertSameRows(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected), unexpected = new ArrayList<>(actual);
        actual.forEach(missing::remove);
        expected.forEach(unexpected::remove);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), "missing from the in-memory store's answer:\n  "
                + String.join("\n  ", missing.subList(0, Math.min(20, missing.size()))) + "\nonly in its answer:\n  "
                + String.join("\n  ", unexpected.subList(0, Math.min(20, unexpected.size()))));
    }

    private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}");

    /**
     * The quads of one graph (or all, {@code g} null) as strings, with what differs from run to run
     * replaced: run ids by ID, times by TIME, the statistics row of the run graph (named by a hash
     * of the run's IRI) by stats/graph/RUN.
     */
    private static Set<String> normalised(DatasetGraph dsg, Node g) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> runRows = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI("https://w3id.org/paperkg/vocab#statGraph"), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().getURI().startsWith(PaperIris.DEFAULT_BASE + "graph/run/")) runRows.add(q.getSubject());
            });
            Set<String> out = new TreeSet<>();
            dsg.find(g == null ? Node.ANY : g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node s = runRows.contains(q.getSubject()) ? NodeFactory.createURI(PaperIris.DEFAULT_BASE + "stats/graph/RUN") : q.getSubject();
                Node o = q.getObject().isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(q.getObject().getLiteralDatatypeURI())
                        ? NodeFactory.createLiteralString("TIME") : q.getObject();
                out.add(RUN_ID.matcher(NodeFmtLib.str(Quad.create(q.getGraph(), s, q.getPredicate(), o))).replaceAll("ID"));
            });
            return out;
        });
    }

    private static Set<String> strings(List<Quad> quads) {
        Set<String> out = new TreeSet<>();
        quads.forEach(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    /** Equal sets, or a failure that lists the missing and the unexpected quads. */
    private static void assertSameQuads(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected), unexpected = new TreeSet<>(actual);
        missing.removeAll(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(),
                "missing from the in-memory store:\n  " + String.join("\n  ", missing) + "\nonly in the in-memory store:\n  " + String.join("\n  ", unexpected));
    }

    private static OntologyLoader ontologyLoader() throws IOException {
        return new OntologyLoader(PrefixTable.defaults(), PaperIris.DEFAULT_BASE, (Problem p) -> {}, new PrintStream(new ByteArrayOutputStream()));
    }

    private static MappingRun run() throws IOException {
        return new MappingRun(Readers.all(PrefixTable.defaults(), null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                (Problem p) -> {}, Progress.none());
    }
}
