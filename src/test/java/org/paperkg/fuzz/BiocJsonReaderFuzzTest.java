package org.paperkg.fuzz;

import org.paperkg.ids.PrefixTable;
import org.paperkg.source.BiocJsonReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the BioC JSON reader. The seeds in {@code BiocJsonReaderFuzzTestInputs/biocJson} replay in
 * every build; {@code scripts/fuzz bioc-json MINUTES} fuzzes for real.
 */
class BiocJsonReaderFuzzTest {

    private static final BiocJsonReader READER = new BiocJsonReader(PrefixTable.defaults());

    @FuzzTest
    void biocJson(byte[] data) {
        ReaderProperty.check(READER, "fuzz.json", data);
    }
}
