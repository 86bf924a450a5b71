package org.paperkg.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DOI, PMID and PMCID normalisation: the forms the shapes accept, or nothing. */
class PaperIdsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        10.3390/ijms27062602                       | 10.3390/ijms27062602
        10.3390/IJMS27062602                       | 10.3390/ijms27062602
        doi:10.1000/ABC                            | 10.1000/abc
        DOI: 10.1000/abc                           | 10.1000/abc
        https://doi.org/10.1000/abc                | 10.1000/abc
        http://dx.doi.org/10.1000/abc              | 10.1000/abc
        info:doi/10.1000/abc                       | 10.1000/abc
        10.1002/(SICI)1097-4636(199602)30:2<165::AID-JBM5>3.0.CO;2-O | 10.1002/(sici)1097-4636(199602)30:2<165::aid-jbm5>3.0.co;2-o
        """)
    void doisAreLowerCasedWithoutResolverPrefix(String raw, String doi) {
        assertEquals(Optional.of(doi), PaperIds.doi(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-doi", "10.12/abc", "11.1000/abc", "10.1000/", "10.1000/a b"})
    void notDois(String raw) {
        assertEquals(Optional.empty(), PaperIds.doi(raw));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        31234567       | 31234567
        0012345        | 12345
        PMID: 12345    | 12345
        pmid12345      | 12345
        """)
    void pmids(String raw, String pmid) {
        assertEquals(Optional.of(pmid), PaperIds.pmid(raw));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        PMC6543210       | PMC6543210
        pmc6543210       | PMC6543210
        6543210          | PMC6543210
        PMC 06543210     | PMC6543210
        PMCID: PMC123    | PMC123
        """)
    void pmcids(String raw, String pmcid) {
        assertEquals(Optional.of(pmcid), PaperIds.pmcid(raw));
    }

    /** Zero is no PubMed or PMC id (both start at 1; the shapes require [1-9][0-9]*). */
    @ParameterizedTest
    @ValueSource(strings = {"0", "000", "PMC0", "PMC000", "abc", "PMC", "12a"})
    void notPubMedIds(String raw) {
        assertEquals(Optional.empty(), PaperIds.pmid(raw), "pmid " + raw);
        assertEquals(Optional.empty(), PaperIds.pmcid(raw), "pmcid " + raw);
    }
}
