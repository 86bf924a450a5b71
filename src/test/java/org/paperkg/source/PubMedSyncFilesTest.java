package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.testing.SyncTestFiles;
import org.paperkg.testing.SyncTestFiles.Change;

/**
 * The sync test files (src/test/resources/sync, issue 19) read as the PubMed reader reads them
 * today, checked against expected.tsv: every article listed is read, in order, with the edits the
 * script made; the DeleteCitation entries are the ones listed (found by a scan of the XML text).
 */
class PubMedSyncFilesTest {

    private static final Map<String, XmlTestData.Result> RESULTS = new LinkedHashMap<>();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void readAll() {
        PubMedXmlReader reader = new PubMedXmlReader(PrefixTable.defaults());
        for (Path f : SyncTestFiles.files()) {
            String name = f.getFileName().toString();
            RESULTS.put(name, XmlTestData.read(reader, f, name));
            TEXTS.put(name, XmlTestData.gunzip(f));
        }
    }

    @Test
    void aBaselineAndTwoUpdatesInFileNameOrder() {
        assertEquals(List.of("pubmed26n0001.xml.gz", "pubmed26n0002.xml.gz", "pubmed26n0003.xml.gz"), List.copyOf(RESULTS.keySet()));
        assertEquals(List.copyOf(RESULTS.keySet()), SyncTestFiles.expected().stream().map(Change::file).distinct().toList(),
                "expected.tsv lists the same files, in the same order");
    }

    @Test
    void everyArticleListedIsReadInOrder() {
        for (var e : RESULTS.entrySet()) {
            List<String> expected = SyncTestFiles.expected(e.getKey()).stream()
                    .filter(Change::isRecord).map(Change::pmid).toList();
            assertEquals(expected, e.getValue().records().stream().filter(r -> !r.deletion()).map(PaperRecord::pmid).toList(), e.getKey());
            assertTrue(e.getValue().records().stream().allMatch(r -> r.source().equals("pubmed")));
        }
        assertEquals(20, RESULTS.get("pubmed26n0001.xml.gz").records().size());
        // each DeleteCitation entry is a withdrawal record, in the list's order, after the articles
        for (var e : RESULTS.entrySet())
            assertEquals(SyncTestFiles.expected(e.getKey()).stream().filter(c -> !c.isRecord()).map(Change::pmid).toList(),
                    e.getValue().records().stream().filter(PaperRecord::deletion).map(PaperRecord::pmid).toList(), e.getKey());
    }

    /** The files hold no problem: the book chapter is read, and the DeleteCitation entries are withdrawal records. */
    @Test
    void theFilesHoldNoProblemAndTheBookIsAChapter() {
        for (var e : RESULTS.entrySet()) assertEquals(List.of(), e.getValue().problems(), e.getKey());
        PaperRecord book = record("pubmed26n0002.xml.gz", "20301340");
        assertEquals(Publication.Kind.BOOK_CHAPTER, book.publication().kind());
    }

    @Test
    void theDeleteCitationListsHoldTheListedPmids() {
        for (var e : TEXTS.entrySet()) {
            List<String> listed = new ArrayList<>();
            Matcher list = Pattern.compile("(?s)<DeleteCitation>(.*?)</DeleteCitation>").matcher(e.getValue());
            if (list.find()) {
                Matcher pmid = Pattern.compile("<PMID Version=\"\\d+\">(\\d+)</PMID>").matcher(list.group(1));
                while (pmid.find()) listed.add(pmid.group(1));
                assertFalse(list.find(), "one DeleteCitation list, at the end");
                assertTrue(e.getValue().endsWith("</DeleteCitation>\n</PubmedArticleSet>\n"), e.getKey());
            }
            assertEquals(SyncTestFiles.expected(e.getKey()).stream().filter(c -> !c.isRecord()).map(Change::pmid).toList(), listed, e.getKey());
        }
    }

