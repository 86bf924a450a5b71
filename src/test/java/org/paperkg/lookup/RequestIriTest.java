package org.paperkg.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A request path is the IRI paperkg minted, however the client encoded it; anything else names nothing. */
class RequestIriTest {

    private static final String BASE = "https://w3id.org/paperkg/";

    @Test
    void pathsAreTheMintedIris() {
        assertEquals(Optional.of(BASE + "paper/pmc/PMC13027165"), RequestIri.of(BASE, "paper/pmc/PMC13027165"));
        // a DOI is one segment: its slash stays encoded
        assertEquals(Optional.of(BASE + "paper/doi/10.1000%2Fxyz"), RequestIri.of(BASE, "paper/doi/10.1000%2fxyz"));
        // unreserved and non-ASCII letters arrive percent-encoded; the IRI has them as they are
        assertEquals(Optional.of(BASE + "person/jose-garc~ia"), RequestIri.of(BASE, "person/jose-garc%7Eia"));
        assertEquals(Optional.of(BASE + "person/राम"), RequestIri.of(BASE, "person/%E0%A4%B0%E0%A4%BE%E0%A4%AE"));
        assertEquals(Optional.of(BASE + "person/a%20b"), RequestIri.of(BASE, "person/a%20b"));
    }

    @Test
    void brokenEscapesDotSegmentsAndNonIrisNameNothing() {
        assertEquals(Optional.empty(), RequestIri.of(BASE, "paper/%ZZ"));
        assertEquals(Optional.empty(), RequestIri.of(BASE, "paper/%4"));
        assertEquals(Optional.empty(), RequestIri.of(BASE, "paper/%2E%2E/kg"));
        assertEquals(Optional.empty(), RequestIri.of(BASE, "paper/../kg"));
        assertEquals(Optional.empty(), RequestIri.of(BASE, "paper/a b"));
        assertEquals(Optional.empty(), RequestIri.of(BASE, ""));
    }
}
