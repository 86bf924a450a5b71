package org.paperkg.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The counts behind the statistics' pair rows (co-mentions, co-authors), over all named graphs: a
 * focus (a concept, a person), the subjects (papers) that have it through some properties, and
 * the other objects those subjects have through the same properties. An engine answers them on
 * its own indexes ({@link StoreEngine#pairScan}).
 */
public interface PairScan {

    /**
     * For each distinct subject that has {@code focus} as the object of one of {@code properties}:
     * every other object it has through them, once; each such object with the number of subjects
     * it shares with the focus.
     */
    Map<Node, Long> coMembers(List<Node> properties, Node focus);

    /** The number of distinct subjects that have {@code focus} through one of {@code properties}, counted up to {@code enough}. */
    long subjects(List<Node> properties, Node focus, long enough);

    /** The objects of at least {@code t} statements with {@code property}. */
    List<Node> objectsOfAtLeast(Node property, int t);
}
