package org.paperkg.store.btree;

import java.util.Iterator;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.base.record.RecordMapper;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * The number of triples in one named graph of a TDB2 store: the graph's key range of the GSPO
 * index is counted where it lies, without making a tuple of node ids for each entry. The
 * statistics graph (about 600 000 triples at 100 000 papers, most of them pairs) is counted
 * whenever a store's totals are printed, and the provenance graph at every ingest.
 */
final class TdbGraphSize {

    private TdbGraphSize() {}

    /** The size of {@code g}, or null when the store's GSPO index is not a B+tree (then the caller counts otherwise). */
    static Long of(DatasetGraphTDB tdb, Node g) {
        BPlusTree gspo = gspo(tdb);
        return gspo == null ? null : count(gspo, tdb.getQuadTable().getNodeTupleTable().getNodeTable().getNodeIdForNode(g));
    }

    /** The store's GSPO index as a B+tree, or null when it is another kind of index. */
    static BPlusTree gspo(DatasetGraphTDB tdb) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        for (TupleIndex index : quads.getTupleTable().getIndexes())
            if (index.getName().equals("GSPO") && index instanceof TupleIndexRecord r && r.getRangeIndex() instanceof BPlusTree tree)
                return tree;
        return null;
    }

    /** The entries whose first column is {@code g}: keys from (g, 0, 0, 0) up to, not including, (g + 1, 0, 0, 0). */
    private static long count(BPlusTree gspo, NodeId g) {
        if (NodeId.isDoesNotExist(g)) return 0;
        RecordFactory records = gspo.getRecordFactory();
        byte[] from = new byte[records.keyLength()], to = new byte[records.keyLength()];
        NodeIdFactory.set(g, from, 0);
        Bytes.setLong(Bytes.getLong(from, 0) + 1, to, 0);
        long n = 0;
        // the iterator stops at the first key not below `to`: the mapper is what copies each key out for that test
        RecordMapper<Boolean> keyOnly = (bytes, at, key, factory) -> {
            bytes.get(at * factory.recordLength(), key, 0, key.length);
            return Boolean.TRUE;
        };
        for (Iterator<Boolean> it = gspo.iterator(records.create(from), records.create(to), keyOnly); it.hasNext(); it.next()) n++;
        return n;
    }
}
