package org.paperkg.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.map.PaperIris;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.store.KgStore;
import org.paperkg.testing.GraphAssert;
import org.paperkg.vocab.Terms;

/**
 * The statistics graph kept at ingest equals a count from scratch after every step of a sequence
 * that exercises each way a paper changes: a bulk load of a fresh database, a second source for a
 * paper, new papers, a paper loaded again with other authors and mentions, a
 * merge (a card that brings a PMC id to a paper known by its PMID), a second source for a paper, and
 * an ontology file. On a difference it prints the differing triples.
 */
class StatisticsMaintenanceTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture");
    private static final Path ONTOLOGY = Path.of("src/test/resources/fixture-ontology/mondo-fixture.ttl");
    private static final Path CITATIONS = Path.of("src/test/resources/fixture-citations/retractions-and-books.xml");

    @TempDir
    Path tmp;

    @Test
    void theKeptStatisticsEqualACountFromScratchAfterEveryKindOfChange() throws Exception {
        everyKindOfChange(tmp.resolve("db"));
        assertEquals(Set.of(), marksSeen, "the default threshold tracks no focus of the fixture");
    }

    /**
     * The same sequence with a threshold of 2 papers: concepts and people of the fixture are
     * tracked, and some cross the threshold on the way (up as papers come, down when a paper loses
     * its authors and mentions); their rows equal a fresh count and the live counts of the queries.
     */
    @Test
    void pairRowsOfTrackedFocusesStayEqualToTheLiveCounts() throws Exception {
        withPairThreshold(2, () -> everyKindOfChange(tmp.resolve("db")));
        assertTrue(marksSeen.stream().anyMatch(m -> m.startsWith("CoMentionFocus ")), "a tracked concept: " + marksSeen);
        assertTrue(marksSeen.stream().anyMatch(m -> m.startsWith("CoAuthorFocus ")), "a tracked person: " + marksSeen);
        assertTrue(!marksGained.isEmpty(), "a focus that reached the threshold after the first load: " + marksSeen);
        assertTrue(!marksLost.isEmpty(), "a focus that fell below the threshold: " + marksSeen);
    }

    private final Set<String> marksSeen = new java.util.TreeSet<>();
    private final Set<String> marksGained = new java.util.TreeSet<>();
    private final Set<String> marksLost = new java.util.TreeSet<>();
    private Set<String> lastMarks;

    private void everyKindOfChange(Path db) throws Exception {
        Path pubtator = write("same-paper.pubtator", pubtator("38012345", "Staphylococcus aureus bone infection"));
        // 1. a fresh database: the bulk path (counted as the quads go by)
        String err = ingest(db, FIXTURE.toString());
        assertTrue(!err.contains("gave way"), "the fixture takes the bulk path:\n" + err);
        check(db, "bulk load of a fresh database");
        long papers = total(db, "papers");
        assertEquals(5, papers, "the fixture's five papers");

        // 1b. a second source for one of them (PubTator, same PMID): one paper, two graphs
        ingest(db, pubtator.toString());
        check(db, "a second source for a paper");
        assertEquals(papers, total(db, "papers"));

        // 2. a paper loaded again with other authors and mentions: its graph is replaced
        String card = Files.readString(FIXTURE.resolve("001_pmid_only.md"))
                .replace("Nicola Logoluso, Laura Mangiavini, Anna Rossi", "Zoe New Author")
                .replace("- **Species:** Staphylococcus aureus (NCBITaxon:1280)", "- **Genes:** RANKL (NCBIGene:8600)");
        ingest(db, write("changed.md", card).toString());
        check(db, "a paper re-ingested with other authors and mentions");

        // 2b. the same paper without its date, then with a DOI and its date back: its metadata gaps
        // row changes, and the stored rows still match a scan of the papers
        ingest(db, write("changed.md", card.replace(" · 2025-11", "")).toString());
        check(db, "a paper that lost its date");
        assertTrue(gaps(db).contains(PaperIris.DEFAULT_BASE + "paper/pmid/38012345 noDoi noDate"), gaps(db).toString());
        ingest(db, write("changed.md", card.replace("PMID: 38012345", "PMID: 38012345 · DOI: 10.1000/gap-test")).toString());
        check(db, "a paper that got a DOI");
        assertTrue(gaps(db).stream().noneMatch(g -> g.startsWith(PaperIris.DEFAULT_BASE + "paper/pmid/38012345 ")), gaps(db).toString());
        ingest(db, write("changed.md", card).toString());
        check(db, "the paper as before");

        // 3. a merge: the same paper's card now with a PMC id, so its IRI changes to the PMC one
        ingest(db, write("merged.md", card.replace("PMID: 38012345", "PMID: 38012345 · PMCID: PMC7654321")).toString());
        check(db, "a merge (the paper rekeyed to its PMC id)");
        assertEquals(papers, total(db, "papers"), "a merge keeps the number of papers");

        // 4. a second source for an existing paper, a new paper, and an ontology file
        ingest(db, write("again.pubtator", pubtator("38012345", "Chronic osteomyelitis")).toString(),
                write("new.pubtator", pubtator("11112222", "A new paper on osteomyelitis")).toString(),
                "--ontology", ONTOLOGY.toString());
        check(db, "a second source, a new paper and an ontology");
        assertEquals(papers + 1, total(db, "papers"));

        // 5. everything loaded again: nothing changes
        ingest(db, FIXTURE.toString(), pubtator.toString());
        check(db, "the fixture loaded again");

        // 6. PubMed records that cite, retract and are retracted, and a book chapter and a book
        String links = Files.readString(CITATIONS);
        ingest(db, write("links.xml", links).toString());
        check(db, "papers with references, retractions and books");
        assertEquals("citations=8 citing=4 retracted=1", links(db), "the fixture's links, counted by the statistics");

        // 7. the same records again, one no longer retracted and one with a reference less
        String changed = links.replace("<PublicationType UI=\"D016441\">Retracted Publication</PublicationType>", "")
                .replace("<CommentsCorrections RefType=\"RetractionIn\"><RefSource>Test J. 2020;1:2.</RefSource><PMID Version=\"1\">31000002</PMID></CommentsCorrections>", "")
                .replace("<Reference><Citation>The retracted study.</Citation><ArticleIdList><ArticleId IdType=\"pubmed\">31000001</ArticleId></ArticleIdList></Reference>\n      <Reference><Citation>A card with", "<Reference><Citation>A card with");
        assertTrue(!changed.equals(links) && !changed.contains("Retracted Publication"), "the edits apply");
        ingest(db, write("links.xml", changed).toString());
        check(db, "a paper no longer retracted, another with a reference less");
        assertEquals("citations=7 citing=4 retracted=0", links(db));

        // 8. a merge: a card brings a PMC id to a citing paper known by its PMID, which is rekeyed
        ingest(db, write("links.xml", links).toString(), write("citing.md", Files.readString(FIXTURE.resolve("001_pmid_only.md"))
                .replace("PMID: 38012345", "PMID: 31000003 · PMCID: PMC31000003")).toString());
        check(db, "a citing paper merged into its PMC id");
        assertEquals("citations=8 citing=4 retracted=1", links(db));
        assertTrue((boolean) readStore(db, dsg -> dsg.getUnionGraph().contains(NodeFactory.createURI(PaperIris.DEFAULT_BASE + "paper/pmc/PMC31000003"),
                Terms.CITO_CITES, NodeFactory.createURI(PaperIris.DEFAULT_BASE + "paper/pmid/31000001"))), "the rekeyed paper keeps its citations");
    }

    /**
     * Retracted papers, citation links and citing papers as the statistics keep them, after checking
     * them against an independent count: a SPARQL COUNT over the union of the graphs.
     */
    private static String links(Path db) {
        return readStore(db, dsg -> {
            String counted = String.join(" ", lines(dsg, LINKS_COUNTED, "n"));
            String kept = "citations=" + value(dsg, "citations") + " citing=" + value(dsg, "citingPapers")
                    + " retracted=" + value(dsg, "retractedPapers");
            assertEquals(counted, kept, "the statistics' link totals vs a SPARQL count");
            return kept;
        });
    }

    private static long value(DatasetGraph dsg, String total) {
        return new StatisticsGraph(PaperIris.DEFAULT_BASE).total(dsg, total);
    }

    private static final String LINKS_COUNTED = """
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX pso: <http://purl.org/spar/pso/>
            PREFIX schema: <http://schema.org/>
            SELECT ?n {
              { SELECT (CONCAT("retracted=", STR(COUNT(DISTINCT ?p))) AS ?n) { GRAPH <urn:x-arq:UnionGraph> {
                  ?p a schema:ScholarlyArticle ; pso:holdsStatusInTime/pso:withStatus pso:retracted-from-publication } } }
              UNION { SELECT (CONCAT("citations=", STR(COUNT(*))) AS ?n) { SELECT DISTINCT ?p ?c { GRAPH <urn:x-arq:UnionGraph> {
                  ?p a schema:ScholarlyArticle ; cito:cites ?c } } } }
              UNION { SELECT (CONCAT("citing=", STR(COUNT(DISTINCT ?p))) AS ?n) { GRAPH <urn:x-arq:UnionGraph> {
                  ?p a schema:ScholarlyArticle ; cito:cites ?c } } }
            }
            """;

    /**
     * A recount writes the pairs focus by focus beside the other rows: counted again with a higher
     * threshold, the pairs of the focuses no longer tracked go, with their rows.
     */
    @Test
    void aRecountWithAHigherThresholdDropsThePairsOfFocusesNoLongerTracked() throws Exception {
        Path db = tmp.resolve("db");
        withPairThreshold(2, () -> {
            ingest(db, FIXTURE.toString());
            check(db, "bulk load with a threshold of 2");
        });
        assertTrue(!lastMarks.isEmpty(), "focuses tracked at 2");
        long pairs = pairTriples(db);
        assertTrue(pairs > 10, "pair triples: " + pairs);
        writeStore(db, dsg -> dsg.delete(new StatisticsGraph(PaperIris.DEFAULT_BASE).formatQuad()));
        ingest(db, write("new.pubtator", pubtator("11112222", "A new paper")).toString());
        check(db, "a recount at the default threshold");
        assertEquals(Set.of(), lastMarks, "no focus of the fixture is tracked at the default threshold");
        assertEquals(0, pairTriples(db), "pair triples left");
    }

    /**
     * New papers are counted from their quads as they are written, not read back; one that changes
     * again in the same run (written again, a second source, merged into a PMC id) must be taken
     * back out of that count and read back.
     */
    @Test
    void newPapersThatChangeAgainInTheSameRunAreCountedExactly() throws Exception {
        withPairThreshold(2, () -> newPapersChangingAgain(tmp.resolve("db")));
        assertTrue(!marksSeen.isEmpty(), "focuses tracked at 2, so their pairs are checked too");
    }

    private void newPapersChangingAgain(Path db) throws Exception {
        ingest(db, FIXTURE.toString());
        String card = Files.readString(FIXTURE.resolve("001_pmid_only.md"));
        String x = card.replace("38012345", "70000001");
        String y = card.replace("38012345", "70000002").replace("Nicola Logoluso, Laura Mangiavini, Anna Rossi", "Zoe New Author");
        String z = card.replace("38012345", "70000003");
        String run = String.join("\n---\n", x, y,
                x.replace("Nicola Logoluso", "Other Person").replace(" · 2025-11", ""),
                z, z.replace("PMID: 70000003", "PMID: 70000003 · PMCID: PMC7000003"));
        String err = ingest(db, write("run.txt", run).toString(), write("y.pubtator", pubtator("70000002", "Y again")).toString());
        check(db, "new papers written again, merged, and with a second source in the same run");
        assertEquals(8, total(db, "papers"), "the fixture's five and three new ones:\n" + err);
        assertTrue(gaps(db).contains(PaperIris.DEFAULT_BASE + "paper/pmid/70000001 noDoi noDate"), gaps(db).toString());
    }

    /**
     * A bulk load counts the pairs from the papers' graphs as they go by; a paper with two graphs
     * there is seen once per graph, so the pairs of its focuses are counted from the loaded store
     * instead. (A run whose records share an id takes the transactional path, so this replays a
     * store's source graphs through the bulk statistics, graph by graph.)
     */
    @Test
    void bulkStatisticsCountThePairsOfAPaperWithTwoGraphsOnce() throws Exception {
        Path db = tmp.resolve("db");
        withPairThreshold(2, () -> {
            ingest(db, FIXTURE.toString(), write("same-paper.pubtator", pubtator("38012345", "Osteomyelitis in bone")).toString());
            check(db, "a paper from two sources");
            assertEquals(5, total(db, "papers"), "the fixture's five papers, one of them from two sources");
            readStore(db, dsg -> {
                StatisticsGraph stats = new StatisticsGraph(PaperIris.DEFAULT_BASE);
                // the default budget counts every focus in one pass over the spill; a budget of 1
                // counter, one focus a pass
                for (long pairCounters : List.of(PairTally.COUNTER_BUDGET, 1L)) {
                    List<Node> otherGraphs = new ArrayList<>();
                    try (BulkStatistics bulk = new BulkStatistics(PaperIris.DEFAULT_BASE, tmp, pairCounters)) {
                        for (Node g : Iter.toList(dsg.listGraphNodes())) {
                            if (dsg.contains(g, g, Terms.RDF_TYPE, Terms.PKG_SOURCE_GRAPH)) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(bulk::quad);
                            else if (!g.equals(stats.graph())) otherGraphs.add(g);
                        }
                        assertSameQuads(StatisticsRecount.expected(dsg, PaperIris.DEFAULT_BASE), bulk.quads(dsg, otherGraphs),
                                "the bulk statistics of the store's graphs vs a fresh count, " + pairCounters + " pair counters a pass");
                    }
                }
                return null;
            });
        });
        assertTrue(lastMarks.stream().anyMatch(m -> m.startsWith("CoMentionFocus ")), "a tracked concept: " + lastMarks);
        assertTrue(lastMarks.stream().anyMatch(m -> m.startsWith("CoAuthorFocus ")), "a tracked person: " + lastMarks);
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("paperkg-pairs")).toList(), "the pairs' spill is deleted");
        }
    }

    /** A person who only ever writes alone has no pairs, but is tracked like any other. */
    @Test
    void aPersonWhoOnlyWritesAloneIsTrackedByABulkLoad() throws Exception {
        Path db = tmp.resolve("db");
        String card = Files.readString(FIXTURE.resolve("001_pmid_only.md"));
        String solo = String.join("\n---\n",
                card.replace("38012345", "70000011").replace("Nicola Logoluso, Laura Mangiavini, Anna Rossi", "Solo Writer"),
                card.replace("38012345", "70000012").replace("Nicola Logoluso, Laura Mangiavini, Anna Rossi", "Solo Writer"));
        withPairThreshold(2, () -> {
            String err = ingest(db, FIXTURE.toString(), write("solo.txt", solo).toString());
            assertTrue(!err.contains("gave way"), "the bulk path:\n" + err);
            check(db, "a bulk load with a person who writes alone");
        });
        assertTrue(lastMarks.stream().anyMatch(m -> m.startsWith("CoAuthorFocus ") && m.contains("solo-writer")), "the solo writer is tracked: " + lastMarks);
    }

    private interface Steps {
        void run() throws Exception;
    }

    private static void withPairThreshold(int papers, Steps steps) throws Exception {
        try (Settings.Scope threshold = Settings.override(PaperkgSettings.PAIR_THRESHOLD, papers)) {
            steps.run();
        }
    }

    @Test
    void aStoreWithoutStatisticsGetsThemCountedOnItsNextIngest() throws Exception {
        Path db = tmp.resolve("db");
        ingest(db, FIXTURE.toString());
        StatisticsGraph stats = new StatisticsGraph(PaperIris.DEFAULT_BASE);
        writeStore(db, dsg -> dsg.deleteAny(stats.graph(), null, null, null));
        ingest(db, write("new.pubtator", pubtator("11112222", "A new paper")).toString());
        check(db, "a store whose statistics were deleted");
    }

    @Test
    void statisticsOfAnOlderFormatAreCountedAgainOnTheNextIngest() throws Exception {
        Path db = tmp.resolve("db");
        ingest(db, FIXTURE.toString());
        // as a store made before the metadata gap rows: no format statement, no such rows
        StatisticsGraph stats = new StatisticsGraph(PaperIris.DEFAULT_BASE);
        writeStore(db, dsg -> {
            dsg.delete(stats.formatQuad());
            List<Quad> gapRows = new ArrayList<>();
            dsg.find(stats.graph(), null, org.paperkg.vocab.Terms.RDF_TYPE, StatisticsGraph.pkg(StatKind.GAPS.className))
                    .forEachRemaining(q -> gapRows.add(q));
            assertTrue(!gapRows.isEmpty(), "the fixture has papers missing metadata");
            for (Quad q : gapRows) dsg.deleteAny(stats.graph(), q.getSubject(), null, null);
            assertTrue(!stats.exists(dsg), "statistics without the current format count as none");
        });
        ingest(db, write("new.pubtator", pubtator("11112222", "A new paper")).toString());
        check(db, "a store whose statistics had an older format");
        assertTrue(!gaps(db).isEmpty(), "the gap rows are back");
    }

    private void check(Path db, String step) {
        readStore(db, dsg -> {
            Set<Quad> expected = new HashSet<>(StatisticsRecount.expected(dsg, PaperIris.DEFAULT_BASE));
            Set<Quad> stored = new HashSet<>(StatisticsRecount.stored(dsg, PaperIris.DEFAULT_BASE));
            assertTrue(expected.size() > 20, "a count has rows");
            assertEquals(scannedGaps(dsg), storedGaps(dsg), step + ": papers missing metadata, stored rows vs a scan of the papers");
            assertEquals(lines(dsg, SCANNED_SURFACE_FORMS), lines(dsg, STORED_SURFACE_FORMS),
                    step + ": mentions by concept and surface form, stored rows vs a walk through the mentions");
            Set<String> marks = lines(dsg, MARKS, "focus");
            if (lastMarks != null) {
                for (String m : marks) if (!lastMarks.contains(m)) marksGained.add(m);
                for (String m : lastMarks) if (!marks.contains(m)) marksLost.add(m);
            }
            lastMarks = marks;
            marksSeen.addAll(marks);
            assertSameLines(live(dsg, LIVE_CO_MENTIONS, marks, "CoMentionFocus"), lines(dsg, STORED_PAIRS.formatted("CoMentionFocus"), "pair"),
                    step + ": co-mention rows vs the live count of the tracked concepts' pairs");
            assertSameLines(live(dsg, LIVE_CO_AUTHORS, marks, "CoAuthorFocus"), lines(dsg, STORED_PAIRS.formatted("CoAuthorFocus"), "pair"),
                    step + ": co-author rows vs the live count of the tracked people's pairs");
            assertSameQuads(expected, stored, step + ": the kept statistics differ from a fresh count");
            return null;
        });
        links(db);
    }

    private static void assertSameQuads(java.util.Collection<Quad> expectedQuads, java.util.Collection<Quad> actualQuads, String what) {
        Set<Quad> expected = new HashSet<>(expectedQuads);
        Set<Quad> actual = new HashSet<>(actualQuads);
        if (expected.equals(actual)) return;
        StringBuilder sb = new StringBuilder(what + "\n");
        for (Quad q : expected) if (!actual.contains(q)) sb.append("  missing    ").append(GraphAssert.format(q)).append('\n');
        for (Quad q : actual) if (!expected.contains(q)) sb.append("  unexpected ").append(GraphAssert.format(q)).append('\n');
        fail(sb.toString());
    }

    /** concept-labels' surface forms: concept, name and mentions, as concept-labels used to count them. */
    private static final String SCANNED_SURFACE_FORMS = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?concept ?name (COUNT(DISTINCT ?mention) AS ?n) {
              GRAPH <urn:x-arq:UnionGraph> { ?mention oa:hasBody ?concept ; oa:hasTarget/oa:hasSelector/oa:exact ?name }
            } GROUP BY ?concept ?name
            """;
    private static final String STORED_SURFACE_FORMS = """
            PREFIX pkg: <https://w3id.org/paperkg/vocab#>
            SELECT ?concept ?name ?n {
              GRAPH ?g { ?r a pkg:ConceptNameStatistics ; pkg:statConcept ?concept ; pkg:statName ?name ; pkg:mentions ?n }
            }
            """;

    /** Each row as "concept name n", sorted. */
    private static Set<String> lines(DatasetGraph dsg, String query) {
        Set<String> out = new java.util.TreeSet<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> out.add(b.get("concept") + " " + b.get("name") + " " + b.get("n").getLiteralLexicalForm()));
        }
        assertTrue(!out.isEmpty(), "rows of " + query);
        return out;
    }

    /** The tracked focuses: "CoMentionFocus concept" or "CoAuthorFocus person". */
    private static final String MARKS = """
            PREFIX pkg: <https://w3id.org/paperkg/vocab#>
            SELECT ?focus {
              GRAPH ?g { { ?r a pkg:CoMentionFocus ; pkg:statCoMentionFocus ?f BIND("CoMentionFocus " AS ?kind) }
                         UNION { ?r a pkg:CoAuthorFocus ; pkg:statCoAuthorFocus ?f BIND("CoAuthorFocus " AS ?kind) } }
              BIND(CONCAT(?kind, STR(?f)) AS ?focus)
            }
            """;
    /** The pair triples of the focus rows of a class: "focus other n". */
    private static final String STORED_PAIRS = """
            PREFIX pkg: <https://w3id.org/paperkg/vocab#>
            SELECT (CONCAT(STR(?f), " ", STR(?o), " ", STR(?n)) AS ?pair) {
              GRAPH ?g { ?r a pkg:%1$s ; pkg:stat%1$s ?f . ?o ?r ?n }
            }
            """;
    /** co-mentions' count, for every concept. */
    private static final String LIVE_CO_MENTIONS = """
            PREFIX schema: <http://schema.org/>
            SELECT ?f ?o (COUNT(DISTINCT ?paper) AS ?n) {
              GRAPH ?g1 { { ?paper schema:about ?f } UNION { ?paper schema:mentions ?f } }
              GRAPH ?g2 { { ?paper schema:about ?o } UNION { ?paper schema:mentions ?o } }
              FILTER(?f != ?o)
            } GROUP BY ?f ?o
            """;
    /** co-authors' count, for every person. */
    private static final String LIVE_CO_AUTHORS = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?f ?o (COUNT(DISTINCT ?paper) AS ?n) {
              GRAPH <urn:x-arq:UnionGraph> { ?paper dcterms:creator ?f . ?paper dcterms:creator ?o }
              FILTER(?f != ?o)
            } GROUP BY ?f ?o
            """;

    /** The values of one variable, sorted (may be empty). */
    private static Set<String> lines(DatasetGraph dsg, String query, String var) {
        Set<String> out = new java.util.TreeSet<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> out.add(b.get(var).getLiteralLexicalForm()));
        }
        return out;
    }

    private static void assertSameLines(Set<String> expected, Set<String> actual, String what) {
        if (expected.equals(actual)) return;
        StringBuilder sb = new StringBuilder(what + "\n");
        for (String l : expected) if (!actual.contains(l)) sb.append("  missing    ").append(l).append('\n');
        for (String l : actual) if (!expected.contains(l)) sb.append("  unexpected ").append(l).append('\n');
        fail(sb.toString());
    }

    /** "focus other n" of a live count, for the focuses marked with {@code markClass}. */
    private static Set<String> live(DatasetGraph dsg, String query, Set<String> marks, String markClass) {
        Set<String> out = new java.util.TreeSet<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> {
                if (marks.contains(markClass + " " + b.get("f").getURI()))
                    out.add(b.get("f").getURI() + " " + b.get("o").getURI() + " " + b.get("n").getLiteralLexicalForm());
            });
        }
        return out;
    }

    /** "paper noDoi noDate noAuthors" (the gaps only) for each paper the statistics say lacks something. */
    private static Set<String> storedGaps(DatasetGraph dsg) {
        return gapLines(dsg, """
                PREFIX pkg: <https://w3id.org/paperkg/vocab#>
                SELECT ?paper (?d > 0 AS ?noDoi) (?t > 0 AS ?noDate) (?a > 0 AS ?noAuthors)
                { GRAPH ?g { ?r a pkg:MetadataGapStatistics ; pkg:statPaper ?paper ; pkg:noDoi ?d ; pkg:noDate ?t ; pkg:noAuthors ?a } }
                """);
    }

    /** The same, by the scan papers-missing-metadata used to make over the union of the graphs. */
    private static Set<String> scannedGaps(DatasetGraph dsg) {
        return gapLines(dsg, """
                PREFIX bibo: <http://purl.org/ontology/bibo/>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX schema: <http://schema.org/>
                SELECT ?paper ?noDoi ?noDate ?noAuthors {
                  GRAPH <urn:x-arq:UnionGraph> {
                    ?paper a schema:ScholarlyArticle .
                    BIND(NOT EXISTS { ?paper bibo:doi ?doi } AS ?noDoi)
                    BIND(NOT EXISTS { ?paper dcterms:issued ?issued } AS ?noDate)
                    BIND(NOT EXISTS { ?paper dcterms:creator ?person } AS ?noAuthors)
                    FILTER(?noDoi || ?noDate || ?noAuthors)
                  }
                }
                """);
    }

    private static Set<String> gapLines(DatasetGraph dsg, String query) {
        Set<String> out = new java.util.TreeSet<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> {
                StringBuilder line = new StringBuilder(b.get("paper").getURI());
                for (String v : List.of("noDoi", "noDate", "noAuthors"))
                    if (b.get(v).getLiteralLexicalForm().equals("true")) line.append(' ').append(v);
                out.add(line.toString());
            });
        }
        return out;
    }

    private Set<String> gaps(Path db) {
        return readStore(db, StatisticsMaintenanceTest::storedGaps);
    }

    private long total(Path db, String property) {
        return readStore(db, dsg -> new StatisticsGraph(PaperIris.DEFAULT_BASE).total(dsg, property));
    }

    /** Opens the database, computes {@code what} in a read transaction, releases it. */
    private static <T> T readStore(Path db, java.util.function.Function<DatasetGraph, T> what) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> what.apply(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }

    private static long pairTriples(Path db) {
        return readStore(db, dsg -> StatisticsRecount.stored(dsg, PaperIris.DEFAULT_BASE).stream()
                .filter(q -> q.getPredicate().getURI().contains("/stats/co-")).count());
    }

    /** Opens the database, changes it in a write transaction, releases it. */
    private static void writeStore(Path db, java.util.function.Consumer<DatasetGraph> change) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            Txn.executeWrite(dsg, () -> change.accept(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }

    private static String pubtator(String pmid, String title) {
        String abs = "Staphylococcus aureus causes osteomyelitis.";
        int t = title.length() + 1;
        return pmid + "|t|" + title + "\n" + pmid + "|a|" + abs + "\n"
                + pmid + "\t" + t + "\t" + (t + 21) + "\tStaphylococcus aureus\tSpecies\t1280\n"
                + pmid + "\t" + (t + 29) + "\t" + (t + 43) + "\tosteomyelitis\tDisease\tD010019\n\n";
    }

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static String ingest(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("ingest", "--db", db.toString(), "-q"));
        all.addAll(List.of(args));
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = PaperkgCommand.execute(all.toArray(String[]::new));
        } finally {
            System.setErr(stderr);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }
}
