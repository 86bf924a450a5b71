package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.testing.StrictRiot;

/**
 * Control characters (and, from JSON escapes, lone surrogates) that XML cannot hold: found by the
 * card fuzz target, where a U+0002 in an entity name made the RDF/XML export throw. Every reader
 * now replaces them by U+FFFD (one code point for one: offsets stay right) and reports the line.
 */
class ControlCharsTest {

    @TempDir
    Path dir;

    private static final PrefixTable PREFIXES = PrefixTable.defaults();

    @Test
    void aCardWithControlCharactersIsKeptReportedAndExportsAsRdfXml() throws IOException {
        Path card = Files.writeString(dir.resolve("card.md"), """
                # A title with a bell\u0007

                PubMed · PMID: 1500010

                ## Abstract

                Text with a \u0002 control character and a form feed \f.

                ## Full-text entities

                - **Diseases:** osteo\u0002myelitis (MESH:D010019)

                ---
                Source: https://pubmed.ncbi.nlm.nih.gov/1500010/
                """, StandardCharsets.UTF_8);
        ReaderRun run = ReaderRun.of(new CardReader(PREFIXES), card);
        assertEquals(List.of("WARN card.md:1: CONTROL_CHAR control character(s) (first U+0007) replaced by U+FFFD: RDF/XML and XML results cannot hold them",
                "WARN card.md:7: CONTROL_CHAR control character(s) (first U+0002) replaced by U+FFFD: RDF/XML and XML results cannot hold them",
                "WARN card.md:11: CONTROL_CHAR control character(s) (first U+0002) replaced by U+FFFD: RDF/XML and XML results cannot hold them"),
                run.problemLines());
        PaperRecord r = run.records().get(0);
        assertEquals("A title with a bell\uFFFD", r.title());
        assertEquals("osteo\uFFFDmyelitis", r.mentions().get(0).text());

        for (String ext : List.of("rdf", "nq", "ttl")) {
            Path out = dir.resolve("out." + ext);
            assertEquals(0, PaperkgCommand.execute("export", card.toString(), "-o", out.toString(), "-q"), ext);
            Lang lang = ext.equals("rdf") ? Lang.RDFXML : ext.equals("nq") ? Lang.NQUADS : Lang.TURTLE;
            assertTrue(StrictRiot.parse(out, lang).stream().findAny().isPresent(), ext);
        }
    }

    @Test
    void pubTatorOffsetsStillCutOutTheirTextAfterAReplacedCharacter() throws IOException {
        ReaderRun run = ReaderRun.of(new PubTatorReader(PREFIXES), dir, "c.pubtator", """
                300|t|Gout\u0001 and lithium.
                300|a|Lithium toxicity.
                300\t0\t4\tGout\tDisease\tD006073
                300\t10\t17\tlithium\tChemical\tD008094
                """);
        assertEquals(List.of("WARN c.pubtator:1: CONTROL_CHAR control character(s) (first U+0001) replaced by U+FFFD: RDF/XML and XML results cannot hold them"),
                run.problemLines());
        PaperRecord r = run.record("300");
        assertEquals("Gout\uFFFD and lithium.", r.title());
        assertEquals(List.of(true, true), r.mentions().stream().map(Mention::hasOffsets).toList());
    }

    @Test
    void xml11CharacterReferencesToControlCharactersAreReplacedAndReported() {
        String xml = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n"
                + "<PubmedArticle><MedlineCitation><PMID>7</PMID><Article>\n"
                + "<ArticleTitle>Bell&#x7; in a title</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n"
                + "</PubmedArticleSet>\n";
        XmlTestData.Result r = XmlTestData.pubmed(xml);
        assertEquals(1, r.records().size(), r.problems().toString());
        assertEquals("Bell\uFFFD in a title", r.records().get(0).title());
        assertEquals(List.of("CONTROL_CHAR"), r.problems().stream().map(Problem::code).toList());
        assertEquals(4, r.problems().get(0).line());
    }

    @Test
    void jsonEscapesOfControlCharactersAndLoneSurrogatesAreReplacedAndReported() throws IOException {
        String json = """
                {"source": "test", "documents": [
                {"id": "8", "infons": {}, "passages": [
                  {"infons": {"type": "title"}, "offset": 0, "text": "A \\u0002 title \\ud800 here", "annotations": []}
                ], "relations": []}
                ]}
                """;
        ReaderRun run = ReaderRun.of(new BiocJsonReader(PREFIXES), dir, "d.json", json);
        assertEquals(1, run.records().size(), run.problemLines().toString());
        assertEquals("A \uFFFD title \uFFFD here", run.records().get(0).title());
        assertEquals(List.of("CONTROL_CHAR"), run.problems().stream().map(Problem::code).toList());
    }
}
