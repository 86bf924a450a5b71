package org.paperkg.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.paperkg.testing.TestFiles;

/** A paper read from a card and its PubMed record (PubMed 29963580, with two ORCIDs), for the tests of one paper across sources. */
public final class AuthorMergeTestFiles {

    private AuthorMergeTestFiles() {}

    /** The card of PubMed 29963580 (no PMCID: the PubMed record brings it), and a card-only paper by one of its authors. */
    public static Path cards(Path dir) throws IOException {
        Path f = dir.resolve("cards.md");
        Files.writeString(f, """
                # Development of a pulmonary imaging biomarker pipeline

                **Authors:** Fumin Guo, Dante Capaldi, Miranda Kirby, Khadija Sheikh, Sarah Svenningsen, David G. McCormack, Aaron Fenster, Grace Parraga

                PMID: 29963580 · DOI: 10.1117/1.JMI.5.2.026002 · 2018

                ## Abstract

                Pulmonary imaging.

                ---
                Source: https://example.org/paper/29963580

                # Another paper by one of the authors

                **Authors:** Aaron Fenster, Jane Roe

                DOI: 10.1000/another · 2020

                ## Abstract

                Ultrasound.

                ---
                Source: https://example.org/paper/another
                """);
        return f;
    }

    public static Path pubmed() {
        return TestFiles.resource("data/pubmed/biopython/pubmed7.xml.gz");
    }

}
