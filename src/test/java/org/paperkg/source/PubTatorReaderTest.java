package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.ConceptRef;
import org.paperkg.problem.ProblemCode;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;

/** PubTator input that is damaged or unusual: what is reported, what is kept, what is skipped. */
class PubTatorReaderTest {

    @TempDir
    Path dir;

    private final PubTatorReader reader = new PubTatorReader(PrefixTable.defaults());

    private static final String DOC_1 = """
            100|t|Lithium toxicity.
            100|a|Lithium caused toxicity and hypertension.
            100\t0\t7\tLithium\tChemical\tD008094
            100\t8\t16\ttoxicity\tDisease\tD064420
            100\t18\t25\tLithium\tChemical\tD008094
            100\t33\t41\ttoxicity\tDisease\tD064420
            100\t46\t58\thypertension\tDisease\tD006973
            100\tCID\tD008094\tD006973
            """;

    private static final String DOC_2 = """
            200|t|Second paper.
            200|a|About gout.
            200\t20\t24\tgout\tDisease\tD006073
            """;

    private ReaderRun read(String content) throws IOException {
        return ReaderRun.of(reader, dir, "input.txt", content);
    }

    @Test
    void aWellFormedDocument() throws IOException {
        ReaderRun run = read(DOC_1);
        assertEquals(List.of(), run.problems());
        PaperRecord r = run.record("100");
        assertEquals("Lithium toxicity.", r.title());
        assertEquals("Lithium caused toxicity and hypertension.", r.abstractText());
        assertEquals(List.of(new SourceText("title-abstract", "Title and abstract",
                "Lithium toxicity. Lithium caused toxicity and hypertension.")), r.texts());
        assertEquals(new SourceRef("input.txt", 1), r.origin());
        assertEquals(new Mention(Mention.Kind.TEXT, "title-abstract", "Disease", "hypertension",
                List.of(new ConceptRef.Resolved("D006973", "MESH", "MESH:D006973", "http://id.nlm.nih.gov/mesh/D006973")),
                46, 58, 7), r.mentions().get(4));
        assertEquals(1, r.relations().size());
        assertEquals(8, r.relations().get(0).line());
    }

