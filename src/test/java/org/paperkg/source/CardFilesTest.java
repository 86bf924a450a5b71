package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paperkg.testing.ProblemAssert.assertCounts;
import static org.paperkg.testing.ProblemAssert.assertProblems;
import static org.paperkg.testing.ProblemAssert.assertReported;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.problem.Problem;
import org.paperkg.testing.ExpectedQuads;
import org.paperkg.testing.GeneratedCards;
import org.paperkg.testing.GraphAssert;
import org.paperkg.testing.Mapping;
import org.paperkg.testing.ShapesAssert;
import org.paperkg.testing.TestFiles;
import org.paperkg.vocab.Terms;

/** How card files are read as bytes: line ends, BOM, gzip, directories, truncation, bad UTF-8. */
class CardFilesTest {

    private static final DatasetGraph GOLDEN = ExpectedQuads.read(TestFiles.resource("golden/example.trig"));

    @TempDir
    Path dir;

    @Test
    void crlfLineEndsAndABomChangeNothing() {
        Path card = GeneratedCards.crlfWithBom(dir);
        byte[] raw = GeneratedCards.bytes(card);
        assertTrue((raw[0] & 0xff) == 0xEF && new String(raw, StandardCharsets.UTF_8).contains("\r\n"), "the file really has a BOM and CRLF");
        Mapping.Result r = Mapping.map(card);
        assertProblems(r, List.of());
        GraphAssert.assertIsomorphic(GOLDEN, r.dataset());
    }

    @Test
    void exampleFileHasNoFinalNewlineAndIsNotTruncated() {
        // the closing '---' and Source line make it complete; the golden test maps it with no problem
        byte[] raw = GeneratedCards.bytes(TestFiles.resource("golden/example.md"));
        assertTrue(raw[raw.length - 1] != '\n', "the example card ends without a newline");
        assertProblems(Mapping.map(TestFiles.resource("golden/example.md")), List.of());
    }

    @Test
    void gzippedCardIsReadLikeThePlainOne() {
        Mapping.Result r = Mapping.map(GeneratedCards.gzippedExample(dir));
        assertProblems(r, List.of());
        GraphAssert.assertIsomorphic(GOLDEN, r.dataset());
    }

    @Test
    void problemsInAGzippedFileNameItsLines() {
        Path gz = GeneratedCards.gzippedSeveralCards(dir);
        Mapping.Result r = Mapping.map(gz);
        assertProblems(r, List.of("22 BAD_ID", "33 UNKNOWN_PREFIX"));
        assertEquals(gz.toString(), r.problems().get(0).file());
        GraphAssert.assertIsomorphic(Mapping.map(TestFiles.resource("cards/grammar/several-cards.md")).dataset(), r.dataset());
    }

