package org.paperkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** {@link PairScan} through {@link DatasetGraph#findNG}: for any dataset, node by node. */
final class FindPairScan implements PairScan {

    private final DatasetGraph dsg;

    FindPairScan(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public Map<Node, Long> coMembers(List<Node> properties, Node focus) {
        Map<Node, Long> out = new HashMap<>();
        Set<Node> members = new HashSet<>();
        for (Node subject : subjectsOf(properties, focus, Long.MAX_VALUE)) {
            members.clear();
            for (Node p : properties)
                for (Iterator<Quad> it = dsg.findNG(Node.ANY, subject, p, Node.ANY); it.hasNext(); ) members.add(it.next().getObject());
            members.remove(focus);
            for (Node other : members) out.merge(other, 1L, Long::sum);
        }
        return out;
    }

    @Override
    public long subjects(List<Node> properties, Node focus, long enough) {
        return subjectsOf(properties, focus, enough).size();
    }

    /** The distinct subjects that have {@code focus}, up to {@code enough} of them. */
    private Set<Node> subjectsOf(List<Node> properties, Node focus, long enough) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : properties)
            for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, p, focus); it.hasNext() && out.size() < enough; )
                out.add(it.next().getSubject());
        return out;
    }

    @Override
    public List<Node> objectsOfAtLeast(Node property, int t) {
        Map<Node, long[]> perObject = new HashMap<>();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, property, Node.ANY); it.hasNext(); )
            perObject.computeIfAbsent(it.next().getObject(), k -> new long[1])[0]++;
        List<Node> out = new ArrayList<>();
        perObject.forEach((object, n) -> {
            if (n[0] >= t) out.add(object);
        });
        return out;
    }
}
