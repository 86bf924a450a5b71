package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;

/**
 * BioC JSON: the PubTator3 exports in src/test/resources/data/bioc-json (see SOURCES.md there), the
 * other shapes BioC JSON comes in, and damaged input.
 */
class BiocJsonReaderTest {

    private static final String DIR = "/data/bioc-json/";

    @TempDir
    Path dir;

    private final BiocJsonReader reader = new BiocJsonReader(PrefixTable.defaults());

    /** Counts from the file alone, parsed with Jena's JSON parser (not the reader's gson). */
    private record JsonCounts(long annotations, long locations, long relations, String layout) {
        static JsonCounts of(Path file) throws IOException {
            JsonObject doc = JSON.read(file.toString());
            long annotations = 0, locations = 0, relations = doc.get("relations").getAsArray().size();
            StringBuilder text = new StringBuilder();
            for (JsonValue p : doc.get("passages").getAsArray()) {
                JsonObject passage = p.getAsObject();
                int offset = passage.get("offset").getAsNumber().value().intValue();
                text.append(" ".repeat(offset - text.length())).append(passage.get("text").getAsString().value());
                relations += passage.get("relations").getAsArray().size();
                for (JsonValue a : passage.get("annotations").getAsArray()) {
                    annotations++;
                    locations += a.getAsObject().get("locations").getAsArray().size();
                }
            }
            return new JsonCounts(annotations, locations, relations, text.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10.1016_j.molcel.2016.11.034.json", "10.1016_j.molcel.2019.03.023.json",
            "10.1016_j.molcel.2019.04.005.json", "10.1016_j.molcel.2024.01.007.json", "10.1038_s41556-021-00642-9.json",
            "10.1126_scisignal.abf3535.json", "10.15252_embj.2023113616.json", "pubtator_8.json"})
    void pubTator3ExportsAreReadAndCountsMatchTheFile(String name) throws IOException {
        Path file = ReaderRun.resource(DIR + name);
        ReaderRun run = ReaderRun.of(reader, file);
        if (name.equals("pubtator_8.json"))
            // factoid wrote "24633240 from pubtator" into infons.doi: reported, the DOI is taken from the citation
            assertEquals(List.of("WARN pubtator_8.json:4: BAD_DOI infons.doi '24633240 from pubtator' is not a DOI; left out"),
                    run.problemLines());
        else
            assertEquals(List.of(), run.problemLines(), "no problem of any kind, warnings included");

        JsonCounts counts = JsonCounts.of(file);
        assertEquals(counts.annotations(), counts.locations(), "one location per annotation in these files");
        assertEquals(1, run.records().size());
        PaperRecord r = run.records().get(0);
        assertEquals(counts.locations(), r.mentions().size());
        assertEquals(counts.relations(), r.relations().size());
        // these exports are a title at 0 and an abstract after one space: the text PubTator counts in
        assertEquals(List.of(new SourceText("title-abstract", "Title and abstract", counts.layout())), r.texts());
        assertTrue(r.mentions().stream().allMatch(m -> m.section().equals("title-abstract")));
        for (Mention m : r.mentions()) {
            assertTrue(m.hasOffsets(), m::toString);
            assertEquals(m.text(), PubTatorCorpusTest.codePoints(counts.layout(), m.start(), m.end()));
        }
        assertEquals("bioc", r.source());
        assertTrue(r.pmid().matches("\\d+"));
        assertTrue(r.doi().startsWith("10."), r.doi());
        assertTrue(r.title() != null && r.abstractText() != null);
    }

    @Test
    void allEightFilesTogether() throws IOException {
        long annotations = 0, relations = 0;
        List<Problem> problems = new ArrayList<>();
        try (var files = Files.list(ReaderRun.resource(DIR))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonCounts c = JsonCounts.of(f);
                annotations += c.annotations();
                relations += c.relations();
                reader.read(f, f.getFileName().toString(), rec -> {}, problems::add);
            }
        }
        assertEquals(170, annotations, "SOURCES.md: 23+13+22+15+23+41+8+25 annotations");
        assertEquals(8, reader.tally().documents());
        assertEquals(annotations, reader.tally().mentions());
        assertEquals(relations, reader.tally().relations());
        assertEquals(List.of("BAD_DOI"), problems.stream().map(Problem::code).toList());
        // "-" (a chemical), two annotations without identifier (a disease, a cell line)
        assertEquals(3, reader.tally().unnormalisedIds());
    }

