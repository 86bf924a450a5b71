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
}
