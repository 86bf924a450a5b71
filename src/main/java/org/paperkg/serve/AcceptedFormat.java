package org.paperkg.serve;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses what to answer a lookup with from an {@code Accept} header (RFC 9110, 12.5.1): for each
 * type offered, the most specific range of the header that matches it gives its quality ({@code
 * text/turtle;q=0} refuses Turtle even beside {@code *}{@code /*}); the offer of highest quality
 * wins, ties going to the server's order (Turtle first); quality 0 is "not acceptable". A browser,
 * whose header names {@code text/html}, gets the page. Jena's {@link AcceptList} parses the header;
 * its own matching ranks by quality before specificity, so it is not used for the choice.
 */
final class AcceptedFormat {

    /** What the client gets: one RDF format, or the HTML page. */
    sealed interface Choice permits Rdf, Html {}

    record Rdf(RdfFormat format) implements Choice {}

    record Html() implements Choice {}

    static final String HTML = "text/html";

    private AcceptedFormat() {}

    /**
     * The choice for this header (absent or empty: Turtle), empty when nothing offered is acceptable.
     *
     * @throws IllegalArgumentException when the header cannot be read
     */
    static Optional<Choice> choose(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(new Rdf(RdfFormat.TURTLE));
        List<MediaRange> ranges = parse(accept);
        Choice best = null;
        double bestQ = 0;
        for (RdfFormat f : RdfFormat.values()) {
            double q = quality(ranges, MediaType.create(f.mediaType));
            if (q > bestQ) {
                best = new Rdf(f);
                bestQ = q;
            }
        }
        // after Turtle's turn so that */* stays Turtle; a named text/html beats a wildcard RDF match
        double html = quality(ranges, MediaType.create(HTML));
        if (html > bestQ || (html == bestQ && html > 0 && specificity(ranges, MediaType.create(HTML)) == 2
                && best instanceof Rdf r && specificity(ranges, MediaType.create(r.format().mediaType)) < 2))
            best = new Html();
        return Optional.ofNullable(best);
    }

    private static List<MediaRange> parse(String accept) {
        try {
            List<MediaRange> ranges = new AcceptList(accept).entries();
            for (MediaRange r : ranges)
                if (r.getType() == null || r.getSubType() == null || r.getType().isEmpty() || r.getSubType().isEmpty())
                    throw new IllegalArgumentException(r.toString());
            return ranges;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The Accept header could not be read (" + accept + "): media ranges look like text/turtle;q=0.9.", e);
        }
    }

    /** The quality the most specific matching range gives {@code offer}; 0 when none matches. */
    private static double quality(List<MediaRange> ranges, MediaType offer) {
        MediaRange match = mostSpecific(ranges, offer);
        return match == null ? 0 : match.get_q();
    }

    private static int specificity(List<MediaRange> ranges, MediaType offer) {
        MediaRange match = mostSpecific(ranges, offer);
        return match == null ? -1 : specificity(match);
    }

    private static MediaRange mostSpecific(List<MediaRange> ranges, MediaType offer) {
        MediaRange best = null;
        for (MediaRange r : ranges)
            if (r.accepts(offer) && (best == null || specificity(r) > specificity(best))) best = r;
        return best;
    }

    private static int specificity(MediaRange r) {
        if (r.getType().equals("*")) return 0;
        return r.getSubType().equals("*") ? 1 : 2;
    }
}