    @Test
    void directoryIsReadRecursivelyForPaperFilesOnly() {
        card("a.md", 1600001);
        card("b.txt", 1600002);
        GeneratedCards.write(dir.resolve("sub/c.md.gz"), GeneratedCards.gzip(cardText(1600003).getBytes(StandardCharsets.UTF_8)));
        GeneratedCards.write(dir.resolve("sub/deeper/d.txt.gz"), GeneratedCards.gzip(cardText(1600004).getBytes(StandardCharsets.UTF_8)));
        card("sub/UPPER.MD", 1600005);
        // .json is a paper-file name (BioC JSON); its content, a card, decides how it is read
        card("named.json", 1600006);
        card("sub/ignored.ttl", 1699992);
        card("sub/notes.rst", 1699993);
        GeneratedCards.write(dir.resolve("sub/archive.json.gz"), GeneratedCards.gzip(cardText(1600007).getBytes(StandardCharsets.UTF_8)));
        card("README", 1699995);
        card("sub/cards.md.bak", 1699996);

        Mapping.Result r = Mapping.map(dir);
        assertProblems(r, List.of());
        assertEquals(7, r.summary().files(), "paper files found");
        assertCounts(r, 7, 7, Map.of());
        Set<String> graphs = new TreeSet<>();
        r.dataset().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI().replace("https://w3id.org/paperkg/graph/card/pmid/", "")));
        assertEquals(Set.of("1600001", "1600002", "1600003", "1600004", "1600005", "1600006", "1600007"), graphs);
    }

    @Test
    void truncatedCardIsSkippedAtItsTitleLineAndTheRunGoesOn() {
        Path file = GeneratedCards.truncated(dir);
        Mapping.Result r = Mapping.map(file);
        assertProblems(r, List.of(GeneratedCards.TRUNCATED_CARD_LINE + " TRUNCATED"));
        Problem p = assertReported(r, file.toString(), "TRUNCATED", GeneratedCards.TRUNCATED_CARD_LINE);
        assertEquals(Problem.Severity.SKIP, p.severity());
        assertCounts(r, 2, 1, Map.of("TRUNCATED", 1L));
        assertTrue(r.dataset().containsGraph(NodeFactory.createURI("https://w3id.org/paperkg/graph/card/pmid/1500001")), "the complete card is mapped");
        assertFalse(r.dataset().containsGraph(NodeFactory.createURI("https://w3id.org/paperkg/graph/card/pmid/1500002")), "nothing of the cut card");
    }

    @Test
    void invalidUtf8IsReportedAtItsLinesAndTheCardKeptWithReplacementCharacters() {
        Path file = GeneratedCards.invalidUtf8(dir);
        Mapping.Result r = Mapping.map(file);
        assertProblems(r, GeneratedCards.INVALID_UTF8_LINES.stream().map(l -> l + " INVALID_UTF8").toList());
        for (int line : GeneratedCards.INVALID_UTF8_LINES) assertReported(r, file.toString(), "INVALID_UTF8", line);
        assertCounts(r, 2, 2, Map.of());
        Node paper = NodeFactory.createURI("https://w3id.org/paperkg/paper/pmid/1500004");
        assertTrue(r.dataset().contains(Node.ANY, paper, Terms.DCT_ABSTRACT,
                NodeFactory.createLiteralString("Bytes that are not UTF-8: \uFFFD( and \uFFFD here.")), "abstract with U+FFFD");
        assertTrue(r.dataset().contains(Node.ANY, Node.ANY, Terms.OA_EXACT, NodeFactory.createLiteralString("caf\uFFFD disease")),
                "entity name with U+FFFD");
        ShapesAssert.assertConforms(r.dataset());
    }

    @Test
    void cutGzipSkipsTheCutCardAndTheRunGoesOnToTheNextFile() {
        Path cut = GeneratedCards.cutGzip(dir);
        Path next = TestFiles.resource("golden/example.md");
        Mapping.Result r = Mapping.map(cut, next);
        assertProblems(r, List.of(GeneratedCards.CUT_GZIP_CARD_LINE + " TRUNCATED"));
        Problem p = assertReported(r, cut.toString(), "TRUNCATED", GeneratedCards.CUT_GZIP_CARD_LINE);
        assertEquals(Problem.Severity.SKIP, p.severity());
        assertCounts(r, 3, 2, Map.of("TRUNCATED", 1L));
        assertTrue(r.dataset().containsGraph(NodeFactory.createURI("https://w3id.org/paperkg/graph/card/pmid/1500005")), "card before the cut");
        assertFalse(r.dataset().containsGraph(NodeFactory.createURI("https://w3id.org/paperkg/graph/card/pmid/1500006")), "nothing of the cut card");
        assertTrue(r.dataset().containsGraph(NodeFactory.createURI("https://w3id.org/paperkg/graph/card/pmc/PMC13027165")), "the next file is read");
    }

    @Test
    void emptyFilesHoldNoCard() {
        Path empty = GeneratedCards.write(dir.resolve("empty.md"), new byte[0]);
        Path blank = GeneratedCards.write(dir.resolve("blank.md"), "\n   \n".getBytes(StandardCharsets.UTF_8));
        Mapping.Result r = Mapping.map(empty, blank);
        assertEquals(List.of("EMPTY_FILE", "EMPTY_FILE"), r.problems().stream().map(Problem::code).toList(), r.describeProblems());
        assertCounts(r, 0, 0, Map.of());
    }

    private void card(String name, int pmid) {
        GeneratedCards.write(dir.resolve(name), cardText(pmid).getBytes(StandardCharsets.UTF_8));
    }

    private static String cardText(int pmid) {
        return "# Card " + pmid + "\n\nPubMed · PMID: " + pmid + "\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/\n";
    }
}
