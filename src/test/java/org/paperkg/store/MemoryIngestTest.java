package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
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
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.ontology.BundledSlice;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.problem.Problem;
import org.paperkg.run.MappingRun;
import org.paperkg.run.Progress;
import org.paperkg.source.Readers;

/**
 * The in-memory store loaded from the fixture cards, the bundled slice and the fixture ontologies
 * answers every query of queries/ (parameters left unbound, so over all papers) exactly as the
 * in-memory TDB2 dataset it replaced does.
 */
class MemoryIngestTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture");
    private static final Path ONTOLOGY_CARDS = Path.of("src/test/resources/fixture-ontology/cards");
    private static final List<Path> ONTOLOGIES = List.of(Path.of("src/test/resources/fixture-ontology/mondo-fixture.ttl"),
            Path.of("src/test/resources/fixture-ontology/mesh-to-mondo.ttl"));

    private static Path sliceDir;
    private static DatasetGraph mem;
    private static DatasetGraph tdb;

    @BeforeAll
    static void load() throws IOException {
        sliceDir = Files.createTempDirectory("paperkg-slice-test");
        List<Path> ontologyFiles = new ArrayList<>(BundledSlice.extract(sliceDir));
        ontologyFiles.addAll(ONTOLOGIES);
        List<Path> inputs = List.of(FIXTURE, ONTOLOGY_CARDS);
        mem = MemoryIngest.load(ontologyLoader(), ontologyFiles, run(), inputs).dsg();
        tdb = KgStore.inMemory();
        IngestRun.ingest(tdb, ontologyLoader(), ontologyFiles, run(), inputs, true);
    }

    @AfterAll
    static void close() throws IOException {
        KgStore.release(mem);
        KgStore.release(tdb);
        try (Stream<Path> files = Files.walk(sliceDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    void holdsTheSameQuadsAsTdb2() {
        assertInstanceOf(MemQuadStore.class, mem, "the fixture needs no merges: the indexed store is used");
        List<String> inMem = quads(mem), inTdb = quads(tdb);
        assertTrue(inTdb.size() > 1000, "the fixture loaded: " + inTdb.size());
        List<String> missing = new ArrayList<>(inTdb);
        missing.removeAll(new java.util.HashSet<>(inMem));
        List<String> unexpected = new ArrayList<>(inMem);
        unexpected.removeAll(new java.util.HashSet<>(inTdb));
        assertEquals(List.of(), missing, "quads missing from the in-memory store");
        assertEquals(List.of(), unexpected, "quads only in the in-memory store");
    }

    @Test
    void countsTheSameTotals() {
        StoreTotals expected = StoreTotals.of(tdb);
        assertTrue(expected.papers() > 3 && expected.graphs() > expected.papers(), expected.toString());
        assertEquals(expected, StoreTotals.of(mem));
    }

    @TestFactory
    Stream<DynamicTest> everyLibraryQueryAnswersAsOnTdb2() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() > 10, "queries/ found");
        return queries.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Query query = QueryText.parse(Files.readString(file, StandardCharsets.UTF_8), PrefixTable.defaults());
            if (query.isSelectType()) {
                long t0 = System.nanoTime();
                RowSetRewindable expected = select(tdb, query);
                long t1 = System.nanoTime();
                RowSetRewindable actual = select(mem, query);
                System.out.printf("%s: TDB2 %.0f ms, in memory %.0f ms%n", file.getFileName(), (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
                boolean same = ResultSetCompare.isomorphic(expected, actual);
                expected.reset();
                actual.reset();
                assertTrue(same, () -> "results differ\nTDB2 (" + expected.size() + " rows):\n" + text(expected)
                        + "\nin memory (" + actual.size() + " rows):\n" + text(actual));
            } else {
                Graph expected = Txn.calculateRead(tdb, () -> QueryExec.dataset(tdb).query(query).construct());
                Graph actual = Txn.calculateRead(mem, () -> QueryExec.dataset(mem).query(query).construct());
                assertTrue(expected.isIsomorphicWith(actual), "CONSTRUCT results differ: " + expected.size() + " vs " + actual.size());
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

    private static String text(RowSetRewindable rows) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (rows.hasNext() && n++ < 20) out.append(rows.next()).append('\n');
        rows.reset();
        return out.toString();
    }

    private static List<String> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> out.add(q.toString()));
            out.sort(null);
            return out;
        });
    }

    private static OntologyLoader ontologyLoader() throws IOException {
        return new OntologyLoader(PrefixTable.defaults(), PaperIris.DEFAULT_BASE, (Problem p) -> {}, new PrintStream(new ByteArrayOutputStream()));
    }

    private static MappingRun run() throws IOException {
        return new MappingRun(Readers.all(PrefixTable.defaults(), null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                (Problem p) -> {}, Progress.none());
    }
}