    @Test
    void identifiersTitleAndAbstract() throws IOException {
        PaperRecord molcel = ReaderRun.of(reader, ReaderRun.resource(DIR + "10.1016_j.molcel.2016.11.034.json")).records().get(0);
        assertEquals("28041912", molcel.pmid());
        assertEquals("PMC5218896", molcel.pmcid());
        assertEquals("10.1016/j.molcel.2016.11.034", molcel.doi());
        assertEquals(new SourceRef("10.1016_j.molcel.2016.11.034.json", 1), molcel.origin());
        assertTrue(molcel.title().startsWith("A Constitutive Intrinsic Inflammatory Signaling Circuit"), molcel.title());

        PaperRecord p8 = ReaderRun.of(reader, ReaderRun.resource(DIR + "pubtator_8.json")).records().get(0);
        assertEquals("24633240", p8.pmid());
        assertEquals("PMC4017589", p8.pmcid());
        assertEquals("10.1038/nbt.2858", p8.doi(), "from the citation 'Nat Biotechnol. … doi: 10.1038/nbt.2858. Epub …'");
        String text = p8.texts().get(0).text();
        assertEquals(p8.title() + " " + p8.abstractText(), text, "title at 0, abstract one past its end");
    }

    @Test
    void handCheckedMentions() throws IOException {
        PaperRecord r = ReaderRun.of(reader, ReaderRun.resource(DIR + "10.15252_embj.2023113616.json")).records().get(0);
        String taxon = "http://purl.obolibrary.org/obo/NCBITaxon_";
        PubTatorCorpusTest.assertMentions(r, """
                73 83 Drosophila | Species | %1$s7227
                88 98 C. elegans | Species | %1$s6239 %1$s252961 %1$s314391 %1$s316080
                427 432 human | Species | %1$s9606
                522 532 Drosophila | Species | %1$s7227
                556 566 C. elegans | Species | %1$s6239 %1$s252961 %1$s314391 %1$s316080
                586 601 ciliary defects | Disease | http://id.nlm.nih.gov/mesh/D002925
                820 825 Bld10 | Gene | http://identifiers.org/ncbigene/39647
                826 832 CEP135 | Gene | http://identifiers.org/ncbigene/9662
                """.formatted(taxon));
        assertEquals(List.of(21L, 42L, 74L, 95L, 116L, 137L, 158L, 180L),
                r.mentions().stream().map(Mention::line).toList(), "the line each annotation object starts on");

        PaperRecord rec114 = ReaderRun.of(reader, ReaderRun.resource(DIR + "10.1016_j.molcel.2019.03.023.json")).records().get(0);
        assertEquals(List.of(
                "Association http://id.nlm.nih.gov/mesh/D007246 > http://identifiers.org/ncbigene/625662",
                "Association http://identifiers.org/ncbigene/625662 > http://identifiers.org/ncbigene/73673",
                "Association http://identifiers.org/ncbigene/69597 > http://identifiers.org/ncbigene/73673",
                "Association http://identifiers.org/ncbigene/625662 > http://identifiers.org/ncbigene/69597"),
                rec114.relations().stream().map(rel -> rel.type() + " " + PubTatorCorpusTest.iri(rel.subject().get(0)) + " > "
                        + PubTatorCorpusTest.iri(rel.object().get(0))).toList());
    }

