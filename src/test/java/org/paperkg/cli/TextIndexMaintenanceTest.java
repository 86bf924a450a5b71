package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.cli.TextSearchTest.PAPER;
import static org.paperkg.cli.TextSearchTest.papers;
import static org.paperkg.cli.TextSearchTest.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.search.PaperTextIndex;
import org.paperkg.search.StoreTextIndex;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.store.KgStore;
import org.paperkg.testing.GeneratedCards;
import org.paperkg.testing.JatsPaperInPubMed;
import org.paperkg.testing.TestFiles;
import org.paperkg.testing.TextIndexDocuments;
import org.paperkg.util.FileTrees;

/**
 * The text index kept in step with the writes of the command line (sync revisions and deletions,
 * merges), through a failed write, and found out of step (written with the index off, its folder
 * deleted, a process killed between the store's commit and the index's) when the store is opened.
 */
class TextIndexMaintenanceTest {

    private static final Path SYNC = Path.of("src/test/resources/sync/pubmed");
    private static final Path FIXTURE = Path.of("src/test/resources/fixture");

    @TempDir
    Path tmp;

    private static void ok(Captured run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static Captured sync(Path db, String file) {
        Captured run = Captured.paperkg("sync", "--db", db.toString(), "-q", SYNC.resolve(file).toString());
        ok(run);
        return run;
    }

    @Test
    void aWithdrawnPaperIsNoLongerFoundAndARevisionIsFoundByItsNewTextOnly() {
        Path db = tmp.resolve("db");
        sync(db, "pubmed26n0001.xml.gz");
        // 11636720 "Anaxagoras' theory of sex differentiation and heredity." and 38271020 "Inaugural editorial: …"
        assertEquals(List.of(PAPER + "11636720"), search(db, "anaxagoras"));
        assertEquals(List.of(PAPER + "38271020"), search(db, "'\"inaugural editorial\"'"));
        // 32490903's abstract says "Now a day" until its version 2 (in 0002) says "Nowadays"
        assertEquals(Set.of(PAPER + "32490903"), papers(db, "SELECT ?s { ?s text:query '\"now a day pancreatic steatosis\"' }"));
        assertEquals(Set.of(), papers(db, "SELECT ?s { ?s text:query 'nowadays' }"));

        sync(db, "pubmed26n0002.xml.gz"); // DeleteCitation of 11636720 and 38271020; 32490903 revised
        assertEquals(List.of(), search(db, "anaxagoras"), "a deleted citation is no longer found");
        assertEquals(List.of(), search(db, "'\"inaugural editorial\"'"));
        assertEquals(Set.of(PAPER + "32490903"), papers(db, "SELECT ?s { ?s text:query 'nowadays' }"), "the revision's text");
        assertEquals(Set.of(), papers(db, "SELECT ?s { ?s text:query '\"now a day pancreatic steatosis\"' }"), "not the old text");

        sync(db, "pubmed26n0003.xml.gz"); // 11636720 is back
        assertEquals(List.of(PAPER + "11636720"), search(db, "anaxagoras"));
    }

    @Test
    void aMergedPaperIsFoundOnceUnderItsMergedIri() throws Exception {
        Path db = tmp.resolve("db");
        Path pubmed = Files.writeString(tmp.resolve("17299597.xml"), JatsPaperInPubMed.RECORD);
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", pubmed.toString()));
        String title = "'\"quantifying organismal complexity\"'";
        assertEquals(List.of(PAPER + "17299597"), search(db, title), "the PubMed record alone: named by its PMID");
        // the JATS text names the PMC id too: the paper is renamed, its PubMed graph with it
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", TestFiles.resource("data/jats/pone.0000217.nxml.gz").toString()));
        String merged = "https://w3id.org/paperkg/paper/pmc/PMC1790863";
        assertEquals(List.of(merged), search(db, title), "one paper, under its merged IRI");
        assertEquals(List.of("https://w3id.org/paperkg/graph/jats/pmc/PMC1790863", "https://w3id.org/paperkg/graph/pubmed/pmc/PMC1790863"),
                TextSearchTest.column(db, "SELECT ?g { GRAPH ?g { <" + merged + "> text:query (dcterms:title '\"organismal complexity\"') } } ORDER BY ?g"),
                "the title of each source, each in its graph");
        assertTrue(TextIndexDocuments.of(db).stream().noneMatch(d -> d.contains("/pmid/17299597")), "no document of the old name is left");
    }

    @Test
    void aFailedWriteLeavesTheIndexAsItWas() throws Exception {
        Path db = tmp.resolve("db");
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", FIXTURE.toString()));
        Set<String> before = TextIndexDocuments.of(db);
        Path truncated = GeneratedCards.truncated(Files.createDirectories(tmp.resolve("bad")));
        // strict: a good card, then a bad one; the run fails and the store keeps nothing of it
        Captured failed = Captured.paperkg("ingest", "--db", db.toString(), "--strict", "-q",
                TestFiles.resource("data/pubmed/metapub/24084238.xml.gz").toString(), truncated.toString());
        assertNotEquals(0, failed.exitCode(), failed.err());
        assertEquals(before, TextIndexDocuments.of(db), TextIndexDocuments.difference(before, TextIndexDocuments.of(db)));
        Captured next = Captured.paperkg("text-index", "--db", db.toString());
        ok(next);
        assertFalse(next.err().contains("rebuilding"), "the index matches the store: " + next.err());
        assertTrue(next.out().contains("current, " + before.size() + " documents from 5 paper graphs"), next.out());
    }

    @Test
    void anIndexThatMissedWritesIsRebuiltWhenTheStoreIsOpenedAndSaysWhy() throws Exception {
        Path db = tmp.resolve("db");
        ok(Captured.paperkg("ingest", "--db", db.toString(), "-q", FIXTURE.toString()));

        // written with the index off: the index is marked stale, then rebuilt by the next command that opens the store
        try (Settings.Scope off = Settings.override(PaperkgSettings.NO_TEXT_INDEX, true)) {
            Captured written = sync(db, "pubmed26n0001.xml.gz");
            assertTrue(written.err().contains("off (paperkg.noTextIndex); marked stale"), written.err());
            // a text:query on the store opened without its index is an error, not an unmatched row
            Captured refused = Captured.paperkg("query", "--db", db.toString(), "-e", TextSearchTest.PREFIXES
                    + "SELECT ?s { ?s text:query 'anaxagoras' }", "--out", "tsv");
            assertNotEquals(0, refused.exitCode(), refused.out());
            assertTrue(refused.err().contains("open without its full-text index"), refused.err());
            Captured none = Captured.paperkg("query", "search", "--param", "terms=osteomyelitis", "--out", "tsv", "-q",
                    FIXTURE.toString());
            assertNotEquals(0, none.exitCode(), "in memory too: " + none.out());
        }
        Captured query = Captured.paperkg("query", "--db", db.toString(), "search", "--param", "terms=anaxagoras", "--out", "tsv");
        ok(query);
        assertTrue(query.err().contains("text-index: stale (the store was written after the index's last commit); rebuilding it"),
                query.err());
        assertEquals(List.of(PAPER + "11636720"), query.rows().stream().map(r -> r.split("\t")[0].replaceAll("^<|>$", "")).toList());
        Set<String> rebuilt = TextIndexDocuments.of(db);

        // the folder deleted: missing, rebuilt to the same documents
        FileTrees.deleteTree(db.resolve(StoreTextIndex.FOLDER));
        Captured missing = Captured.paperkg("text-index", "--db", db.toString());
        ok(missing);
        assertTrue(missing.err().contains("text-index: missing; rebuilding it from the store"), missing.err());
        assertTrue(missing.err().matches("(?s).*text-index: \\d+ documents from 25 paper graphs in .*"), missing.err());
        assertEquals(rebuilt, TextIndexDocuments.of(db));

        // a process killed after the store's commit and before the index's: the index was marked stale before the first
        DatasetGraph dsg = KgStore.open(db);
        try {
            PaperTextIndex index = StoreTextIndex.attach(db, dsg, System.err);
            index.markStale();
        } finally {
            KgStore.release(dsg); // no commitCurrent: what a kill leaves
        }
        Captured afterKill = Captured.paperkg("query", "--db", db.toString(), "search", "--param", "terms=anaxagoras", "--out", "tsv");
        ok(afterKill);
        assertTrue(afterKill.err().contains("stale"), afterKill.err());
        assertEquals(rebuilt, TextIndexDocuments.of(db));
    }
}