    @Test
    void revisionsCarryTheirEdits() {
        PaperRecord air0 = record("pubmed26n0001.xml.gz", "31712796"), air1 = record("pubmed26n0002.xml.gz", "31712796"),
                air2 = record("pubmed26n0003.xml.gz", "31712796");
        assertEquals(List.of("Aerosols", "Air Pollutants", "Air Pollution, Indoor", "Dust", "Gases", "Humans"), labels(air0));
        assertEquals(List.of("Aerosols", "Air Pollutants", "Air Pollution, Indoor", "Dust", "Environmental Monitoring", "Gases", "Humans"), labels(air1));
        assertEquals(List.of("Aerosols", "Air Pollutants", "Air Pollution, Indoor", "Environmental Monitoring", "Gases", "Humans"), labels(air2));
        assertEquals(air0.title(), air2.title());

        assertEquals("Review of the Neurobehavioral Symptom Inventory.", record("pubmed26n0001.xml.gz", "33119379").title());
        assertEquals("A Review of the Neurobehavioral Symptom Inventory.", record("pubmed26n0002.xml.gz", "33119379").title());

        assertTrue(record("pubmed26n0001.xml.gz", "32490903").abstractText().contains("Now a day, pancreatic steatosis"));
        assertTrue(record("pubmed26n0002.xml.gz", "32490903").abstractText().contains("Nowadays, pancreatic steatosis"));
        assertTrue(TEXTS.get("pubmed26n0002.xml.gz").contains("VersionID=\"2\" VersionDate=\"2025/12/17\"><PMID Version=\"2\">32490903</PMID>"));
        assertEquals(record("pubmed26n0001.xml.gz", "32490903").abstractText(), record("pubmed26n0003.xml.gz", "32490903").abstractText(),
                "the Version 1 revision of 0003 keeps the Version 1 text");

        assertEquals(articleText("pubmed26n0001.xml.gz", "11636720"), articleText("pubmed26n0003.xml.gz", "11636720"), "re-added verbatim");
    }

    @Test
    void theRetractionNoticeAndTheRetractedPaperPointAtEachOther() {
        String u2 = TEXTS.get("pubmed26n0003.xml.gz");
        assertTrue(u2.contains("<PublicationType UI=\"D016440\">Retraction of Publication</PublicationType>"));
        assertTrue(u2.contains("<CommentsCorrections RefType=\"RetractionOf\"><RefSource>J Finance. 2022 Oct;77(5):2949-2986. doi: 10.1111/jofi.13173.</RefSource><PMID Version=\"1\">36247735</PMID>"));
        assertTrue(u2.contains("<PublicationType UI=\"D016441\">Retracted Publication</PublicationType>"));
        assertTrue(u2.contains("<CommentsCorrections RefType=\"RetractionIn\"><RefSource>J Finance. 2025 Dec;80(6):3701.</RefSource><PMID Version=\"1\">99000001</PMID>"));
        assertEquals("Retraction: " + record("pubmed26n0001.xml.gz", "36247735").title(), record("pubmed26n0003.xml.gz", "99000001").title());
        String citing = "<ArticleId IdType=\"pubmed\">36247735</ArticleId></ArticleIdList></Reference>";
        assertEquals(1, XmlTestData.count(TEXTS.get("pubmed26n0001.xml.gz"), Pattern.quote(citing)), "34094707 cites it from the baseline on");
        assertEquals(1, XmlTestData.count(u2, Pattern.quote(citing)), "36644330 cites it in 0003");
    }

    private static PaperRecord record(String file, String pmid) {
        return RESULTS.get(file).pmid(pmid);
    }

    private static List<String> labels(PaperRecord r) {
        return r.meshHeadings().stream().map(MeshHeading::label).toList();
    }

    /** The text of the PubmedArticle with this PMID in a file. */
    private static String articleText(String file, String pmid) {
        Matcher m = Pattern.compile("(?s)<PubmedArticle>(?:(?!</PubmedArticle>).)*?<PMID Version=\"1\">" + pmid + "</PMID>.*?</PubmedArticle>")
                .matcher(TEXTS.get(file));
        assertTrue(m.find(), pmid + " in " + file);
        return m.group();
    }

    /** The 1-based line of the first occurrence of {@code needle}. */
    private static int line(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
