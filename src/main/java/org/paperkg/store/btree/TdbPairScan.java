package org.paperkg.store.btree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.paperkg.store.PairScan;

/**
 * {@link PairScan} on TDB2's quad table in node ids: a focus's subjects and their members are
 * looked up without decoding a node, and only the other members are decoded at the end (once
 * each, not once per shared paper). Decoding was most of the time of a scan (a recount of the
 * 100 000-paper store: 32 s for 131 focuses with nodes).
 */
final class TdbPairScan implements PairScan {

    private final NodeTupleTable quads;
    private final NodeTable nodes;

    TdbPairScan(DatasetGraphTDB tdb) {
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
    }

    @Override
    public Map<Node, Long> coMembers(List<Node> propertyNodes, Node focus) {
        Map<Node, Long> out = new HashMap<>();
        NodeId f = nodes.getNodeIdForNode(focus);
        List<NodeId> properties = ids(propertyNodes);
        if (NodeId.isDoesNotExist(f) || properties.isEmpty()) return out;
        Map<NodeId, long[]> counts = new HashMap<>();
        Set<NodeId> members = new HashSet<>();
        for (NodeId subject : subjects(properties, f, Long.MAX_VALUE)) {
            members.clear();
            for (NodeId p : properties)
                for (Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, subject, p, NodeId.NodeIdAny); it.hasNext(); )
                    members.add(it.next().get(3));
            members.remove(f);
            for (NodeId m : members) counts.computeIfAbsent(m, k -> new long[1])[0]++;
        }
        counts.forEach((id, n) -> out.put(nodes.getNodeForNodeId(id), n[0]));
        return out;
    }

    @Override
    public long subjects(List<Node> propertyNodes, Node focus, long enough) {
        NodeId f = nodes.getNodeIdForNode(focus);
        List<NodeId> properties = ids(propertyNodes);
        return NodeId.isDoesNotExist(f) ? 0 : subjects(properties, f, enough).size();
    }

    private Set<NodeId> subjects(List<NodeId> properties, NodeId focus, long enough) {
        Set<NodeId> out = new LinkedHashSet<>();
        for (NodeId p : properties)
            for (Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, p, focus); it.hasNext() && out.size() < enough; )
                out.add(it.next().get(1));
        return out;
    }

    /** Counted on node ids: only the objects kept are decoded. */
    @Override
    public List<Node> objectsOfAtLeast(Node property, int t) {
        Map<NodeId, long[]> perObject = new HashMap<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(Node.ANY, Node.ANY, property, Node.ANY);
        if (it != null)
            while (it.hasNext()) perObject.computeIfAbsent(it.next().get(3), k -> new long[1])[0]++;
        List<Node> out = new ArrayList<>();
        perObject.forEach((id, n) -> {
            if (n[0] >= t) out.add(nodes.getNodeForNodeId(id));
        });
        return out;
    }

    private List<NodeId> ids(List<Node> properties) {
        List<NodeId> out = new ArrayList<>();
        for (Node p : properties) {
            NodeId id = nodes.getNodeIdForNode(p);
            if (!NodeId.isDoesNotExist(id)) out.add(id);
        }
        return out;
    }
}
