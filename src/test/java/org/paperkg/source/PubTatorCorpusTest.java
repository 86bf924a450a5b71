package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;

/**
 * The real BioCreative V CDR and NCBI Disease training and development sets (src/test/resources/data/pubtator,
 * see SOURCES.md there): read without a single problem, with as many documents, mentions and relations
 * as the files have lines of each kind, and with hand-checked concepts, quotes and offsets.
 */
class PubTatorCorpusTest {

    private static final String DIR = "/data/pubtator/";
    private static final Pattern TITLE_LINE = Pattern.compile("\\d+\\|t\\|.*");

    /** The corpus's own counts, from its lines alone (no reader code involved). */
    private record LineCounts(long documents, long mentions, long relations, long idParts, long unnormalised) {
        static LineCounts of(List<String> lines) {
            long docs = 0, mentions = 0, relations = 0, parts = 0, minusOne = 0;
            for (String line : lines) {
                if (TITLE_LINE.matcher(line).matches()) docs++;
                String[] f = line.split("\t");
                if (f.length >= 6) {
                    mentions++;
                    for (String part : f[5].split("[|+]")) {
                        parts++;
                        if (part.strip().equals("-1")) minusOne++;
                    }
                } else if (f.length == 4) {
                    relations++;
                }
            }
            return new LineCounts(docs, mentions, relations, parts, minusOne);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "CDR_TrainingSet.PubTator.txt.gz,    500, 9385, 1038",
            "CDR_DevelopmentSet.PubTator.txt.gz, 500, 9591, 1012",
            "NCBItrainset_corpus.txt.gz,         593, 5145, 0",
            "NCBIdevelopset_corpus.txt.gz,       100, 787,  0"})
    void everyDocumentIsReadWithoutProblemsAndCountsMatchTheCorpus(String name, long docs, long mentions, long relations)
            throws IOException {
        PubTatorReader reader = new PubTatorReader(PrefixTable.defaults());
        ReaderRun run = ReaderRun.of(reader, ReaderRun.resource(DIR + name));
        assertEquals(List.of(), run.problemLines(), "no problem of any kind, warnings included");

        LineCounts corpus = LineCounts.of(ReaderRun.lines(DIR + name));
        assertEquals(docs, corpus.documents(), "documents in the corpus (SOURCES.md)");
        assertEquals(mentions, corpus.mentions(), "mention lines in the corpus (SOURCES.md)");
        assertEquals(relations, corpus.relations(), "relation lines in the corpus (SOURCES.md)");

        assertEquals(corpus.documents(), run.records().size());
        assertEquals(corpus.mentions(), run.records().stream().mapToLong(r -> r.mentions().size()).sum());
        assertEquals(corpus.relations(), run.records().stream().mapToLong(r -> r.relations().size()).sum());
        assertEquals(corpus.idParts(), run.records().stream().flatMap(r -> r.mentions().stream())
                .mapToLong(m -> m.concepts().size()).sum(), "one concept per part of a composite id");
        assertEquals(corpus.unnormalised(), reader.tally().unnormalisedIds(), "-1 ids are counted");
        assertEquals(corpus.documents(), reader.tally().documents());
        assertEquals(0, reader.tally().mentionsWithoutOffsets());

        for (PaperRecord r : run.records()) {
            assertEquals("pubtator", r.source());
            assertTrue(r.pmid().matches("\\d+"), r.pmid());
            assertEquals(1, r.texts().size());
            SourceText text = r.texts().get(0);
            assertEquals("title-abstract", text.section());
            assertEquals(r.title() + " " + r.abstractText(), text.text());
            for (Mention m : r.mentions()) {
                assertEquals(Mention.Kind.TEXT, m.kind());
                assertEquals("title-abstract", m.section());
                assertTrue(m.hasOffsets(), m::toString);
                assertEquals(m.text(), codePoints(text.text(), m.start(), m.end()), m::toString);
                for (ConceptRef c : m.concepts())
                    assertTrue(c instanceof ConceptRef.Resolved || c.raw().equals("-1"), c::toString);
            }
            for (Relation rel : r.relations()) {
                assertEquals("CID", rel.type());
                assertInstanceOf(ConceptRef.Resolved.class, rel.subject().get(0));
                assertInstanceOf(ConceptRef.Resolved.class, rel.object().get(0));
            }
        }
    }

