package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;

/**
 * What fuzzing found, each as the smallest input that shows it (the fuzzer's own inputs replay as
 * seeds of the fuzz tests, under src/test/resources/org/paperkg/fuzz/).
 */
class FuzzFindingsTest {

    @TempDir
    Path dir;

    private static final PrefixTable PREFIXES = PrefixTable.defaults();

    @Test
    void aSourceUrlWithAnInvalidPmcidIsAWarningNotACrash() throws IOException {
        // was: NoSuchElementException from CardParser.fillPmcidFromUrl
        ReaderRun run = ReaderRun.of(new CardReader(PREFIXES), dir, "c.md", """
                # Title

                PubMed · PMID: 1500020

                ---
                Source: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1400000003/
                """);
        assertEquals(1, run.records().size());
        assertNull(run.records().get(0).pmcid());
        assertEquals(List.of("WARN c.md:6: BAD_PMCID 'PMC1400000003' in the source URL is not a valid PMCID (ignored)"), run.problemLines());
    }

    @Test
    void aDoiWithACharacterTheStrictCheckerRefusesGivesAnEncodedIri() throws IOException {
        // was: the export failed with exit 2, "not a valid IRI: …/paper/doi/10.1000%2Fa\u0149b (DEPRECATED_UNICODE_CHARACTER)"
        ReaderRun run = ReaderRun.of(new CardReader(PREFIXES), dir, "c.md", "# T\n\nPubMed · DOI: 10.1000/a\u0149b \u00B7 2020\n\n---\n");
        PaperRecord r = run.records().get(0);
        assertEquals("10.1000/a\u0149b", r.doi());
        var iris = new org.paperkg.map.PaperIris(org.paperkg.map.PaperIris.DEFAULT_BASE);
        assertEquals("https://w3id.org/paperkg/paper/doi/10.1000%2Fa%C5%89b", iris.paper(r));
        org.paperkg.map.PaperMapper mapper = new org.paperkg.map.PaperMapper(iris);
        java.util.List<org.apache.jena.sparql.core.Quad> quads = new java.util.ArrayList<>();
        mapper.map(r, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                quads.add(q);
            }
        });
        assertEquals(true, quads.size() > 5);
    }

    @Test
    void xmlInAnEncodingThatIsNotUtf8IsDecodedHereAndTheParserPrintsNothing() throws IOException {
        // was: "[Fatal Error] :-1:-1: Invalid byte 1 of 1-byte UTF-8 sequence." on stderr, from the
        // JDK parser's own decoder, for input that does not start like UTF-8 (here a NUL byte)
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        ReaderRun nul, utf16, latin1;
        try (java.io.PrintStream capture = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
            System.setErr(capture);
            nul = ReaderRun.of(new BiocXmlReader(PREFIXES), java.nio.file.Files.write(dir.resolve("nul.xml"),
                    new byte[] {0x00, 0x3b, (byte) 0xfe, (byte) 0x80, 0x6f, 0x3c, 0x0a, 0x0e, 0x6e, 0x69}));
            String pubmed = "<?xml version=\"1.0\" encoding=\"%s\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>5</PMID>"
                    + "<Article><ArticleTitle>Caf\u00e9 \u00fcber</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n";
            byte[] bom = {(byte) 0xFF, (byte) 0xFE};
            byte[] body = pubmed.formatted("UTF-16").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            byte[] withBom = java.util.Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, withBom, bom.length, body.length);
            utf16 = ReaderRun.of(new PubMedXmlReader(PREFIXES), java.nio.file.Files.write(dir.resolve("utf16.xml"), withBom));
            latin1 = ReaderRun.of(new PubMedXmlReader(PREFIXES), java.nio.file.Files.write(dir.resolve("latin1.xml"),
                    pubmed.formatted("ISO-8859-1").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        } finally {
            System.setErr(original);
        }
        assertEquals("", err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("SKIP nul.xml:1: INVALID_UTF8 invalid UTF-8 bytes (never replaced: the XML cannot be read past them); the rest of the file is not read"),
                nul.problemLines());
        assertEquals("Caf\u00e9 \u00fcber", utf16.records().get(0).title(), utf16.problemLines().toString());
        assertEquals("Caf\u00e9 \u00fcber", latin1.records().get(0).title(), latin1.problemLines().toString());
    }

    @Test
    void aBiocJsonAnnotationWithoutATypeIsAnEntity() throws IOException {
        // was: NullPointerException in the mapper (EntityTypes.singular) for an annotation whose
        // infons have "Type" instead of "type"
        ReaderRun run = ReaderRun.of(new BiocJsonReader(PREFIXES), dir, "d.json", """
                [{"id": "9", "passages": [{"offset": 0, "infons": {"type": "title"}, "text": "Gout here.",
                  "annotations": [{"id": "1", "infons": {"Type": "Disease", "identifier": "MESH:D006073"},
                                   "locations": [{"offset": 0, "length": 4}], "text": "Gout"}]}]}]
                """);
        PaperRecord r = run.records().get(0);
        assertEquals("Entity", r.mentions().get(0).entityType());
        var quads = new java.util.ArrayList<org.apache.jena.sparql.core.Quad>();
        new org.paperkg.map.PaperMapper(new org.paperkg.map.PaperIris(org.paperkg.map.PaperIris.DEFAULT_BASE)).map(r,
                new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        quads.add(q);
                    }
                });
        assertEquals(true, quads.stream().anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("Entity")));
    }

    @Test
    void aDamagedGzipHeaderIsAProblemInEveryReader() throws IOException {
        // was: "ZipException: Unsupported compression method" thrown out of the XML readers (and of
        // every reader: the gzip header is read when the file is opened), which ended the run
        byte[] bad = {0x1f, (byte) 0x8b, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x41, 0x42};
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("bad.gz"), bad);
        for (RecordSource reader : List.of(new CardReader(PREFIXES), new PubTatorReader(PREFIXES), new PubMedXmlReader(PREFIXES),
                new BiocXmlReader(PREFIXES), new BiocJsonReader(PREFIXES), Readers.all(PREFIXES, null))) {
            ReaderRun run = ReaderRun.of(reader, file);
            assertEquals(0, run.records().size());
            assertEquals(1, run.problems().size(), reader.getClass().getSimpleName() + " " + run.problemLines());
            assertEquals(true, run.problems().get(0).message().contains("Unsupported compression method"), run.problemLines().toString());
        }
    }
}
