package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.TestFiles;

/**
 * {@code paperkg stats} on two hand-written PubTator abstracts (src/test/resources/stats), every
 * number checked by hand:
 *
 * <pre>
 * 90000001  Osteomyelitis      Disease           D010019           (twice, two positions)
 *           vancomycin         Chemical          D014640
 *           infection          Disease           D007239
 *           bone or joint inf. CompositeMention  D010019|D007239
 *           nameless syndrome  Disease           -1
 * 90000002  Osteoporosis       DiseaseClass      D010024
 *           psoriatic arthr.   SpecificDisease   OMIM:607507
 *           Familial osteop.   SpecificDisease   OMIM:166710
 * </pre>
 *
 * 9 mentions: 6 with MeSH ids (7 ids, 4 distinct concepts), 2 OMIM, 1 unnormalised (-1); the
 * Chemical mention is the only one not of a disease type.
 */
class StatsCommandTest {

    private static final String CORPUS = TestFiles.resource("stats/two-abstracts.pubtator.txt").toString();
    private static final String SSSOM = TestFiles.resource("stats/mappings.sssom.tsv").toString();
    private static final String MESH_SIDE = TestFiles.resource("stats/mesh-side.ttl").toString();

    @TempDir
    Path dir;

    private static Captured paperkg(String... args) {
        return Captured.paperkg(args);
    }

    /** Totals that do not depend on the mappings. */
    private static void assertTotals(Map<String, String> m) {
        assertEquals("9", m.get("mentions"));
        assertEquals("6", m.get("mentions.scheme.MESH"));
        assertEquals("2", m.get("mentions.scheme.OMIM"));
        assertEquals("1", m.get("mentions.scheme.(unnormalised)"));
        assertEquals("4", m.get("mentions.type.Disease"));
        assertEquals("1", m.get("mentions.type.Chemical"));
        assertEquals("1", m.get("mentions.type.CompositeMention"));
        assertEquals("1", m.get("mentions.type.DiseaseClass"));
        assertEquals("2", m.get("mentions.type.SpecificDisease"));
    }

    /** One coverage row: mentions, reaching, percent; ids, reaching, percent; concepts, reaching, percent. */
    private static void assertReach(Map<String, String> m, String row, String... values) {
        String[] keys = {"mentions", "mentions.reaching", "mentions.percent", "ids", "ids.reaching", "ids.percent",
                "concepts", "concepts.reaching", "concepts.percent"};
        for (int i = 0; i < keys.length; i++)
            assertEquals(values[i], m.get("reach." + row + "." + keys[i]), row + "." + keys[i]);
    }

    @Test
    void handMadeMappingsInBothDirectionsAndXrefsCountAsDocumented() {
        // Mappings: MONDO:0005246 exactMatch MESH:D010019 (SSSOM), MESH:D010024 exactMatch MONDO:0005298
        // (written MeSH → MONDO), MONDO:0005298 hasDbXref OMIM:166710, and OMIM:607507 exactMatch MESH:D007239,
        // which reaches no MONDO class.
        Captured run = paperkg("stats", "--no-slice", "--out", "tsv", CORPUS, "--ontology", SSSOM, MESH_SIDE);
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> m = run.metrics();
        assertTotals(m);
        // MeSH mentions reaching: Osteomyelitis ×2 and the composite (through D010019), Osteoporosis
        // (D010024, reverse direction) = 4 of 6; ids: 4 of 7 (the composite's D007239 does not);
        // concepts: D010019, D010024 of D010019, D014640, D007239, D010024.
        assertReach(m, "MESH.all.exactMatch", "6", "4", "66.7%", "7", "4", "57.1%", "4", "2", "50.0%");
        // Disease types leave out vancomycin (Chemical).
        assertReach(m, "MESH.disease.exactMatch", "5", "4", "80.0%", "6", "4", "66.7%", "3", "2", "66.7%");
        assertReach(m, "MESH.all.exactMatchOrXref", "6", "4", "66.7%", "7", "4", "57.1%", "4", "2", "50.0%");
        // OMIM: no exact match reaches MONDO (607507's goes to MeSH); the xref reaches osteoporosis for 166710.
        assertReach(m, "OMIM.all.exactMatch", "2", "0", "0.0%", "2", "0", "0.0%", "2", "0", "0.0%");
        assertReach(m, "OMIM.disease.exactMatch", "2", "0", "0.0%", "2", "0", "0.0%", "2", "0", "0.0%");
        assertReach(m, "OMIM.all.exactMatchOrXref", "2", "1", "50.0%", "2", "1", "50.0%", "2", "1", "50.0%");
    }

