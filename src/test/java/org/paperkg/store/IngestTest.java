package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.testutil.Cards;

class IngestTest {

    @TempDir
    Path tmp;

    @Test
    void ingestingTheSameCardsTwiceLeavesTheCountsUnchanged() throws Exception {
        Path cards = tmp.resolve("cards");
        Cards.writeMany(cards, "a.md.gz", 0, 20);
        Path db = tmp.resolve("db");

        assertEquals(0, PaperkgCommand.execute("ingest", cards.toString(), "--db", db.toString(), "-q"));
        StoreTotals first = totals(db);
        assertEquals(0, PaperkgCommand.execute("ingest", cards.toString(), "--db", db.toString(), "-q"));
        StoreTotals second = totals(db);

        assertEquals(20, first.papers());
        assertEquals(23, first.graphs(), "20 paper graphs, the dataset description, graph/provenance and the statistics");
        assertTrue(first.triples() > 20 * 100, "each example paper has ~180 triples: " + first);
        assertEquals(first, second);
        assertEquals(2, runs(db), "each run is recorded");
    }

    @Test
    void aChangedCardReplacesItsGraphInsteadOfAddingToIt() throws Exception {
        Path cards = tmp.resolve("cards");
        Files.createDirectories(cards);
        Path card = cards.resolve("one.md");
        Files.writeString(card, Cards.example());
        Path db = tmp.resolve("db");
        assertEquals(0, PaperkgCommand.execute("ingest", card.toString(), "--db", db.toString(), "-q"));
        long before = totals(db).triples();

        Files.writeString(card, Cards.example().replace("Bone and Infections: An Osteoimmunological Interplay", "A new title"));
        assertEquals(0, PaperkgCommand.execute("ingest", card.toString(), "--db", db.toString(), "-q"));

        DatasetGraph dsg = KgStore.open(db);
        try {
            List<String> titles = Txn.calculateRead(dsg, () -> dsg.stream(null, null,
                    org.paperkg.vocab.Terms.DCT_TITLE, null).filter(q -> q.getSubject().getURI().endsWith("PMC13027165"))
                    .map(q -> q.getObject().getLiteralLexicalForm()).toList());
            assertEquals(List.of("A new title"), titles);
        } finally {
            KgStore.release(dsg);
        }
        assertEquals(before, totals(db).triples());
    }

    @Test
    void aStrictRunThatFailsLeavesTheDatabaseAsItWas() throws Exception {
        Path good = tmp.resolve("good");
        Cards.writeMany(good, "a.md.gz", 0, 5);
        Path db = tmp.resolve("db");
        assertEquals(0, PaperkgCommand.execute("ingest", good.toString(), "--db", db.toString(), "-q"));
        StoreTotals before = totals(db);

        Path bad = tmp.resolve("bad");
        Cards.writeMany(bad, "b.md.gz", 100, 5);
        Files.writeString(bad.resolve("c.md"), Cards.example().replace("MONDO:0005246", "FOO:1"));
        assertEquals(1, PaperkgCommand.execute("ingest", bad.toString(), "--db", db.toString(), "--strict", "-q"));

        assertEquals(before, totals(db));
    }

    /**
     * Papers, graphs and triples of the store, the run graphs (graph/run/…) left out: each run adds
     * its own record, so the history of runs grows with every ingest while the data does not.
     */
    static StoreTotals totals(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> new StoreTotals(
                    count(dsg, "SELECT (COUNT(DISTINCT ?paper) AS ?n) { GRAPH ?g { ?paper a <http://purl.org/spar/fabio/JournalArticle> } }"),
                    count(dsg, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } " + NOT_A_RUN + " }"),
                    count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + NOT_A_RUN + NOT_STATISTICS + " }")));
        } finally {
            KgStore.release(dsg);
        }
    }

    /** The number of runs recorded in the store. */
    static long runs(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> count(dsg,
                    "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a <https://w3id.org/paperkg/vocab#RunGraph> } }"));
        } finally {
            KgStore.release(dsg);
        }
    }

    /** The statistics graph keeps a row (3 triples) for each run graph, which the totals leave out as they do runs. */
    private static final String NOT_STATISTICS = " FILTER (?g != <https://w3id.org/paperkg/graph/stats>)";
    private static final String NOT_A_RUN = "FILTER (!STRSTARTS(STR(?g), \"https://w3id.org/paperkg/graph/run/\"))";

    private static long count(DatasetGraph dsg, String query) {
        return Long.parseLong(org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(query).select().next().get("n").getLiteralLexicalForm());
    }
}
