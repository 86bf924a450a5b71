package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Content negotiation for looked-up IRIs: quality values, specificity, the HTML branch, refusals. */
class AcceptedFormatTest {

    private static Optional<AcceptedFormat.Choice> choose(String accept) {
        return AcceptedFormat.choose(accept);
    }

    private static AcceptedFormat.Choice rdf(RdfFormat f) {
        return new AcceptedFormat.Rdf(f);
    }

    @Test
    void noHeaderOrAnythingIsTurtle() {
        assertEquals(Optional.of(rdf(RdfFormat.TURTLE)), choose(null));
        assertEquals(Optional.of(rdf(RdfFormat.TURTLE)), choose(""));
        assertEquals(Optional.of(rdf(RdfFormat.TURTLE)), choose("*/*"));
        assertEquals(Optional.of(rdf(RdfFormat.TURTLE)), choose("application/*, text/*"));
    }

    @Test
    void theHighestQualityWins() {
        assertEquals(Optional.of(rdf(RdfFormat.NTRIPLES)), choose("text/turtle;q=0.5, application/n-triples"));
        assertEquals(Optional.of(rdf(RdfFormat.JSONLD)), choose("application/ld+json"));
        assertEquals(Optional.of(rdf(RdfFormat.RDFXML)), choose("application/rdf+xml;q=0.9, */*;q=0.1"));
        assertEquals(Optional.of(rdf(RdfFormat.NQUADS)), choose("application/n-quads, application/trig;q=0.8"));
        assertEquals(Optional.of(rdf(RdfFormat.TRIG)), choose("application/trig"));
    }

    @Test
    void theMostSpecificRangeGivesAnOffersQuality() {
        // text/turtle;q=0 refuses Turtle although */* accepts everything else
        assertEquals(Optional.of(rdf(RdfFormat.NTRIPLES)), choose("*/*;q=0.5, text/turtle;q=0"));
        assertEquals(Optional.of(rdf(RdfFormat.TURTLE)), choose("text/turtle;q=0.3, */*;q=0.2"));
    }

    @Test
    void aBrowserGetsTheHtmlBranch() {
        assertEquals(Optional.of(new AcceptedFormat.Html()), choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Optional.of(new AcceptedFormat.Html()), choose("text/html"));
        assertEquals(Optional.of(rdf(RdfFormat.TURTLE)), choose("text/html;q=0.5, text/turtle"));
    }

    @Test
    void nothingAcceptableIsEmptyAndAnUnreadableHeaderIsAnError() {
        assertTrue(choose("image/png").isEmpty());
        assertTrue(choose("text/turtle;q=0").isEmpty());
        assertTrue(choose("application/json").isEmpty(), "plain JSON is not JSON-LD");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> choose("turtle"));
        assertTrue(e.getMessage().startsWith("The Accept header could not be read"), e.getMessage());
    }
}