    @Test
    void offsetsThatDoNotCutOutTheTextAreReportedAndTheMentionKeptWithoutThem() throws IOException {
        ReaderRun run = read("""
                100|t|Lithium toxicity.
                100|a|Lithium caused toxicity.
                100\t0\t7\tLithium\tChemical\tD008094
                100\t9\t17\ttoxicity\tDisease\tD064420
                100\t30\t99\ttoxicity\tDisease\tD064420
                100\tx\t7\tLithium\tChemical\tD008094
                """);
        assertEquals(List.of(
                "WARN input.txt:4: OFFSET_MISMATCH offsets 9..17 cut out 'oxicity.', not 'toxicity'; mention kept without offsets",
                "WARN input.txt:5: OFFSET_MISMATCH offsets 30..99 are outside the text (42 characters), not 'toxicity'; mention kept without offsets",
                "WARN input.txt:6: BAD_OFFSET offsets 'x', '7' are not numbers; mention 'Lithium' kept without offsets"),
                run.problemLines());
        List<Mention> mentions = run.record("100").mentions();
        assertEquals(4, mentions.size());
        assertTrue(mentions.get(0).hasOffsets());
        for (Mention m : mentions.subList(1, 4)) {
            assertNull(m.start());
            assertNull(m.end());
        }
        assertEquals("toxicity", mentions.get(1).text());
        assertEquals("http://id.nlm.nih.gov/mesh/D064420", PubTatorCorpusTest.iri(mentions.get(1).concept()));
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() throws IOException {
        // U+1D6FC MATHEMATICAL ITALIC SMALL ALPHA is two UTF-16 units but one code point
        ReaderRun run = read("""
                300|t|\uD835\uDEFC-Synuclein in Parkinson disease.
                300|a|Ab\u00e9stract.
                300\t15\t32\tParkinson disease\tDisease\tD010300
                300\t16\t33\tParkinson disease\tDisease\tD010300
                300\t34\t42\tAb\u00e9strac\tDisease\tD000001
                """);
        assertEquals(List.of("WARN input.txt:4: OFFSET_MISMATCH offsets 16..33 cut out 'arkinson disease.', not 'Parkinson disease'; "
                + "mention kept without offsets"), run.problemLines());
        List<Mention> m = run.record("300").mentions();
        assertEquals(15, m.get(0).start());
        assertEquals(32, m.get(0).end());
        assertEquals(34, m.get(2).start());
    }

    @Test
    void compositeIdsGiveOneConceptPerPart() throws IOException {
        ReaderRun run = read("""
                400|t|Breast and ovarian cancer.
                400|a|A.
                400\t0\t25\tBreast and ovarian cancer\tDisease\tD001943|D010051
                400\t0\t25\tBreast and ovarian cancer\tCompositeMention\tD001943+OMIM:167000
                400\t0\t25\tBreast and ovarian cancer\tDisease\tD001943|D010051\tBreast cancer|ovarian cancer
                """);
        assertEquals(List.of(), run.problems());
        List<Mention> m = run.record("400").mentions();
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D001943", "http://id.nlm.nih.gov/mesh/D010051"),
                m.get(0).concepts().stream().map(PubTatorCorpusTest::iri).toList());
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D001943", "https://omim.org/entry/167000"),
                m.get(1).concepts().stream().map(PubTatorCorpusTest::iri).toList());
        assertEquals(m.get(0).concepts(), m.get(2).concepts());
    }

    @Test
    void minusOneIsCountedNotReported() throws IOException {
        ReaderRun run = read("""
                500|t|Nalozone.
                500|a|A.
                500\t0\t8\tNalozone\tChemical\t-1
                500\t0\t8\tNalozone\tChemical
                """);
        assertEquals(List.of(), run.problems());
        List<Mention> m = run.record("500").mentions();
        assertEquals(new ConceptRef.Unresolved("-1", ProblemCode.UNNORMALISED, "the source gives no normalised id"), m.get(0).concept());
        assertEquals("UNNORMALISED", ((ConceptRef.Unresolved) m.get(1).concept()).code());
        assertEquals(2, reader.tally().unnormalisedIds());
    }

    @Test
    void pubTator3TypesChooseTheSchemeOfBareIds() throws IOException {
        ReaderRun run = read("""
                600|t|BRCA1 variants in humans.
                600|a|rs80357906 and p.V600E; HeLa cells; aspirin.
                600\t0\t5\tBRCA1\tGene\t672
                600\t26\t36\trs80357906\tSNP\trs80357906
                600\t6\t14\tvariants\tMutation\ttmVar:p|SUB|V|600|E;HGVS:p.V600E;VariantGroup:0
                600\t18\t24\thumans\tSpecies\t9606
                600\t50\t54\tHeLa\tCellLine\tCVCL:0030
                600\t62\t69\taspirin\tChemical\tMESH:D001241
                600\t0\t5\tBRCA1\tGene\t672;673
                600\t50\t54\tHeLa\tCellLine\t0030
                600\t50\t54\tHeLa\tCellLine\tFOO:1
                600\tAssociation\t672\tMESH:D001241
                600\tAssociation\t9999\tD001241
                """);
        assertEquals(List.of(
                "WARN input.txt:10: UNKNOWN_PREFIX bare id '0030' of type 'cellline': no scheme is known for this type",
                "WARN input.txt:11: UNKNOWN_PREFIX unknown prefix 'FOO' in 'FOO:1'",
                "WARN input.txt:13: UNKNOWN_PREFIX bare id '9999' without a prefix: its scheme is unknown"), run.problemLines());
        PaperRecord r = run.record("600");
        assertEquals(List.of("http://identifiers.org/ncbigene/672 | http://identifiers.org/dbsnp/rs80357906 | variant_notation:tmVar:p|SUB|V|600|E;HGVS:p.V600E;VariantGroup:0"
                        + " | http://purl.obolibrary.org/obo/NCBITaxon_9606 | https://www.cellosaurus.org/CVCL_0030 | http://id.nlm.nih.gov/mesh/D001241"
                        + " | http://identifiers.org/ncbigene/672 http://identifiers.org/ncbigene/673 | unknown_prefix:0030 | unknown_prefix:FOO:1"),
                List.of(String.join(" | ", r.mentions().stream().map(m -> String.join(" ",
                        m.concepts().stream().map(PubTatorCorpusTest::iri).toList())).toList())));
        Relation association = r.relations().get(0);
        assertEquals("Association", association.type());
        assertEquals("http://identifiers.org/ncbigene/672", PubTatorCorpusTest.iri(association.subject().get(0)));
        assertEquals("http://id.nlm.nih.gov/mesh/D001241", PubTatorCorpusTest.iri(association.object().get(0)));
    }

    @Test
    void aDocumentCutOffBeforeItsAbstractIsOneSkipAndTheNextDocumentIsRead() throws IOException {
        ReaderRun run = read(DOC_1 + "\n150|t|Cut off here.\n150\t0\t3\tCut\tDisease\tD000001\n150\t4\t7\toff\tDisease\tD000001\n\n" + DOC_2);
        assertEquals(List.of("SKIP input.txt:10: TRUNCATED_DOCUMENT document 150 has no abstract line (150|a|…): line 11 follows "
                + "its title; document not read"), run.problemLines());
        assertEquals(List.of("100", "200"), run.records().stream().map(PaperRecord::pmid).toList());
    }

    @Test
    void aTitleAtTheEndOfTheFileIsOneSkip() throws IOException {
        ReaderRun run = read(DOC_1 + "\n150|t|Cut off here.");
        assertEquals(List.of("SKIP input.txt:10: TRUNCATED_DOCUMENT document 150 ends without its abstract line (150|a|…); "
                + "document not read"), run.problemLines());
        assertEquals(1, run.records().size());
    }

    @Test
    void aDocumentWhoseAbstractIsAnotherPmidsIsOneSkip() throws IOException {
        ReaderRun run = read("150|t|Title.\n151|a|Abstract.\n151\t0\t5\tTitle\tDisease\tD000001\n\n" + DOC_2);
        assertEquals(List.of("SKIP input.txt:1: PMID_MISMATCH title of 150 is followed by the abstract of 151 (line 2); document not read"),
                run.problemLines());
        assertEquals(List.of("200"), run.records().stream().map(PaperRecord::pmid).toList());
    }

    @Test
    void annotationsWithoutTheirDocumentAreOneSkip() throws IOException {
        ReaderRun run = read("151|a|Abstract.\n151\t0\t5\tTitle\tDisease\tD000001\n\n" + DOC_2);
        assertEquals(List.of("SKIP input.txt:1: MISSING_TITLE abstract of 151 without a title line (151|t|…) before it; document not read"),
                run.problemLines());
        assertEquals(1, run.records().size());
    }

    @Test
    void badLinesInsideADocumentAreWarningsAndTheDocumentIsKept() throws IOException {
        ReaderRun run = read("""
                100|t|Lithium toxicity.
                100|a|Lithium caused toxicity and hypertension.
                100\t0\t7\tLithium\tChemical\tD008094
                101\t8\t16\ttoxicity\tDisease\tD064420
                this line is garbage
                100|a|A second abstract.
                100\t8\t16\ttoxicity\tDisease\tD064420
                """);
        assertEquals(List.of(
                "WARN input.txt:4: PMID_MISMATCH line of PMID 101 inside document 100 ignored",
                "WARN input.txt:5: BAD_LINE not a PubTator line, ignored: 'this line is garbage'",
                "WARN input.txt:6: DUPLICATE_ABSTRACT second abstract line of 100 ignored"), run.problemLines());
        assertEquals(2, run.record("100").mentions().size());
    }

    @Test
    void leadingBlankLinesAndTextAfterTheLastRecord() throws IOException {
        ReaderRun run = read("\n\n" + DOC_1 + "\n" + "end of corpus\nsecond stray line\n");
        assertEquals(List.of("WARN input.txt:12: STRAY_TEXT not a PubTator line, outside any document (ignored up to the next "
                + "blank line): 'end of corpus'"), run.problemLines());
        assertEquals(3, run.records().get(0).origin().line());
    }

    @Test
    void documentsWithoutBlankLinesBetweenThemAreBothRead() throws IOException {
        ReaderRun run = read(DOC_1 + DOC_2);
        assertEquals(List.of(), run.problems());
        assertEquals(2, run.records().size());
    }

    @Test
    void aCutOffGzipCostsTheDocumentBeingRead() throws IOException {
        byte[] plain = (DOC_1 + "\n" + DOC_2.repeat(1)).getBytes(StandardCharsets.UTF_8);
        byte[] gz = java.nio.file.Files.readAllBytes(ReaderRun.gzip(dir, "whole.gz", plain));
        Path cut = dir.resolve("cut.txt.gz");
        java.nio.file.Files.write(cut, Arrays.copyOf(gz, gz.length - 12)); // drop the trailer and some data
        ReaderRun run = ReaderRun.of(reader, cut);
        assertEquals(1, run.problems().size(), run.problemLines()::toString);
        Problem p = run.problems().get(0);
        assertEquals("TRUNCATED_FILE", p.code());
        assertEquals(Problem.Severity.SKIP, p.severity());
        assertEquals(List.of("100"), run.records().stream().map(PaperRecord::pmid).toList());
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        ReaderRun run = read("\n\n");
        assertEquals(List.of("WARN input.txt:2: EMPTY_FILE no PubTator document in this file"), run.problemLines());
    }
}
