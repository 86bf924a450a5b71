package org.paperkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.paperkg.testing.ProblemAssert.assertCounts;
import static org.paperkg.testing.ProblemAssert.assertProblems;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.paperkg.testing.ExpectedQuads;
import org.paperkg.testing.GraphAssert;
import org.paperkg.testing.Mapping;
import org.paperkg.testing.ShapesAssert;
import org.paperkg.testing.TestFiles;

/**
 * The example card (examples/000_b340d623e11a1f67.txt, copied to golden/example.md) against its
 * complete, hand-checked expected output golden/example.trig, compared as datasets (isomorphism),
 * printing the missing and the unexpected quads on failure.
 */
class ExampleGoldenTest {

    private static final DatasetGraph EXPECTED = ExpectedQuads.read(TestFiles.resource("golden/example.trig"));

    @Test
    void exampleCardMapsToExactlyTheGoldenQuads() {
        Mapping.Result r = Mapping.map(TestFiles.resource("golden/example.md"));
        assertProblems(r, List.of());
        assertCounts(r, 1, 1, Map.of());
        GraphAssert.assertIsomorphic(EXPECTED, r.dataset());
        assertEquals(184, r.summary().triples(), "the run's triple count is the number of quads it streamed");
    }

    @Test
    void goldenFileIsWhatTheContractSays() {
        // Guards the golden file itself: a hand edit that breaks the contract shows up here, not as a
        // confusing diff against the mapper.
        assertEquals(184, EXPECTED.stream().count(), "quads in golden/example.trig");
        assertEquals(1, ShapesAssert.assertConforms(EXPECTED), "one paper graph");
        assertFalse(EXPECTED.stream().anyMatch(ExampleGoldenTest::hasBlankNode), "no blank nodes in the contract");
    }

    @Test
    void mappingIsDeterministic() {
        DatasetGraph first = Mapping.map(TestFiles.resource("golden/example.md")).dataset();
        DatasetGraph second = Mapping.map(TestFiles.resource("golden/example.md")).dataset();
        assertFalse(first.stream().anyMatch(ExampleGoldenTest::hasBlankNode), "mapper output has no blank nodes");
        // with no blank nodes, isomorphism is equality of the quad sets
        assertEquals(List.of(), GraphAssert.difference(first, second));
        assertEquals(List.of(), GraphAssert.difference(second, first));
    }

    private static boolean hasBlankNode(Quad q) {
        return q.getGraph().isBlank() || q.getSubject().isBlank() || q.getObject().isBlank();
    }
}