    @Test
    void variantNotationAndMissingIdsAreNotProblems() throws IOException {
        PaperRecord r = ReaderRun.of(reader, ReaderRun.resource(DIR + "10.1038_s41556-021-00642-9.json")).records().get(0);
        List<String> variants = r.mentions().stream().filter(m -> m.entityType().equals("Variant"))
                .map(m -> m.text() + " " + PubTatorCorpusTest.iri(m.concept())).toList();
        assertEquals(List.of(
                "S161 variant_notation:tmVar:p|Allele|S|161;VariantGroup:0;OriginalGene:108909;CorrespondingGene:64853;CorrespondingSpecies:10090",
                "S161A variant_notation:tmVar:p|SUB|S|161|A;HGVS:p.S161A;VariantGroup:0;OriginalGene:108909;CorrespondingGene:64853;CorrespondingSpecies:10090"),
                variants);
    }

    private String realDocument() throws IOException {
        return Files.readString(ReaderRun.resource(DIR + "10.15252_embj.2023113616.json"), StandardCharsets.UTF_8);
    }

    @Test
    void collectionsArraysAndPubTator3WrappersGiveTheSameRecords() throws IOException {
        String doc = realDocument();
        PaperRecord single = ReaderRun.of(reader, ReaderRun.resource(DIR + "10.15252_embj.2023113616.json")).records().get(0);
        for (String content : List.of(
                "{\"source\": \"PubTator\", \"date\": \"2024\", \"key\": \"BioC.key\", \"infons\": {}, \"documents\": [" + doc + ", " + doc + "]}",
                "[" + doc + "," + doc + "]",
                "{\"PubTator3\": [" + doc + "," + doc + "]}")) {
            ReaderRun run = ReaderRun.of(reader, dir, "c.json", content);
            assertEquals(List.of(), run.problems());
            assertEquals(2, run.records().size());
            for (PaperRecord r : run.records()) {
                assertEquals(single.mentions().stream().map(m -> m.text() + m.start() + m.concepts()).toList(),
                        r.mentions().stream().map(m -> m.text() + m.start() + m.concepts()).toList());
                assertEquals(single.texts(), r.texts());
                assertEquals(single.doi(), r.doi());
            }
        }
        Path gz = ReaderRun.gzip(dir, "doc.json.gz", doc.getBytes(StandardCharsets.UTF_8));
        assertEquals(single.texts(), ReaderRun.of(reader, gz).records().get(0).texts());
    }

    private static final String SMALL = """
            {"id": "227508", "passages": [
              {"infons": {"type": "title"}, "offset": 0, "text": "Ocular and auditory toxicity.", "annotations": [
                {"id": "0", "infons": {"type": "Disease", "MESH": "D014786|D006311"},
                 "locations": [{"offset": 0, "length": 28}], "text": "Ocular and auditory toxicity"},
                {"id": "1", "infons": {"type": "Disease", "MESH": "D014786"},
                 "locations": [{"offset": 0, "length": 6}, {"offset": 20, "length": 8}], "text": "Ocular toxicity"},
                {"id": "2", "infons": {"type": "Chemical", "identifier": "MESH:D008094"},
                 "locations": [{"offset": 5, "length": 6}], "text": "Ocular"}
              ]},
              {"infons": {"type": "abstract"}, "offset": 40, "text": "Lithium.", "annotations": [
                {"id": "3", "infons": {"type": "Chemical", "identifier": "MESH:D008094"},
                 "locations": [{"offset": 40, "length": 7}], "text": "Lithium"}
              ]}],
             "relations": [
               {"id": "R0", "infons": {"relation": "CID", "Chemical": "D008094", "Disease": "D006311"}, "nodes": []},
               {"id": "R1", "infons": {"type": "Cause"}, "nodes": [{"refid": "3", "role": "Chemical"}, {"refid": "0", "role": "Disease"}]},
               {"id": "R2", "infons": {"type": "Cause"}, "nodes": [{"refid": "3", "role": "Chemical"}]}
             ]}
            """;