    @Test
    void theTwiceListedNcbiDocumentIsReadTwiceAsNormalRecords() throws IOException {
        ReaderRun run = ReaderRun.of(new PubTatorReader(PrefixTable.defaults()), ReaderRun.resource(DIR + "NCBItrainset_corpus.txt.gz"));
        List<PaperRecord> both = run.records().stream().filter(r -> r.pmid().equals("8528200")).toList();
        assertEquals(2, both.size());
        assertTrue(both.get(0).origin().line() < both.get(1).origin().line());
        assertEquals(592, run.records().stream().map(PaperRecord::pmid).distinct().count());
    }

    @Test
    void cdrDocumentWithSupplementaryConceptAndCompositeId() throws IOException {
        PaperRecord r = read("CDR_TrainingSet.PubTator.txt.gz").record("7265370");
        assertEquals("Triamterene nephrolithiasis complicating dyazide therapy.", r.title());
        assertEquals(new SourceRef("CDR_TrainingSet.PubTator.txt.gz", 776), r.origin());
        assertMentions(r, """
                0 11 Triamterene | Chemical | http://id.nlm.nih.gov/mesh/D014223
                12 27 nephrolithiasis | Disease | http://id.nlm.nih.gov/mesh/D053040
                41 48 dyazide | Chemical | http://id.nlm.nih.gov/mesh/C020743
                68 79 triamterene | Chemical | http://id.nlm.nih.gov/mesh/D014223
                80 95 nephrolithiasis | Disease | http://id.nlm.nih.gov/mesh/D053040
                134 165 hydrochlorothiazide-triamterene | Chemical | http://id.nlm.nih.gov/mesh/C020743
                178 190 hypertension | Disease | http://id.nlm.nih.gov/mesh/D006973
                250 261 triamterene | Chemical | http://id.nlm.nih.gov/mesh/D014223
                286 301 uric acid salts | Chemical | http://id.nlm.nih.gov/mesh/D014527 http://id.nlm.nih.gov/mesh/D012492
                321 332 triamterene | Chemical | http://id.nlm.nih.gov/mesh/D014223
                333 348 nephrolithiasis | Disease | http://id.nlm.nih.gov/mesh/D053040
                """);
        assertEquals(1, r.relations().size());
        Relation cid = r.relations().get(0);
        assertEquals("CID", cid.type());
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D014223"), iris(cid.subject()));
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D053040"), iris(cid.object()));
    }

    @Test
    void cdrDocumentWithUnnormalisedMentionAndThreePartComposite() throws IOException {
        PaperRecord r = read("CDR_TrainingSet.PubTator.txt.gz").record("11587867");
        assertMentions(r, """
                6 25 myeloencephalopathy | Disease | http://id.nlm.nih.gov/mesh/D001927
                56 66 vincristin | Chemical | http://id.nlm.nih.gov/mesh/D014750
                161 172 vincristine | Chemical | http://id.nlm.nih.gov/mesh/D014750
                222 250 acute lymphoblastic leucemia | Disease | http://id.nlm.nih.gov/mesh/D054198
                278 300 lymphoblastic lymphoma | Disease | http://id.nlm.nih.gov/mesh/D054198
                378 389 vincristine | Chemical | http://id.nlm.nih.gov/mesh/D014750
                447 490 opistothonus, sensory and motor dysfunction | Disease | http://id.nlm.nih.gov/mesh/D020258 http://id.nlm.nih.gov/mesh/D020258 http://id.nlm.nih.gov/mesh/D020258
                505 514 paralysis | Disease | http://id.nlm.nih.gov/mesh/D010243
                608 640 degeneration of myelin and axons | Disease | http://id.nlm.nih.gov/mesh/D003711 http://id.nlm.nih.gov/mesh/D009410
                652 679 pseudocystic transformation | Disease | unnormalised:-1
                700 711 vincristine | Chemical | http://id.nlm.nih.gov/mesh/D014750
                970 981 vincristine | Chemical | http://id.nlm.nih.gov/mesh/D014750
                """);
        assertEquals(List.of("D014750>D020258", "D014750>D009410", "D014750>D003711"), r.relations().stream()
                .map(rel -> rel.subject().get(0).raw() + ">" + rel.object().get(0).raw()).toList());
    }

