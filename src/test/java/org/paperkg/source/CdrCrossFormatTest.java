package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;

/**
 * The BioCreative V CDR corpus in its two official forms, PubTator and BioC XML, must give the same
 * concepts per paper. BioC XML splits composite mentions into their parts, so mention counts differ,
 * but every part's offsets must cut its text out of the same "title abstract" text PubTator counts in.
 */
class CdrCrossFormatTest {

    private static final PrefixTable PREFIXES = PrefixTable.defaults();

    @ParameterizedTest
    @CsvSource({"CDR_TrainingSet.PubTator.txt.gz, CDR_TrainingSet.BioC.xml.gz, 3",
                "CDR_DevelopmentSet.PubTator.txt.gz, CDR_DevelopmentSet.BioC.xml.gz, 1"})
    void bothFormsGiveTheSameConceptsPerPaperAndTheSameText(String pubtator, String bioc, int knownBadOffsets) throws IOException {
        ReaderRun fromPubTator = ReaderRun.of(new PubTatorReader(PREFIXES), ReaderRun.resource("/data/pubtator/" + pubtator));
        ReaderRun fromBioc = ReaderRun.of(new BiocXmlReader(PREFIXES), ReaderRun.resource("/data/bioc-cdr/" + bioc));

        Map<String, Set<String>> a = conceptsByPmid(fromPubTator.records());
        Map<String, Set<String>> b = conceptsByPmid(fromBioc.records());
        assertEquals(500, a.size());
        assertEquals(a.keySet(), b.keySet(), "the same papers");
        List<String> differences = new ArrayList<>();
        for (String pmid : a.keySet())
            if (!a.get(pmid).equals(b.get(pmid))) differences.add(pmid + ": PubTator " + a.get(pmid) + " BioC " + b.get(pmid));
        assertEquals(List.of(), differences, "concepts per paper");

        for (PaperRecord r : fromBioc.records()) {
            PaperRecord twin = fromPubTator.record(r.pmid());
            assertEquals(twin.texts(), r.texts(), "the text offsets count in, for PMID " + r.pmid());
            String text = r.texts().get(0).text();
            for (Mention m : r.mentions())
                if (m.hasOffsets())
                    assertEquals(m.text(), cut(text, m.start(), m.end()), "offsets of '" + m.text() + "' in PMID " + r.pmid());
        }
        long withoutOffsets = fromBioc.problems().stream().filter(p -> p.code().equals("OFFSET_MISMATCH")).count();
        assertEquals(knownBadOffsets, withoutOffsets, "the corpus's own bad BioC locations are reported, the rest cut out their text");
        assertTrue(fromBioc.records().stream().mapToLong(r -> r.mentions().size()).sum()
                > fromPubTator.records().stream().mapToLong(r -> r.mentions().size()).sum(), "BioC splits composites into parts");
    }

    private static Map<String, Set<String>> conceptsByPmid(List<PaperRecord> records) {
        Map<String, Set<String>> m = new TreeMap<>();
        for (PaperRecord r : records) {
            Set<String> concepts = m.computeIfAbsent(r.pmid(), k -> new TreeSet<>());
            for (Mention mention : r.mentions())
                for (ConceptRef c : mention.concepts())
                    if (c instanceof ConceptRef.Resolved res) concepts.add(res.iri());
        }
        return m;
    }

    private static String cut(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
