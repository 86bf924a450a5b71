package org.paperkg.fuzz;

import org.paperkg.ids.PrefixTable;
import org.paperkg.source.PubTatorReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the PubTator reader. The seeds in {@code PubTatorReaderFuzzTestInputs/pubtatorFile}
 * replay in every build; {@code scripts/fuzz pubtator MINUTES} fuzzes for real.
 */
class PubTatorReaderFuzzTest {

    private static final PubTatorReader READER = new PubTatorReader(PrefixTable.defaults());

    @FuzzTest
    void pubtatorFile(byte[] data) {
        ReaderProperty.check(READER, "fuzz.pubtator", data);
    }
}
