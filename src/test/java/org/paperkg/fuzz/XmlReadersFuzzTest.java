package org.paperkg.fuzz;

import org.paperkg.ids.PrefixTable;
import org.paperkg.source.BiocXmlReader;
import org.paperkg.source.PubMedXmlReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the XML readers, PubMed and BioC XML. The seeds in {@code XmlReadersFuzzTestInputs/<method>}
 * replay in every build; {@code scripts/fuzz pubmed|bioc-xml MINUTES} fuzzes for real.
 */
class XmlReadersFuzzTest {

    private static final PubMedXmlReader PUBMED = new PubMedXmlReader(PrefixTable.defaults());
    private static final BiocXmlReader BIOC = new BiocXmlReader(PrefixTable.defaults());

    @FuzzTest
    void pubmedXml(byte[] data) {
        ReaderProperty.check(PUBMED, "fuzz-pubmed.xml", data);
    }

    @FuzzTest
    void biocXml(byte[] data) {
        ReaderProperty.check(BIOC, "fuzz-bioc.xml", data);
    }
}
