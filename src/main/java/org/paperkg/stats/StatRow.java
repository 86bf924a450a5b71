package org.paperkg.stats;

import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Node;

/** One row of the statistics: its kind and its key values (null where a key is absent). */
record StatRow(StatKind kind, List<Node> keys) {

    static StatRow of(StatKind kind, Node... keys) {
        if (keys.length != kind.keys.size()) throw new IllegalArgumentException(kind + " takes " + kind.keys.size() + " keys");
        return new StatRow(kind, Arrays.asList(keys));
    }

    Node key(int i) {
        return keys.get(i);
    }
}
