package org.paperkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The hand-off between the mapping thread and the indexing thread: order, completeness, failures. */
class QuadHandOffTest {

    @Test
    void passesEveryQuadOnInOrderBeforeFinishReturns() {
        List<Quad> seen = new ArrayList<>();
        List<Quad> given = quads(10_001); // more than two batches, the last one partial
        try (QuadHandOff handOff = new QuadHandOff("test-index", seen::add)) {
            given.forEach(handOff);
            handOff.finish();
        }
        assertEquals(given, seen);
    }

    @Test
    void aFailureOfTheConsumerReachesTheMappingThread() {
        IllegalStateException boom = new IllegalStateException("index full");
        int[] n = {0};
        try (QuadHandOff handOff = new QuadHandOff("test-index", q -> {
            if (++n[0] == 5000) throw boom;
        })) {
            // the mapper is stopped while it gives quads (the queue fills) or at the latest by finish
            RuntimeException e = assertThrows(RuntimeException.class, () -> {
                quads(200_000).forEach(handOff);
                handOff.finish();
            });
            assertTrue(e == boom, "the consumer's own exception: " + e);
            assertTrue(n[0] == 5000, "nothing consumed after the failure: " + n[0]);
        }
    }

    private static List<Quad> quads(int n) {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < n; i++)
            out.add(Quad.create(NodeFactory.createURI("http://example.org/g" + i / 100), NodeFactory.createURI("http://example.org/s" + i),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o" + i)));
        return out;
    }
}
