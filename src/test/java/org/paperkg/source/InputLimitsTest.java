package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;

/**
 * The limits on one record hold in every reader, not only the XML ones: a record over a bound is
 * one TOO_LARGE skip at its first line, and the records around it are read. (Small limits here;
 * SmallHeapTest runs the defaults against 50 MB lines in a 256 MB JVM.)
 */
class InputLimitsTest {

    @TempDir
    Path dir;

    private static final PrefixTable PREFIXES = PrefixTable.defaults();
    /** 1000 characters (and line bytes), 10 list entries. */
    private static final InputLimits SMALL = InputLimits.DEFAULTS.withMaxRecordChars(1000).withMaxRecordItems(10);

    private static String card(int pmid, String authors, String abstractText, String entities) {
        return "# Card " + pmid + "\n\n**Authors:** " + authors + "\n\nPubMed · PMID: " + pmid + "\n\n## Abstract\n\n" + abstractText
                + "\n\n## Full-text entities\n\n" + entities + "\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/\n\n";
    }

    private static String names(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ", ").append("Author ").append(i);
        return sb.toString();
    }

    private static String bullets(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("- **Diseases:** d").append(i).append(" (MESH:D010019)\n");
        return sb.toString();
    }

    @Test
    void cardsOverALimitAreSkippedAndTheCardsAroundThemRead() throws IOException {
        String text = card(1, "A, B", "Short.", bullets(2))           // line 1: fine
                + card(2, "A", "x".repeat(5000), bullets(1))          // one line over the limit
                + card(3, names(11), "Short.", bullets(1))            // 11 authors
                + card(4, "A", "Short.", bullets(11))                 // 11 entity mentions
                + card(5, "A", ("y".repeat(90) + "\n").repeat(12), bullets(1)) // short lines, too much text
                + card(6, "C", "Fine again.", bullets(10));           // exactly at the limits
        ReaderRun run = ReaderRun.of(new CardReader(PREFIXES, SMALL), dir, "cards.md", text);
        assertEquals(List.of("1", "6"), run.records().stream().map(PaperRecord::pmid).toList(), run.problemLines().toString());
        List<Problem> skips = run.problems().stream().filter(p -> p.severity() == Problem.Severity.SKIP).toList();
        assertEquals(List.of("TOO_LARGE", "TOO_LARGE", "TOO_LARGE", "TOO_LARGE"), skips.stream().map(Problem::code).toList());
        List<Long> cardLines = new java.util.ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("# Card ")) cardLines.add((long) i + 1);
        assertEquals(List.of(cardLines.get(1), cardLines.get(2), cardLines.get(3), cardLines.get(4)),
                skips.stream().map(Problem::line).toList(), "each skip is at its card's title line");
        assertTrue(skips.get(0).message().contains("a line of 5000 bytes"), skips.get(0).message());
        assertTrue(skips.get(1).message().contains("authors"), skips.get(1).message());
        assertTrue(skips.get(2).message().contains("entity mentions"), skips.get(2).message());
        assertTrue(skips.get(3).message().contains("more than 1000 characters"), skips.get(3).message());
    }

    @Test
    void pubTatorDocumentsOverALimitAreSkippedAndTheOthersRead() throws IOException {
        StringBuilder text = new StringBuilder("1|t|Fine.\n1|a|Short abstract.\n1\t0\t4\tFine\tDisease\tD006073\n\n");
        text.append("2|t|Huge abstract.\n2|a|").append("z".repeat(5000)).append("\n2\t0\t4\tHuge\tDisease\tD006073\n\n");
        text.append("3|t|Many mentions.\n3|a|Gout.\n");
        for (int i = 0; i < 11; i++) text.append("3\t15\t19\tGout\tDisease\tD006073\n");
        text.append("\n4|t|").append("t".repeat(5000)).append("\n4|a|Huge title.\n\n");
        text.append("5|t|No blank line before the next.\n5|a|Fine.\n6|t|Right after.\n6|a|Fine too.\n");
        ReaderRun run = ReaderRun.of(new PubTatorReader(PREFIXES, SMALL), dir, "corpus.pubtator", text.toString());
        assertEquals(List.of("1", "5", "6"), run.records().stream().map(PaperRecord::pmid).toList(), run.problemLines().toString());
        assertEquals(List.of("SKIP corpus.pubtator:5: TOO_LARGE", "SKIP corpus.pubtator:9: TOO_LARGE", "SKIP corpus.pubtator:23: TOO_LARGE"),
                run.problems().stream().map(p -> p.severity() + " " + p.file() + ":" + p.line() + ": " + p.code()).toList());
    }

    @Test
    void aDocumentWithoutItsAbstractRightBeforeTheNextTitleCostsOnlyItself() throws IOException {
        // found while adding the limits: the skip used to make the reader ignore the next document's lines
        ReaderRun run = ReaderRun.of(new PubTatorReader(PREFIXES), dir, "c.pubtator",
                "1|t|Cut off before its abstract.\n2|t|Complete.\n2|a|Abstract.\n2\t0\t8\tComplete\tDisease\tD006073\n");
        assertEquals(List.of("2"), run.records().stream().map(PaperRecord::pmid).toList(), run.problemLines().toString());
        assertEquals(1, run.records().get(0).mentions().size());
        assertEquals(List.of("SKIP c.pubtator:1: TRUNCATED_DOCUMENT"),
                run.problems().stream().map(p -> p.severity() + " " + p.file() + ":" + p.line() + ": " + p.code()).toList());
    }

    @Test
    void xmlAndJsonRecordsWithTooManyEntriesAreSkipped() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n");
        for (int pmid = 1; pmid <= 2; pmid++) {
            xml.append("<PubmedArticle><MedlineCitation><PMID>").append(pmid).append("</PMID><Article><ArticleTitle>T</ArticleTitle><AuthorList>");
            for (int i = 0; i < (pmid == 1 ? 11 : 10); i++) xml.append("<Author><LastName>L").append(i).append("</LastName></Author>");
            xml.append("</AuthorList></Article></MedlineCitation></PubmedArticle>\n");
        }
        xml.append("</PubmedArticleSet>\n");
        ReaderRun pubmed = ReaderRun.of(new PubMedXmlReader(PREFIXES, SMALL), dir, "p.xml", xml.toString());
        assertEquals(List.of("2"), pubmed.records().stream().map(PaperRecord::pmid).toList());
        assertEquals(List.of("TOO_LARGE"), pubmed.problems().stream().map(Problem::code).toList());
        assertTrue(pubmed.problems().get(0).message().contains("11 authors (more than 10)"), pubmed.problems().get(0).message());

        String json = "[{\"id\": \"1\", \"passages\": [{\"offset\": 0, \"infons\": {\"type\": \"title\"}, \"text\": \"" + "w".repeat(2000) + "\"}]},\n"
                + " {\"id\": \"2\", \"passages\": [{\"offset\": 0, \"infons\": {\"type\": \"title\"}, \"text\": \"Fine\"}]}]\n";
        ReaderRun bioc = ReaderRun.of(new BiocJsonReader(PREFIXES, SMALL), dir, "b.json", json);
        assertEquals(1, bioc.records().size(), bioc.problemLines().toString());
        assertEquals("Fine", bioc.records().get(0).title());
        assertEquals(List.of("SKIP b.json:1: TOO_LARGE"),
                bioc.problems().stream().map(p -> p.severity() + " " + p.file() + ":" + p.line() + ": " + p.code()).toList());
    }

    @Test
    void aRecordWithEndlessBadLinesHoldsAtMostAThousandWarnings() throws IOException {
        StringBuilder text = new StringBuilder("1|t|T.\n1|a|A.\n");
        for (int i = 0; i < 5000; i++) text.append("not a pubtator line ").append(i).append('\n');
        ReaderRun run = ReaderRun.of(new PubTatorReader(PREFIXES), dir, "bad.pubtator", text.toString());
        assertEquals(1, run.records().size());
        assertEquals(RecordProblems.MAX_HELD + 1, run.problems().size());
        Problem last = run.problems().get(run.problems().size() - 1);
        assertEquals("MORE_PROBLEMS", last.code());
        assertEquals(3 + RecordProblems.MAX_HELD, last.line());
        assertTrue(last.message().startsWith("4000 more problems"), last.message());
    }
}