    /**
     * Retractions and citations of fixture-citations: 31000001 is retracted by its own record and
     * cited by 31000003, 31000004 and the chapter 31000010; 30999999 is retracted by the notice
     * 31000005 (not itself in the store) and cited by 31000004. Links: 1 + 4 + 2 + 1 = 8 from four
     * citing papers. The same in memory and from a database's kept statistics.
     */
    @Test
    void retractedPapersStillCitedAndCitationsAreCounted() {
        String links = TestFiles.resource("fixture-citations/retractions-and-books.xml").toString();
        Path db = dir.resolve("db");
        assertEquals(0, paperkg("ingest", "--db", db.toString(), "-q", links).exitCode());
        for (Captured run : List.of(paperkg("stats", "--out", "tsv", "-q", "--no-slice", links),
                paperkg("stats", "--out", "tsv", "--db", db.toString()))) {
            assertEquals(0, run.exitCode(), run.err());
            Map<String, String> m = run.metrics();
            assertEquals("7", m.get("papers"), "five articles, a chapter and a book");
            assertEquals("1", m.get("retracted.papers"));
            assertEquals("2", m.get("retracted.stillCited"));
            assertEquals("3", m.get("retracted.citingPapers"));
            assertEquals("8", m.get("citations"));
            assertEquals("4", m.get("citations.citingPapers"));
        }
    }

    @Test
    void inMemoryTheBundledSliceIsLoadedByDefault() {
        // No --slice and no --ontology: the in-memory store gets the bundled slice, whose SSSOM files have
        // MONDO:0005246 exactMatch MESH:D010019, MONDO:0005298 exactMatch MESH:D010024 and OMIM:166710, and
        // for OMIM:607507 only MONDO:0011849 hasDbXref (its exact match MONDO:0100232 is outside the slice);
        // nothing for D007239 (Infection) or D014640 (vancomycin).
        Captured run = paperkg("stats", "--out", "tsv", "-q", CORPUS);
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> m = run.metrics();
        assertTotals(m);
        assertReach(m, "MESH.all.exactMatch", "6", "4", "66.7%", "7", "4", "57.1%", "4", "2", "50.0%");
        assertReach(m, "MESH.disease.exactMatchOrXref", "5", "4", "80.0%", "6", "4", "66.7%", "3", "2", "66.7%");
        assertReach(m, "OMIM.all.exactMatch", "2", "1", "50.0%", "2", "1", "50.0%", "2", "1", "50.0%");
        assertReach(m, "OMIM.all.exactMatchOrXref", "2", "2", "100.0%", "2", "2", "100.0%", "2", "2", "100.0%");
    }

    @Test
    void overADatabaseTheCountsAreTheSameAndTheTextTableSaysThem() {
        String db = dir.resolve("db").toString();
        Captured ingest = paperkg("ingest", "--db", db, "-q", CORPUS, "--ontology", SSSOM, MESH_SIDE);
        assertEquals(0, ingest.exitCode(), ingest.err());
        Captured tsv = paperkg("stats", "--db", db, "--out", "tsv");
        assertEquals(0, tsv.exitCode(), tsv.err());
        assertTotals(tsv.metrics());
        assertReach(tsv.metrics(), "MESH.disease.exactMatch", "5", "4", "80.0%", "6", "4", "66.7%", "3", "2", "66.7%");

        Captured text = paperkg("stats", "--db", db);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("\nmentions: 9 "), text.out());
        assertTrue(text.out().matches("(?s).*\\n  MeSH, disease types +5 +4 +80\\.0% +6 +4 +66\\.7% +3 +2 +66\\.7%\\n.*"), text.out());
        assertTrue(text.out().matches("(?s).*\\n  \\(unnormalised\\) +1\\n.*"), text.out());

        Captured bad = paperkg("stats", "--db", db, "--out", "csv");
        assertEquals(2, bad.exitCode(), "a wrong --out is a usage error");
    }
}
