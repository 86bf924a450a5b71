package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.map.PaperIris;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.stats.StatisticsRecount;
import org.paperkg.store.KgStore;
import org.paperkg.testing.TestFiles;

/**
 * A database made by an earlier paperkg (statistics missing, or of an older format) gets its
 * statistics counted again when a command opens it, so the library queries that read them answer
 * right; a current one is left alone.
 */
class StatisticsUpgradeTest {

    private static final String BASE = PaperIris.DEFAULT_BASE;

    @TempDir
    Path dir;

    @Test
    void aStoreWithoutStatisticsGetsThemWhenOpened() {
        Path db = ingested();
        change(db, dsg -> dsg.deleteAny(new StatisticsGraph(BASE).graph(), Node.ANY, Node.ANY, Node.ANY));
        assertRecountedOnOpen(db);
    }

    @Test
    void statisticsOfAnOlderFormatAreCountedAgain() {
        Path db = ingested();
        StatisticsGraph stats = new StatisticsGraph(BASE);
        change(db, dsg -> {
            Node format = NodeFactory.createURI("https://w3id.org/paperkg/vocab#statisticsFormat");
            assertTrue(dsg.find(stats.graph(), stats.totals(), format, Node.ANY).hasNext(), "the fixture states its format");
            dsg.deleteAny(stats.graph(), stats.totals(), format, Node.ANY);
            dsg.add(stats.graph(), stats.totals(), format, NodeFactory.createLiteralDT("2", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        assertRecountedOnOpen(db);
    }

    @Test
    void syncRecountsStatisticsOfAnOlderFormatBeforeItAppliesAFile() throws Exception {
        Path db = ingested();
        StatisticsGraph stats = new StatisticsGraph(BASE);
        change(db, dsg -> {
            Node format = NodeFactory.createURI("https://w3id.org/paperkg/vocab#statisticsFormat");
            dsg.deleteAny(stats.graph(), stats.totals(), format, Node.ANY);
            dsg.add(stats.graph(), stats.totals(), format, NodeFactory.createLiteralDT("2", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        Path update = org.paperkg.testing.PubMedFiles.write(dir.resolve("pubmed/pubmed26n0001.xml"),
                java.util.List.of(org.paperkg.testing.PubMedFiles.Article.of("8100001", "A paper synced into an old store")), java.util.List.of());
        CliRunTest.Run r = CliRunTest.run("sync", update.getParent().toString(), "--db", db.toString(), "-q");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("counting them again"), r.stderr());
        org.paperkg.testing.StoreChecks.assertStatisticsAreARecount(db, "after a sync into an old store");
    }

    @Test
    void currentStatisticsAreLeftAlone() {
        Path db = ingested();
        CliRunTest.Run r = CliRunTest.run("stats", "--db", db.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(r.stderr().contains("counting them again"), r.stderr());
    }

    private void assertRecountedOnOpen(Path db) {
        CliRunTest.Run r = CliRunTest.run("stats", "--db", db.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("statistics: this store's statistics are missing or from an older paperkg; counting them again"), r.stderr());
        DatasetGraph dsg = KgStore.open(db);
        try {
            Txn.executeRead(dsg, () -> {
                assertTrue(new StatisticsGraph(BASE).exists(dsg), "current statistics after opening");
                Set<Quad> stored = new HashSet<>(StatisticsRecount.stored(dsg, BASE));
                Set<Quad> expected = new HashSet<>(StatisticsRecount.expected(dsg, BASE));
                Set<Quad> missing = new HashSet<>(expected), unexpected = new HashSet<>(stored);
                missing.removeAll(stored);
                unexpected.removeAll(expected);
                assertEquals(expected, stored, "missing " + missing + "\nunexpected " + unexpected);
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    private Path ingested() {
        Path db = dir.resolve("db");
        CliRunTest.Run r = CliRunTest.run("ingest", TestFiles.resource("fixture").toString(), "--db", db.toString(), "-q");
        assertEquals(0, r.exitCode(), r.stderr());
        return db;
    }

    private static void change(Path db, Consumer<DatasetGraph> edit) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            Txn.executeWrite(dsg, () -> edit.accept(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }
}
