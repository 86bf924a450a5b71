package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.StoreChecks;
import org.paperkg.testing.SyncTestFiles;
import org.paperkg.testing.SyncTestFiles.Change;
import org.paperkg.vocab.Terms;

/**
 * The sync test files made from real PubMed records (src/test/resources/sync): a baseline and two
 * updates with revisions, a new version, a book chapter, DeleteCitation entries of PMIDs held and
 * not held, a retraction. Each file applied by {@code paperkg sync} does what expected.tsv says,
 * and the store after the last is the store a single ingest of the three files makes (the oracle:
 * the run resolves the same records among themselves instead of against the store).
 */
class SyncRealFilesTest {

    @TempDir
    Path tmp;

    @Test
    void eachFileDoesWhatItsTableSaysAndTheEndIsOneIngestOfTheThree() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pubmed")), db = tmp.resolve("db");
        for (Path f : SyncTestFiles.files()) {
            Files.copy(f, dir.resolve(f.getFileName()));
            String name = f.getFileName().toString();
            CliRunTest.Run r = CliRunTest.run("sync", dir.toString(), "--db", db.toString(), "-q");
            assertEquals(0, r.exitCode(), r.stderr());
            List<Change> rows = SyncTestFiles.expected(name);
            String expected = String.format("%s: added %d, revised %d, deleted %d (not held %d), skipped %d, warnings 0",
                    name, count(rows, "added", "readded"), count(rows, "revised"), count(rows, "deleted"), count(rows, "deleted-absent"),
                    count(rows, "revised-lower-version"));
            assertTrue(r.stderr().contains(expected), "expected '" + expected + "'\n" + r.stderr());
            if (count(rows, "revised-lower-version") > 0)
                assertTrue(r.stderr().contains("OLDER_VERSION"), "a version 1 record after version 2 is skipped\n" + r.stderr());
            StoreChecks.assertStatisticsAreARecount(db, "after " + name);
        }
        assertEquals(List.of("2"), StoreChecks.select(db, "SELECT ?v { GRAPH ?g { ?g <https://w3id.org/paperkg/vocab#recordVersion> ?v ;"
                + " <http://xmlns.com/foaf/0.1/primaryTopic> ?p . ?p <http://purl.org/spar/fabio/hasPubMedId> \"32490903\" } }", "v"),
                "the version 2 text stays");

        Path once = tmp.resolve("once");
        List<String> args = new ArrayList<>(List.of("ingest"));
        SyncTestFiles.files().forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--db", once.toString(), "-q"));
        CliRunTest.Run r = CliRunTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.stderr());
        Map<String, Graph> expected = paperGraphs(once), actual = paperGraphs(db);
        assertEquals(expected.keySet(), actual.keySet(), "the paper graphs of three syncs and of one ingest");
        for (String g : expected.keySet())
            assertTrue(expected.get(g).isIsomorphicWith(actual.get(g)), g + " differs between three syncs and one ingest");
        assertEquals(StoreChecks.select(once, PAPER_COUNTS, "n"), StoreChecks.select(db, PAPER_COUNTS, "n"));
    }

    /** The statistics' paper, author and mention totals. */
    private static final String PAPER_COUNTS = "SELECT ?n { GRAPH ?g { ?s ?p ?n } FILTER (?p IN (<https://w3id.org/paperkg/vocab#papers>,"
            + " <https://w3id.org/paperkg/vocab#authors>, <https://w3id.org/paperkg/vocab#mentions>, <https://w3id.org/paperkg/vocab#citations>,"
            + " <https://w3id.org/paperkg/vocab#retractedPapers>) && STRSTARTS(STR(?g), 'https://w3id.org/paperkg/graph/stats')) } ORDER BY ?p ?s ?n";

    private static long count(List<Change> rows, String... actions) {
        return rows.stream().filter(c -> List.of(actions).contains(c.action())).count();
    }

    private static Map<String, Graph> paperGraphs(Path db) {
        return StoreChecks.read(db, dsg -> {
            Map<String, Graph> out = new TreeMap<>();
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!dsg.contains(g, g, Terms.RDF_TYPE, Terms.PKG_SOURCE_GRAPH)) continue;
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(copy::add);
                out.put(g.getURI(), copy);
            }
            return out;
        });
    }
}
