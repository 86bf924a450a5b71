package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.ids.ConceptRef;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.Problem;

/** The BioC mapping rules on small PubTator3-style documents. */
class BiocXmlReaderTest {

    static String annotation(String id, String type, String identifier, int offset, String text) {
        return "<annotation id=\"" + id + "\"><infon key=\"type\">" + type + "</infon>"
                + (identifier == null ? "" : "<infon key=\"identifier\">" + identifier + "</infon>")
                + "<location offset=\"" + offset + "\" length=\"" + text.codePointCount(0, text.length()) + "\"/><text>" + text + "</text></annotation>\n";
    }

    static String collection(String documents) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE collection SYSTEM \"BioC.dtd\">\n<collection><source>PubTator</source>"
                + "<date>2024</date><key>BioC.key</key><infon key=\"x\">y</infon>\n" + documents + "</collection>\n";
    }

    static final String TITLE = "\uD835\uDEFC-Synuclein in Parkinson disease";   // starts with U+1D6FC, one code point, two chars

    static final String PUBTATOR3 = collection("<document><id>123</id>\n"
            + "<passage><infon key=\"type\">title</infon><offset>0</offset><text>" + TITLE + "</text>\n"
            + annotation("1", "Gene", "6622", 0, "\uD835\uDEFC-Synuclein")
            + annotation("2", "Disease", "MESH:D010300", 15, "Parkinson disease")
            + "</passage>\n"
            + "<passage><infon key=\"type\">abstract</infon><offset>33</offset><text>Flies (Drosophila) and HeLa cells with p.S161A; "
            + "breast or ovarian cancer.</text>\n"
            + annotation("3", "Species", "7227", 40, "Drosophila")
            + annotation("4", "CellLine", null, 56, "HeLa")
            + annotation("5", "Variant", "tmVar:p|SUB|S|161|A;HGVS:p.S161A;VariantGroup:0", 72, "p.S161A")
            + annotation("6", "Disease", "MESH:D001943|MESH:D010051", 81, "breast or ovarian cancer")
            + annotation("7", "Disease", "MESH:D010300", 81, "breast")
            + "</passage>\n"
            + "<relation id=\"R1\"><infon key=\"type\">Association</infon><infon key=\"role1\">Gene|6622</infon>"
            + "<infon key=\"role2\">Disease|MESH:D010300</infon></relation>\n"
            + "<relation id=\"R2\"><infon key=\"type\">Bind</infon><node refid=\"1\" role=\"a\"/><node refid=\"2\" role=\"b\"/></relation>\n"
            + "</document>\n");

    @Test
    void pubtator3Document() {
        XmlTestData.Result r = XmlTestData.bioc(PUBTATOR3);
        assertEquals(1, r.records().size());
        PaperRecord p = r.records().get(0);
        assertEquals("123", p.pmid());
        assertEquals(TITLE, p.title());
        SourceText text = p.texts().get(0);
        assertEquals(new SourceText("title-abstract", "Title and abstract", TITLE + " " + p.abstractText()), text);

        List<Mention> m = p.mentions();
        assertEquals(7, m.size());
        assertEquals(0, m.get(0).start());
        assertEquals(11, m.get(0).end(), "code points: the first character is outside the BMP");
        assertEquals("NCBIGene:6622", curie(m.get(0).concept()));
        assertEquals("MESH:D010300", curie(m.get(1).concept()));
        assertEquals(15, m.get(1).start());
        assertEquals("NCBITaxon:7227", curie(m.get(2).concept()));
        assertEquals("MISSING_ID", ((ConceptRef.Unresolved) m.get(3).concept()).code());
        assertEquals(1, m.get(4).concepts().size(), "a tmVar id is not split at its bars");
        assertEquals("UNKNOWN_PREFIX", ((ConceptRef.Unresolved) m.get(4).concept()).code());
        assertEquals(List.of("MESH:D001943", "MESH:D010051"), m.get(5).concepts().stream().map(BiocXmlReaderTest::curie).toList());
        assertEquals("breast or ovarian cancer", new CodePointText(text.text()).slice(m.get(5).start(), m.get(5).end()));

        assertEquals(List.of(new Relation("Association", List.of(m.get(0).concept()), List.of(m.get(1).concept()), 16),
                new Relation("Bind", List.of(m.get(0).concept()), List.of(m.get(1).concept()), 17)), p.relations());

        assertEquals(List.of("test.xml:12: UNKNOWN_PREFIX"),
                r.problems().stream().map(x -> x.toString().substring(0, x.toString().indexOf(' ', 14))).toList(),
                "the tmVar id; the cell line without an identifier is not a problem");
        assertTrue(m.get(6).hasOffsets(), "a part inside a composite mention: 'breast' at 81");
        assertEquals("breast", new CodePointText(text.text()).slice(m.get(6).start(), m.get(6).end()));
    }

    static String curie(ConceptRef c) {
        return ((ConceptRef.Resolved) c).curie();
    }

    @Test
    void offsetMismatchIsAWarningWithTheLineAndTheMentionKeptWithoutOffsets() {
        XmlTestData.Result r = XmlTestData.bioc(collection("<document><id>9</id>\n"
                + "<passage><infon key=\"type\">title</infon><offset>0</offset><text>Aspirin and pain</text>\n"
                + annotation("1", "Chemical", "MESH:D001241", 1, "Aspirin")
                + "</passage></document>\n"));
        Mention m = r.records().get(0).mentions().get(0);
        assertEquals("Aspirin", m.text());
        assertNull(m.start());
        assertEquals(List.of("test.xml:6: OFFSET_MISMATCH location 1+7 cuts out 'spirin ', not the annotation text 'Aspirin': "
                + "the mention is kept without offsets"), r.problems().stream().map(Problem::toString).toList());
        assertEquals(Problem.Severity.WARN, r.problems().get(0).severity());
    }

    @Test
    void passagesOtherThanTitleAndAbstractArePlacedAtTheirOffsets() {
        XmlTestData.Result r = XmlTestData.bioc(collection("<document><id>PMC77</id>\n"
                + "<passage><infon key=\"section_type\">TITLE</infon><infon key=\"type\">front</infon><offset>0</offset><text>Title</text></passage>\n"
                + "<passage><infon key=\"type\">paragraph</infon><offset>10</offset><text>Body with fever.</text>\n"
                + annotation("1", "Disease", "MESH:D005334", 20, "fever")
                + "</passage></document>\n"));
        PaperRecord p = r.records().get(0);
        assertEquals("PMC77", p.pmcid());
        assertNull(p.pmid());
        assertEquals(new SourceText("text", "Document text", "Title     Body with fever."), p.texts().get(0));
        Mention fever = p.mentions().get(0);
        assertEquals("text", fever.section());
        assertEquals("fever", p.texts().get(0).text().substring(fever.start(), fever.end()));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void documentsWithoutTitleAreSkippedAndOverlapsGiveNoOffsets() {
        XmlTestData.Result r = XmlTestData.bioc(collection("<document><id>1</id><passage><infon key=\"type\">abstract</infon>"
                + "<offset>0</offset><text>No title.</text></passage></document>\n"
                + "<document><id>2</id>\n<passage><infon key=\"type\">title</infon><offset>0</offset><text>Overlapping title</text></passage>\n"
                + "<passage><infon key=\"type\">abstract</infon><offset>5</offset><text>Abstract.</text>"
                + annotation("a", "Disease", "-1", 5, "Abstract") + "</passage></document>\n"));
        assertEquals(1, r.records().size());
        assertEquals(List.of("test.xml:4: NO_TITLE <document> at line 4 (document 1) has no title passage",
                "test.xml:7: PASSAGE_OVERLAP passage at offset 5 overlaps the one before (which ends at 17): the document has no text "
                        + "to count offsets in, mentions are kept without offsets"),
                r.problems().stream().map(Problem::toString).toList());
        assertEquals(Problem.Severity.SKIP, r.problems().get(0).severity());
        Mention m = r.records().get(0).mentions().get(0);
        assertFalse(m.hasOffsets());
        assertEquals(new ConceptRef.Unresolved("-1", ProblemCode.UNNORMALISED, "-1: the corpus could not normalise this mention"), m.concept());
    }

    @Test
    void aFileThatIsNotBiocIsRefused() {
        XmlTestData.Result r = XmlTestData.bioc("<PubmedArticleSet/>");
        assertEquals(List.of("test.xml:1: UNKNOWN_ROOT root element <PubmedArticleSet> is not BioC XML (expected collection)"),
                r.problems().stream().map(Problem::toString).toList());
    }
}
