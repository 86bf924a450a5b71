package org.paperkg.fuzz;

import org.paperkg.ids.PrefixTable;
import org.paperkg.source.CardReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the paper card reader (Markdown). The seeds in {@code CardReaderFuzzTestInputs/cardFile}
 * replay in every build; {@code scripts/fuzz card MINUTES} fuzzes for real.
 */
class CardReaderFuzzTest {

    private static final CardReader READER = new CardReader(PrefixTable.defaults());

    @FuzzTest
    void cardFile(byte[] data) {
        ReaderProperty.check(READER, "fuzz.md", data);
    }
}
