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
        assertEquals(22, first.graphs(), "20 paper graphs, the dataset description and the statistics");
        assertTrue(first.triples() > 20 * 100, "each example paper has ~180 triples: " + first);
        assertEquals(first, second);
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

    static StoreTotals totals(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return StoreTotals.of(dsg);
        } finally {
            KgStore.release(dsg);
        }
    }
}
