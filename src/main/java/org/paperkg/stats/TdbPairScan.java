package org.paperkg.stats;

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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.vocab.Terms;

/**
 * {@link PairRows#scan} on TDB2's quad table in node ids: a focus's subjects and their members are
 * looked up without decoding a node, and only the other members are decoded at the end (once
 * each, not once per shared paper). Decoding was most of the time of a scan (a recount of the
 * 100 000-paper store: 32 s for 131 focuses with nodes).
 */
final class TdbPairScan {

    private final NodeTupleTable quads;
    private final NodeTable nodes;

    private TdbPairScan(DatasetGraphTDB tdb) {
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
    }

    /** The scanner of a TDB2 store, or null for another store. */
    static TdbPairScan of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = tdb(dsg);
        return tdb == null ? null : new TdbPairScan(tdb);
    }

    /** The TDB2 storage of {@code dsg}, or null; a bulk load's staging store is one without the usual wrapper. */
    static DatasetGraphTDB tdb(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphTDB t) return t;
        return TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
    }

    Map<Node, Long> scan(PairKind kind, Node focus) {
        Map<Node, Long> out = new HashMap<>();
        NodeId f = nodes.getNodeIdForNode(focus);
        List<NodeId> properties = properties(kind);
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

    long subjects(PairKind kind, Node focus, long enough) {
        NodeId f = nodes.getNodeIdForNode(focus);
        List<NodeId> properties = properties(kind);
        return NodeId.isDoesNotExist(f) ? 0 : subjects(properties, f, enough).size();
    }

    private Set<NodeId> subjects(List<NodeId> properties, NodeId focus, long enough) {
        Set<NodeId> out = new LinkedHashSet<>();
        for (NodeId p : properties)
            for (Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, p, focus); it.hasNext() && out.size() < enough; )
                out.add(it.next().get(1));
        return out;
    }

    /** The people in at least {@code t} dcterms:creator statements, counted on node ids. */
    List<Node> creatorsOfAtLeast(int t) {
        Map<NodeId, long[]> perPerson = new HashMap<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(Node.ANY, Node.ANY, Terms.DCT_CREATOR, Node.ANY);
        if (it != null)
            while (it.hasNext()) perPerson.computeIfAbsent(it.next().get(3), k -> new long[1])[0]++;
        List<Node> out = new ArrayList<>();
        perPerson.forEach((id, n) -> {
            if (n[0] >= t) out.add(nodes.getNodeForNodeId(id));
        });
        return out;
    }

    private List<NodeId> properties(PairKind kind) {
        List<NodeId> out = new ArrayList<>();
        for (Node p : kind.properties) {
            NodeId id = nodes.getNodeIdForNode(p);
            if (!NodeId.isDoesNotExist(id)) out.add(id);
        }
        return out;
    }
}
