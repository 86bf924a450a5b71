package org.paperkg.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The comparison helpers themselves: a failure must name what is missing and what is unexpected. */
class GraphAssertTest {

    private static final String PREFIXES = "PREFIX ex: <http://example.org/> ";

    private static DatasetGraph trig(String body) {
        return StrictRiot.parse(PREFIXES + body, Lang.TRIG);
    }

    @Test
    void isomorphicDatasetsPass() {
        assertDoesNotThrow(() -> GraphAssert.assertIsomorphic(
                trig("GRAPH ex:g { ex:a ex:p 1 , 2 }"), trig("GRAPH ex:g { ex:a ex:p 2 . ex:a ex:p 1 }")));
    }

    @Test
    void failureListsMissingAndUnexpectedQuads() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> GraphAssert.assertIsomorphic(
                trig("GRAPH ex:g { ex:a ex:p 1 , 2 }"), trig("GRAPH ex:g { ex:a ex:p 1 , 3 }")));
        String m = e.getMessage();
        assertTrue(m.contains("1 missing, 1 unexpected"), m);
        assertTrue(m.matches("(?s).*missing.*<http://example.org/a> <http://example.org/p> 2 .*unexpected.*<http://example.org/a> <http://example.org/p> 3 .*"), m);
    }

    @Test
    void sameTriplesInAnotherGraphAreADifference() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> GraphAssert.assertIsomorphic(
                trig("GRAPH ex:g { ex:a ex:p 1 }"), trig("GRAPH ex:h { ex:a ex:p 1 }")));
        assertTrue(e.getMessage().contains("GRAPH <http://example.org/h>"), e.getMessage());
    }

    @Test
    void expectationPatternsBindBlankNodesAndCloseSubjectPredicatePairs() {
        DatasetGraph actual = trig("GRAPH ex:g { ex:s ex:p 1 , 2 . ex:ann1 ex:body ex:c ; ex:target ex:t1 . ex:t1 ex:exact \"x\" }");
        // pattern through blank nodes matches; ex:s ex:p is closed over {1, 2}
        assertDoesNotThrow(() -> ExpectedQuads.check(
                trig("GRAPH ex:g { ex:s ex:p 1 , 2 . [] ex:body ex:c ; ex:target [ ex:exact \"x\" ] }"), null, actual));
        AssertionFailedError closed = assertThrows(AssertionFailedError.class, () -> ExpectedQuads.check(
                trig("GRAPH ex:g { ex:s ex:p 1 }"), null, actual));
        assertTrue(closed.getMessage().contains("unexpected") && closed.getMessage().contains("<http://example.org/p> 2"), closed.getMessage());
        AssertionFailedError pattern = assertThrows(AssertionFailedError.class, () -> ExpectedQuads.check(
                trig("GRAPH ex:g { ex:s ex:p 1 , 2 . [] ex:body ex:c ; ex:target [ ex:exact \"y\" ] }"), null, actual));
        assertTrue(pattern.getMessage().contains("no match at all for: _:") && pattern.getMessage().contains("\"y\""), pattern.getMessage());
        AssertionFailedError absent = assertThrows(AssertionFailedError.class, () -> ExpectedQuads.check(
                trig("GRAPH ex:g { ex:s ex:p 1 , 2 }"), trig("GRAPH ex:g { [] ex:body ex:c }"), actual));
        assertTrue(absent.getMessage().contains("must be absent but matched"), absent.getMessage());
    }
}
