package org.paperkg.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.paperkg.testing.StrictRiot;

/** IRIs built from arbitrary text pass Jena's strict checking and keep the text recoverable. */
class IriFactoryTest {

    /** Text that has broken IRIs before: every ASCII char IRIs forbid, %, spaces, controls, non-ASCII. */
    static final List<String> NASTY = List.of(
            "10.1002/(SICI)1097-4636(199602)30:2<165::AID-JBM5>3.0.CO;2-O",
            "10.1000/a<b>c;d(e)f\"g{h}i|j^k`l\\m",
            "10.1000/100% pure%20already-encoded",
            "10.1000/with spaces  and\ttabs",
            "10.1000/#fragment?query=1&x=[y]",
            "10.1000/café/naïve/東京/Ελλάδα",
            "José García",
            "山田 太郎",
            "control\u0001chars\u007f\u0085",
            "lone surrogate \uD800 and U+FFFE \uFFFE and U+10FFFF \uDBFF\uDFFF",
            "emoji \uD83E\uDDEC",
            // found by fuzzing: RFC 3987 allows these, Jena's strict checker does not (deprecated, white space)
            "10.1000/\u0149 \u0F77 \u206A \u2329 \u3000 \u00A0 \u2028 \u205F",
            "http://purl.obolibrary.org/obo/MONDO_ME\u017B\u0155\u0149D*0100;\u03F019",
            // found by fuzzing: a supplementary private-use code point whose low 16 bits look like a surrogate
            "10.1000/\uDBF7\uDFEE\uDBFF\uDFFD\uDB80\uDC00");

    @TestFactory
    Stream<DynamicTest> segmentsAndPathsOfAnyTextAreStrictIris() {
        return NASTY.stream().flatMap(text -> Stream.of(
                DynamicTest.dynamicTest("segment: " + text, () -> assertStrict("https://example.org/x/" + IriFactory.segment(text))),
                DynamicTest.dynamicTest("path: " + text, () -> assertStrict("https://doi.org/" + IriFactory.path(text)))));
    }

    @Test
    void segmentEncodesSlashesAndDelimitersAndLosesNothing() {
        for (String text : NASTY) {
            String seg = IriFactory.segment(text);
            assertFalse(seg.contains("/") || seg.contains("#") || seg.contains("?") || seg.contains(" "), seg);
            if (!text.contains("\uD800") && !text.contains("%"))
                assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), decode(seg), "segment decodes back to the NFC text");
        }
        assertEquals("100%25", IriFactory.segment("100%"), "a literal % is encoded, never taken as an escape");
    }

    @Test
    void pathKeepsTheShapeOfADoi() {
        assertEquals("10.1002/(SICI)1097-4636(199602)30:2%3C165::AID-JBM5%3E3.0.CO;2-O",
                IriFactory.path("10.1002/(SICI)1097-4636(199602)30:2<165::AID-JBM5>3.0.CO;2-O"));
    }

    @Test
    void composedAndDecomposedTextGiveOneIri() {
        String composed = "Jos\u00e9";
        String decomposed = "Jose\u0301";
        assertEquals(IriFactory.segment(composed), IriFactory.segment(decomposed));
    }

    @Test
    void iriRejectsWhatIsNotAStrictAbsoluteIri() {
        assertThrows(IllegalArgumentException.class, () -> IriFactory.iri("relative/path"));
        assertThrows(IllegalArgumentException.class, () -> IriFactory.iri("https://example.org/a b"));
        assertThrows(IllegalArgumentException.class, () -> IriFactory.iri("https://example.org/<x>"));
        assertTrue(IriFactory.isValid("https://example.org/ok"));
    }

    /** The IRI passes IriFactory's own check AND a strict RIOT parse with warnings as failures. */
    static void assertStrict(String iri) {
        assertTrue(IriFactory.isValid(iri), "IriFactory.isValid: " + iri);
        String nt = "<" + iri + "> <http://example.org/p> \"x\" .\n";
        assertEquals(1, StrictRiot.parse(nt, Lang.NTRIPLES).getDefaultGraph().size(), nt);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
