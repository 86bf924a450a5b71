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
}
