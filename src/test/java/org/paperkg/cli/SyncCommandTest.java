package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.map.PaperIris;
import org.paperkg.stats.StatisticsRecount;
import org.paperkg.testing.PubMedFiles;
import org.paperkg.testing.StoreChecks;
import org.paperkg.testing.PubMedFiles.Article;
import org.paperkg.vocab.Terms;

/**
 * {@code paperkg sync}: PubMed update files applied in order, each once, with revisions, newer
 * versions and DeleteCitation lists; after every file the store must hold exactly what a load of the
 * records still in force gives (the oracle: an empty store loaded with those records alone), and
 * its statistics must be a recount of what it holds.
 */
class SyncCommandTest {

    private static final String BASE = PaperIris.DEFAULT_BASE;

    @TempDir
    Path tmp;

    private final Article p1 = Article.of("101", "Cochlear implants in children").pmc("PMC9001");
    private final Article p2 = Article.of("102", "Noise exposure and tinnitus");
    private final Article p3 = Article.of("103", "Vestibular migraine").mesh("D008881", "D014717");

    @Test
    void updatesAreAppliedInOrderOnceEachAndTheStoreIsWhatTheirRecordsGive() throws Exception {
        Path dir = tmp.resolve("pubmed"), db = tmp.resolve("db");
        PubMedFiles.write(dir.resolve("pubmed26n0001.xml"), List.of(p1, p2, p3), List.of());
        CliRunTest.Run r = sync(dir, db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("pubmed26n0001.xml: added 3, revised 0, deleted 0 (not held 0)"), r.stderr());
        assertStoreIs(db, List.of(p1, p2, p3), "after the baseline");

        // an update: p1 revised, p4 new, p2 deleted, 999 deleted but never held
        Article p1b = new Article("101", 1, "Cochlear implants in young children", "PMC9001", p1.authors(), p1.mesh());
        Article p4 = Article.of("104", "Otitis media with effusion");
        PubMedFiles.write(dir.resolve("pubmed26n0002.xml"), List.of(p1b, p4), List.of("102", "999"));
        r = sync(dir, db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("2 file(s): 1 to apply, 1 applied before"), r.stderr());
        assertTrue(r.stderr().contains("pubmed26n0002.xml: added 1, revised 1, deleted 1 (not held 1)"), r.stderr());
        assertStoreIs(db, List.of(p1b, p3, p4), "after the first update");

        // a second update: p1 as version 2, p2 back, p3 revised (one author less, another MeSH heading);
        // then, in the same file, p1's version 1 again: older than the version the file gave before
        Article p1v2 = new Article("101", 2, "Cochlear implants in young children: version 2", "PMC9001", p1.authors(), p1.mesh());
        Article p2b = new Article("102", 1, "Noise exposure and tinnitus, revisited", null, List.of("Smith Anna"), p2.mesh());
        Article p3b = new Article("103", 1, p3.title(), null, List.of("Jones Bo"), List.of("D008881"));
        PubMedFiles.write(dir.resolve("pubmed26n0003.xml"), List.of(p1v2, p2b, p3b, p1b), List.of());
        r = sync(dir, db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("OLDER_VERSION"), "p1's version 1 after its version 2 is reported\n" + r.stderr());
        assertTrue(r.stderr().contains("pubmed26n0003.xml: added 1, revised 2, deleted 0 (not held 0), skipped 1"), r.stderr());
        assertStoreIs(db, List.of(p1v2, p2b, p3b, p4), "after the second update");

        // and a later file with p1's version 1 only: the store's version 2 stays
        PubMedFiles.write(dir.resolve("pubmed26n0004.xml"), List.of(p1b), List.of());
        r = sync(dir, db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("older than the one the store holds"), r.stderr());
        assertStoreIs(db, List.of(p1v2, p2b, p3b, p4), "after an older version");

        // nothing new: nothing applied, nothing written
        long quads = quads(db);
        r = sync(dir, db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("4 file(s): 0 to apply, 4 applied before"), r.stderr());
        assertEquals(quads, quads(db), "a sync with nothing new writes nothing");
        assertEquals(4, syncRuns(db), "one run recorded per file applied");
    }

    @Test
    void aChangedOrOlderFileIsRefusedBeforeAnythingIsApplied() throws Exception {
        Path dir = tmp.resolve("pubmed"), db = tmp.resolve("db");
        PubMedFiles.write(dir.resolve("pubmed26n0005.xml"), List.of(p1), List.of());
        assertEquals(0, sync(dir, db).exitCode());
        long quads = quads(db);

        PubMedFiles.write(dir.resolve("pubmed26n0001.xml"), List.of(p2), List.of());
        PubMedFiles.write(dir.resolve("pubmed26n0006.xml"), List.of(p3), List.of());
        CliRunTest.Run r = sync(dir, db);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("pubmed26n0001.xml sorts before pubmed26n0005.xml, the last file applied")
                && r.stderr().contains("--force"), r.stderr());
        assertEquals(quads, quads(db), "refused: not even the newer file was applied");

