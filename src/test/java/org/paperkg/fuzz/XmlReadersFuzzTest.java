package org.paperkg.fuzz;

import org.paperkg.ids.PrefixTable;
import org.paperkg.source.BiocXmlReader;
import org.paperkg.source.JatsXmlReader;
import org.paperkg.source.PubMedXmlReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the XML readers, PubMed, BioC and JATS XML. The seeds in {@code XmlReadersFuzzTestInputs/<method>}
 * replay in every build; {@code scripts/fuzz pubmed|bioc-xml|jats MINUTES} fuzzes for real.
 */
class XmlReadersFuzzTest {

    private static final PubMedXmlReader PUBMED = new PubMedXmlReader(PrefixTable.defaults());
    private static final BiocXmlReader BIOC = new BiocXmlReader(PrefixTable.defaults());
    private static final JatsXmlReader JATS = new JatsXmlReader();

    @FuzzTest
    void pubmedXml(byte[] data) {
        ReaderProperty.check(PUBMED, "fuzz-pubmed.xml", data);
    }

    @FuzzTest
    void biocXml(byte[] data) {
        ReaderProperty.check(BIOC, "fuzz-bioc.xml", data);
    }

    @FuzzTest
    void jatsXml(byte[] data) {
        ReaderProperty.check(JATS, "fuzz-jats.nxml", data);
    }
}
