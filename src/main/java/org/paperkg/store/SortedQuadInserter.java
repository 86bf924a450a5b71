package org.paperkg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds a batch of named-graph quads to a TDB2 dataset inside the caller's write transaction, one
 * quad index at a time, in that index's order. Added one quad at a time, each quad descends all six
 * B+trees at scattered places; sorted, consecutive inserts go to the same few leaves while they are
 * still in the block cache, and each leaf is copied for the transaction once. Same result as
 * {@code dsg.add} for each quad (or {@code dsg.delete}); other datasets get exactly that.
 */
public final class SortedQuadInserter {

    private SortedQuadInserter() {}

    public static void insert(DatasetGraph dsg, List<Quad> quads) {
        apply(dsg, quads, true);
    }

    /** Deletes the quads (those not in the dataset are ignored), one index at a time in its order. */
    public static void delete(DatasetGraph dsg, List<Quad> quads) {
        apply(dsg, quads, false);
    }

    private static void apply(DatasetGraph dsg, List<Quad> quads, boolean add) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null || quads.size() < 2) {
            quads.forEach(add ? dsg::add : dsg::delete);
            return;
        }
        long[] gspo = new long[4 * quads.size()];
        int n = 0;
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        Map<Node, Long> ids = new HashMap<>();
        byte[] buf = new byte[8];
        if (add) allocateInHashOrder(quads, nodes, ids, buf);
        for (Quad q : quads) {
            if (q.isDefaultGraph()) {
                if (add) dsg.add(q);
                else dsg.delete(q);
                continue;
            }
            int i = 4 * n;
            if (add) {
                gspo[i] = id(ids, nodes, q.getGraph(), buf);
                gspo[i + 1] = id(ids, nodes, q.getSubject(), buf);
                gspo[i + 2] = id(ids, nodes, q.getPredicate(), buf);
                gspo[i + 3] = id(ids, nodes, q.getObject(), buf);
            } else {
                // a quad with a node the store does not have cannot be in it
                Long g = existing(ids, nodes, q.getGraph(), buf), s = existing(ids, nodes, q.getSubject(), buf),
                        p = existing(ids, nodes, q.getPredicate(), buf), o = existing(ids, nodes, q.getObject(), buf);
                if (g == null || s == null || p == null || o == null) continue;
                gspo[i] = g;
                gspo[i + 1] = s;
                gspo[i + 2] = p;
                gspo[i + 3] = o;
            }
            n++;
        }
        long[] ordered = new long[4 * n];
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            int[] map = SortedQuadLoader.columns(index.getName());
            for (int i = 0; i < 4 * n; i += 4) {
                ordered[i] = gspo[i + map[0]];
                ordered[i + 1] = gspo[i + map[1]];
                ordered[i + 2] = gspo[i + map[2]];
                ordered[i + 3] = gspo[i + map[3]];
            }
            QuadSort.sort(ordered, n);
            applySorted(((TupleIndexRecord) index).getRangeIndex(), ordered, n, add);
        }
    }

    private static void applySorted(RangeIndex index, long[] ordered, int n, boolean add) {
        RecordFactory factory = index.getRecordFactory();
        for (int i = 0; i < 4 * n; i += 4) {
            if (i > 0 && ordered[i] == ordered[i - 4] && ordered[i + 1] == ordered[i - 3]
                    && ordered[i + 2] == ordered[i - 2] && ordered[i + 3] == ordered[i - 1]) continue;
            Record r = factory.create();
            byte[] key = r.getKey();
            for (int k = 0; k < 4; k++) Bytes.setLong(ordered[i + k] ^ Long.MIN_VALUE, key, 8 * k);
            if (add) index.insert(r);
            else index.delete(r);
        }
    }

    /**
     * The node table's index is keyed by a hash of the node: new nodes allocated in the order they
     * come land at random leaves, in hash order they fill the leaves one after another.
     */
    private static void allocateInHashOrder(List<Quad> quads, NodeTable nodes, Map<Node, Long> ids, byte[] buf) {
        Map<Node, byte[]> hashes = new HashMap<>();
        for (Quad q : quads) {
            if (q.isDefaultGraph()) continue;
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))
                if (!hashes.containsKey(n) && NodeId.inline(n) == null) hashes.put(n, NodeLib.hash(n).getBytes());
        }
        List<Map.Entry<Node, byte[]>> order = new ArrayList<>(hashes.entrySet());
        order.sort((a, b) -> Arrays.compareUnsigned(a.getValue(), b.getValue()));
        for (Map.Entry<Node, byte[]> e : order) id(ids, nodes, e.getKey(), buf);
    }

    private static Long existing(Map<Node, Long> ids, NodeTable nodes, Node n, byte[] buf) {
        Long known = ids.get(n);
        if (known != null) return known;
        NodeId id = NodeId.inline(n);
        if (id == null) id = nodes.getNodeIdForNode(n);
        if (NodeId.isDoesNotExist(id)) return null;
        long v = SortedQuadLoader.longOf(id, buf);
        ids.put(n, v);
        return v;
    }

    private static long id(Map<Node, Long> ids, NodeTable nodes, Node n, byte[] buf) {
        Long known = ids.get(n);
        if (known != null) return known;
        long v = SortedQuadLoader.id(nodes, n, buf);
        ids.put(n, v);
        return v;
    }
}