    @Test
    void discontinuousAnnotationsGiveOneMentionPerLocationAndMismatchesAreReported() throws IOException {
        ReaderRun run = ReaderRun.of(reader, dir, "small.json", SMALL);
        assertEquals(List.of(
                "WARN small.json:7: OFFSET_MISMATCH offsets 5..11 cut out 'r and ', not 'Ocular'; mention kept without offsets",
                "WARN small.json:17: BAD_RELATION relation 'Cause' without two arguments (infons role1/role2, or nodes referring to annotations); left out"),
                run.problemLines());
        PaperRecord r = run.records().get(0);
        assertEquals("Ocular and auditory toxicity.           Lithium.", r.texts().get(0).text());
        assertEquals(List.of(
                "0 28 Ocular and auditory toxicity | Disease | http://id.nlm.nih.gov/mesh/D014786 http://id.nlm.nih.gov/mesh/D006311",
                "0 6 Ocular | Disease | http://id.nlm.nih.gov/mesh/D014786",
                "20 28 toxicity | Disease | http://id.nlm.nih.gov/mesh/D014786",
                "null null Ocular | Chemical | http://id.nlm.nih.gov/mesh/D008094",
                "40 47 Lithium | Chemical | http://id.nlm.nih.gov/mesh/D008094"),
                r.mentions().stream().map(m -> m.start() + " " + m.end() + " " + m.text() + " | " + m.entityType() + " | "
                        + String.join(" ", m.concepts().stream().map(PubTatorCorpusTest::iri).toList())).toList());
        assertNull(r.mentions().get(3).start());
        assertEquals(List.of(
                "CID http://id.nlm.nih.gov/mesh/D008094 > http://id.nlm.nih.gov/mesh/D006311",
                "Cause http://id.nlm.nih.gov/mesh/D008094 > http://id.nlm.nih.gov/mesh/D014786 http://id.nlm.nih.gov/mesh/D006311"),
                r.relations().stream().map(rel -> rel.type() + " " + PubTatorCorpusTest.iri(rel.subject().get(0)) + " > "
                        + String.join(" ", rel.object().stream().map(PubTatorCorpusTest::iri).toList())).toList());
        assertEquals("227508", r.pmid());
    }

    @Test
    void brokenJsonCostsTheDocumentBeingReadAndKeepsThoseBefore() throws IOException {
        String doc = realDocument();
        String before = "[" + doc + ",\n";
        ReaderRun run = ReaderRun.of(reader, dir, "broken.json", before + doc.substring(0, doc.length() / 2));
        assertEquals(1, run.records().size());
        assertEquals(1, run.problems().size(), run.problemLines()::toString);
        Problem p = run.problems().get(0);
        assertEquals(Problem.Severity.SKIP, p.severity());
        assertEquals("BAD_JSON", p.code());
        assertEquals(before.chars().filter(c -> c == '\n').count() + 1, p.line(), "the line the second document starts on");
    }

    @Test
    void notJsonAtAll() throws IOException {
        ReaderRun run = ReaderRun.of(reader, dir, "x.json", "PMID|t|this is PubTator\n");
        assertEquals(List.of(), run.records());
        assertEquals(List.of("SKIP"), run.problems().stream().map(p -> p.severity().name()).toList());
        assertEquals("BAD_JSON", run.problems().get(0).code());
    }

    @Test
    void aNonObjectInTheDocumentListIsOneSkipAndTrailingTextAWarning() throws IOException {
        ReaderRun run = ReaderRun.of(reader, dir, "odd.json",
                "{\"documents\": [\n1,\n{\"id\": \"7\", \"passages\": [{\"offset\": 0, \"text\": \"x\"}]}]}\ntrailing");
        assertEquals(List.of(
                "SKIP odd.json:2: NOT_A_DOCUMENT array element $.documents[0] is not a BioC document object",
                "WARN odd.json:4: TRAILING_TEXT text after the JSON value; ignored"), run.problemLines());
        assertEquals(List.of("7"), run.records().stream().map(PaperRecord::pmid).toList());
    }

    @Test
    void aDocumentWithoutPassagesIsOneSkip() throws IOException {
        ReaderRun run = ReaderRun.of(reader, dir, "np.json", "{\"documents\": [{\"id\": \"1\", \"passages\": []}, " + realDocument() + "]}");
        assertEquals(List.of("SKIP np.json:1: NO_PASSAGES document '1' has no passages: there is no text to read"), run.problemLines());
        assertEquals(1, run.records().size());
    }
}