    @Test
    void ncbiDocumentWithOmimComposites() throws IOException {
        PaperRecord r = read("NCBItrainset_corpus.txt.gz").record("102474");
        assertMentions(r, """
                0 40 Combined genetic deficiency of C6 and C7 | CompositeMention | https://omim.org/entry/610102 https://omim.org/entry/612446
                117 150 sub-total deficiency of C6 and C7 | CompositeMention | https://omim.org/entry/610102 https://omim.org/entry/612446
                298 311 C6 deficiency | SpecificDisease | https://omim.org/entry/612446
                """);
        assertEquals(List.of(), r.relations());
    }

    @Test
    void ncbiDocumentsWithPlusCompositeAndBlankAroundAnId() throws IOException {
        ReaderRun dev = read("NCBIdevelopset_corpus.txt.gz");
        assertMentions(dev.record("9122265"), """
                14 51 autosomal dominant myotonia congenita | SpecificDisease | https://omim.org/entry/160800
                108 145 Autosomal dominant myotonia congenita | SpecificDisease | https://omim.org/entry/160800
                152 189 inherited disorder of skeletal muscle | DiseaseClass | http://id.nlm.nih.gov/mesh/D009135 http://id.nlm.nih.gov/mesh/D030342
                """);
        assertMentions(dev.record("8808605"), """
                154 171 enzyme deficiency | DiseaseClass | http://id.nlm.nih.gov/mesh/D008661
                376 427 glucose-6-phosphate dehydrogenase (G6PD) deficiency | SpecificDisease | http://id.nlm.nih.gov/mesh/D005955
                572 611 chronic nonspherocytic hemolytic anemia | SpecificDisease | http://id.nlm.nih.gov/mesh/D000746
                677 692 G6PD deficiency | SpecificDisease | http://id.nlm.nih.gov/mesh/D005955
                1368 1383 G6PD deficiency | SpecificDisease | http://id.nlm.nih.gov/mesh/D005955
                """);
        // the file starts with a blank line: the first title is on line 2
        assertEquals(2, dev.records().get(0).origin().line());
    }

    private static ReaderRun read(String name) throws IOException {
        return ReaderRun.of(new PubTatorReader(PrefixTable.defaults()), ReaderRun.resource(DIR + name));
    }

    /** Each expected line: {@code start end text | type | iri iri …} ({@code unnormalised:raw} for -1). */
    static void assertMentions(PaperRecord r, String expected) {
        List<String> actual = new ArrayList<>();
        for (Mention m : r.mentions())
            actual.add(m.start() + " " + m.end() + " " + m.text() + " | " + m.entityType() + " | "
                    + m.concepts().stream().map(PubTatorCorpusTest::iri).collect(Collectors.joining(" ")));
        assertEquals(expected.strip().lines().map(String::strip).toList(), actual);
        String text = r.texts().get(0).text();
        for (Mention m : r.mentions())
            assertEquals(m.text(), codePoints(text, m.start(), m.end()));
    }

    static String iri(ConceptRef c) {
        if (c instanceof ConceptRef.Resolved res) return res.iri();
        ConceptRef.Unresolved u = (ConceptRef.Unresolved) c;
        return u.code().toLowerCase() + ":" + u.raw();
    }

    private static List<String> iris(List<ConceptRef> refs) {
        return refs.stream().map(PubTatorCorpusTest::iri).toList();
    }

    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