        // a file applied before whose bytes changed
        Files.delete(dir.resolve("pubmed26n0001.xml"));
        PubMedFiles.write(dir.resolve("pubmed26n0005.xml"), List.of(p1, p2), List.of());
        r = sync(dir, db);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("pubmed26n0005.xml was applied before") && r.stderr().contains("with other content"), r.stderr());
        assertEquals(quads, quads(db));

        // --force applies an older file
        PubMedFiles.write(dir.resolve("pubmed26n0005.xml"), List.of(p1), List.of());
        PubMedFiles.write(dir.resolve("pubmed26n0001.xml"), List.of(p2), List.of());
        r = sync(dir, db, "--force");
        assertEquals(0, r.exitCode(), r.stderr());
        assertStoreIs(db, List.of(p1, p2, p3), "older file forced");
    }

    @Test
    void aDamagedDownloadIsCaughtByItsMd5() throws Exception {
        Path dir = tmp.resolve("pubmed"), db = tmp.resolve("db");
        PubMedFiles.write(dir.resolve("pubmed26n0001.xml"), List.of(p1), List.of());
        Files.writeString(dir.resolve("pubmed26n0001.xml.md5"), "MD5(pubmed26n0001.xml)= 0123456789abcdef0123456789abcdef\n");
        CliRunTest.Run r = sync(dir, db);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("does not match the checksum in pubmed26n0001.xml.md5"), r.stderr());
        Files.writeString(dir.resolve("pubmed26n0001.xml.md5"), "MD5(pubmed26n0001.xml)= " + md5(dir.resolve("pubmed26n0001.xml")) + "\n");
        r = sync(dir, db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("1 file(s): 1 to apply"), "the .md5 file itself is not applied\n" + r.stderr());
    }

    @Test
    void deletingThePubMedRecordOfAPaperACardAlsoDescribesKeepsTheCard() throws Exception {
        Path dir = tmp.resolve("pubmed"), db = tmp.resolve("db");
        Path card = org.paperkg.identity.AuthorMergeTestFiles.cards(Files.createDirectories(tmp.resolve("cards")));
        assertEquals(0, CliRunTest.run("ingest", card.toString(), org.paperkg.identity.AuthorMergeTestFiles.pubmed().toString(),
                "--db", db.toString(), "-q").exitCode());
        assertTrue(graphs(db).contains(BASE + "graph/pubmed/pmc/PMC6022861"));
        long papersBefore = papers(db);
        PubMedFiles.write(dir.resolve("pubmed26n0002.xml"), List.of(), List.of("29963580"));
        CliRunTest.Run r = sync(dir, db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("deleted 1"), r.stderr());
        assertTrue(r.stderr().contains("AUTHORS_DELETED") && r.stderr().contains("ingest those sources again"), r.stderr());
        TreeSet<String> left = graphs(db);
        assertFalse(left.contains(BASE + "graph/pubmed/pmc/PMC6022861"), left.toString());
        // the PMCID came from the PubMed record alone: what is left is named as the card alone names it
        assertTrue(left.contains(BASE + "graph/card/pmid/29963580"), left.toString());
        assertFalse(left.contains(BASE + "graph/card/pmc/PMC6022861"), left.toString());
        String paper = BASE + "paper/pmid/29963580";
        assertStatisticsAreARecount(db, "after the withdrawal");
        assertEquals(papersBefore, papers(db), "the card keeps the paper");
        // the card again gives the paper its authors back
        assertEquals(0, CliRunTest.run("ingest", card.toString(), "--db", db.toString(), "-q").exitCode());
        assertTrue(count(db, "SELECT (COUNT(DISTINCT ?a) AS ?n) { <" + paper + "> <http://purl.org/dc/terms/creator> ?a }") > 0);
        assertStatisticsAreARecount(db, "after the card again");
    }

    private static CliRunTest.Run sync(Path dir, Path db, String... more) {
        List<String> a = new ArrayList<>(List.of("sync", dir.toString(), "--db", db.toString(), "-q"));
        a.addAll(List.of(more));
        return CliRunTest.run(a.toArray(String[]::new));
    }

    /** The oracle: the store's paper graphs are those of the records in force loaded into an empty store, and its statistics a recount. */
    private void assertStoreIs(Path db, List<Article> inForce, String when) throws Exception {
        Path expectedDb = Files.createTempDirectory(tmp, "expected");
        Path file = PubMedFiles.write(expectedDb.resolve("in/records.xml"), inForce, List.of());
        Path store = expectedDb.resolve("db");
        assertEquals(0, CliRunTest.run("ingest", file.toString(), "--db", store.toString(), "-q").exitCode());
        Map<String, Graph> expected = paperGraphs(store), actual = paperGraphs(db);
        assertEquals(expected.keySet(), actual.keySet(), when + ": the paper graphs");
        for (String g : expected.keySet())
            assertTrue(expected.get(g).isIsomorphicWith(actual.get(g)), when + ": graph " + g + " differs\nexpected "
                    + expected.get(g) + "\nactual " + actual.get(g));
        assertStatisticsAreARecount(db, when);
        assertEquals(papers(store), papers(db), when + ": papers");
        List<String> described = description(store);
        assertTrue(described.size() >= 5, when + ": the description has its counts: " + described);
        assertEquals(described, description(db), when + ": the dataset description (graph/void) counts what the records give");
        TreeSet<String> missing = statisticsRows(store), unexpected = statisticsRows(db);
        TreeSet<String> both = new TreeSet<>(missing);
        both.retainAll(unexpected);
        missing.removeAll(both);
        unexpected.removeAll(both);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), when + ": the statistics are not those of the records in force\nmissing "
                + String.join("\n  ", missing) + "\nunexpected " + String.join("\n  ", unexpected));
    }

    /**
     * The description's counts of papers, authors, mentions, source graphs and each linkset's links
     * (not the dataset's void:triples, which counts the run records too, nor its date).
     */
    private static List<String> description(Path db) {
        return StoreChecks.select(db, "SELECT ?row { GRAPH <" + BASE + "graph/void> { ?s ?p ?o } "
                + "FILTER (?p IN (<https://w3id.org/paperkg/vocab#papers>, <https://w3id.org/paperkg/vocab#authors>,"
                + " <https://w3id.org/paperkg/vocab#mentions>, <https://w3id.org/paperkg/vocab#sourceGraphs>,"
                + " <https://w3id.org/paperkg/vocab#distinctConcepts>, <http://rdfs.org/ns/void#entities>)"
                + " || (?p = <http://rdfs.org/ns/void#triples> && CONTAINS(STR(?s), '/linkset/')))"
                + " BIND (CONCAT(STR(?s), ' ', STR(?p), ' ', STR(?o)) AS ?row) } ORDER BY ?row", "row");
    }

    private static void assertStatisticsAreARecount(Path db, String when) {
        StoreChecks.assertStatisticsAreARecount(db, when);
    }

    /** The statistics rows about papers, not the sizes of the graphs runs write about themselves. */
    private static TreeSet<String> statisticsRows(Path db) {
        return StoreChecks.read(db, dsg -> rows(StatisticsRecount.stored(dsg, BASE)));
    }

    private static TreeSet<String> rows(List<Quad> statistics) {
        java.util.Set<Node> graphRows = new java.util.HashSet<>();
        for (Quad q : statistics)
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(BASE + "graph/")
                    && !q.getObject().getURI().startsWith(BASE + "graph/stats")) graphRows.add(q.getSubject());
        TreeSet<String> out = new TreeSet<>();
        for (Quad q : statistics)
            if (!graphRows.contains(q.getSubject()) && !q.getPredicate().getURI().startsWith(org.paperkg.vocab.Vocab.PKG + "otherGraph"))
                out.add(q.asTriple().toString());
        return out;
    }

    private static Map<String, Graph> paperGraphs(Path db) {
        return StoreChecks.read(db, dsg -> {
            Map<String, Graph> out = new TreeMap<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (dsg.contains(g, g, Terms.RDF_TYPE, Terms.PKG_SOURCE_GRAPH)) out.put(g.getURI(), copy(dsg.getGraph(g)));
            }
            return out;
        });
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static TreeSet<String> graphs(Path db) {
        return StoreChecks.read(db, dsg -> {
            TreeSet<String> out = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> out.add(g.getURI()));
            return out;
        });
    }

    private static long quads(Path db) {
        return StoreChecks.read(db, dsg -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /** Papers counted independently of the statistics code: subjects typed as papers, by SPARQL. */
    private static long papers(Path db) {
        return count(db, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?p a <http://purl.org/spar/fabio/JournalArticle> } }");
    }

    private static long syncRuns(Path db) {
        return count(db, "SELECT (COUNT(DISTINCT ?r) AS ?n) { GRAPH ?g { ?r a <https://w3id.org/paperkg/vocab#SyncRun> } }");
    }

    private static long count(Path db, String query) {
        return StoreChecks.count(db, query);
    }

    private static String md5(Path f) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(Files.readAllBytes(f)));
    }
}
