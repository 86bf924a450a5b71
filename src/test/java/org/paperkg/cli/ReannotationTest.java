package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.StoreChecks;

/**
 * PubTator re-annotates papers: a newer annotation set of a PMID (a BioC collection with a later
 * date, XML or JSON) replaces that PMID's corpus graph, an older one does not, and the statistics
 * follow.
 */
class ReannotationTest {

    @TempDir
    Path tmp;

    @Test
    void aNewerBiocCollectionReplacesTheGraphAndAnOlderOneIsSkipped() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, ingest(xml("may.xml", "2024-05-01", "D003920", "diabetes"), db).exitCode());
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D003920"), concepts(db));
        assertEquals("2024-05-01", annotationDate(db));

        CliRunTest.Run r = ingest(xml("june.xml", "20240601", "D006973", "hypertension"), db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D006973"), concepts(db), "the newer set replaces the graph");
        assertEquals("2024-06-01", annotationDate(db));

        r = ingest(xml("april.xml", "2024-04-01", "D001249", "asthma"), db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("OLDER_VERSION") && r.stderr().contains("annotated 2024-04-01"), r.stderr());
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D006973"), concepts(db), "an older set is skipped");

        // BioC JSON: a collection's date (before its documents) is the set's date
        r = ingest(json("july.json", "2024-07-01T00:00:00Z", "D001249", "asthma"), db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D001249"), concepts(db));
        assertEquals("2024-07-01", annotationDate(db));
        r = ingest(json("march.json", "2024-03-01", "D003920", "diabetes"), db);
        assertTrue(r.stderr().contains("OLDER_VERSION"), r.stderr());
        StoreChecks.assertStatisticsAreARecount(db, "after the re-annotations");
    }

    @Test
    void aPlaceholderDateIsNoDateAndAnUnreadableOneIsReported() throws Exception {
        Path db = tmp.resolve("db");
        CliRunTest.Run r = ingest(xml("cdr.xml", "0/0/0", "D003920", "diabetes"), db);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(!r.stderr().contains("BAD_DATE"), "the CDR corpus's 0/0/0 is a placeholder\n" + r.stderr());
        assertEquals("", annotationDate(db));
        r = ingest(xml("odd.xml", "spring 2024", "D006973", "hypertension"), db);
        assertTrue(r.stderr().contains("BAD_DATE") && r.stderr().contains("'spring 2024' is not a date"), r.stderr());
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D006973"), concepts(db), "an undated set replaces an undated one");
    }

    private CliRunTest.Run ingest(Path file, Path db) {
        return CliRunTest.run("ingest", file.toString(), "--db", db.toString(), "-q");
    }

    private Path xml(String name, String date, String mesh, String text) throws Exception {
        String title = "Annotated paper about " + text + ".";
        return Files.writeString(tmp.resolve(name), """
                <?xml version="1.0" encoding="UTF-8"?>
                <collection><source>PubTator</source><date>%s</date><key>BioC.key</key>
                <document><id>31000001</id>
                <passage><infon key="type">title</infon><offset>0</offset><text>%s</text>
                <annotation id="1"><infon key="type">Disease</infon><infon key="identifier">MESH:%s</infon>
                <location offset="23" length="%d"/><text>%s</text></annotation></passage>
                </document></collection>
                """.formatted(date, title, mesh, text.length(), text));
    }

    private Path json(String name, String date, String mesh, String text) throws Exception {
        String title = "Annotated paper about " + text + ".";
        return Files.writeString(tmp.resolve(name), """
                {"source": "PubTator", "date": "%s", "key": "BioC.key", "documents": [
                 {"id": "31000001", "passages": [{"infons": {"type": "title"}, "offset": 0, "text": "%s",
                   "annotations": [{"id": "1", "infons": {"type": "Disease", "identifier": "MESH:%s"},
                                    "locations": [{"offset": 23, "length": %d}], "text": "%s"}]}]}]}
                """.formatted(date, title, mesh, text.length(), text));
    }

    private static List<String> concepts(Path db) {
        return StoreChecks.select(db, "SELECT DISTINCT ?c { GRAPH ?g { ?a <http://www.w3.org/ns/oa#hasBody> ?c } } ORDER BY ?c", "c");
    }

    private static String annotationDate(Path db) {
        List<String> d = StoreChecks.select(db, "SELECT ?d { GRAPH ?g { ?g <https://w3id.org/paperkg/vocab#annotationDate> ?d } }", "d");
        return d.isEmpty() ? "" : String.join(",", d);
    }
}
