package org.paperkg.store.btree;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.store.PairScan;
import org.paperkg.store.ScanningEngine;

/**
 * The engine of a TDB2 dataset: graph sizes from the GSPO index's key ranges ({@link TdbGraphSize}),
 * pairs on node ids ({@link TdbPairScan}), and the union default graph as TDB2's own query engine
 * does it ({@link TDB2#symUnionDefaultGraph}), which keeps its optimisations.
 */
public final class TdbEngine extends ScanningEngine {

    private TdbEngine(DatasetGraph dsg) {
        super(dsg);
    }

    /** The engine of {@code dsg} when it is TDB2 (a bulk load's staging store too, without the usual wrapper), else null. */
    public static TdbEngine of(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphTDB || TDBInternal.isTDB2(dsg) ? new TdbEngine(dsg) : null;
    }

    /** The storage under the dataset, looked up at each use: a database switches storage when it is bulk loaded or compacted. */
    private DatasetGraphTDB storage() {
        return dsg instanceof DatasetGraphTDB t ? t : TDBInternal.getDatasetGraphTDB(dsg);
    }

    @Override
    public long graphSize(Node g) {
        Long n = TdbGraphSize.of(storage(), g);
        return n != null ? n : super.graphSize(g);
    }

    @Override
    public PairScan pairScan() {
        return new TdbPairScan(storage());
    }

    @Override
    public boolean makeUnionDefault() {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return true;
    }

    @Override
    public boolean unionDefault() {
        return dsg.getContext().isTrue(TDB2.symUnionDefaultGraph);
    }
}
