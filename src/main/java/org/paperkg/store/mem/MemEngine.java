package org.paperkg.store.mem;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.paperkg.store.ScanningEngine;

/**
 * The engine of a {@link MemQuadStore}: its graphs and quads are counted by walking its indexes,
 * without a query's bindings (seconds at 100 000 papers), and its default graph is always the
 * union of the named graphs.
 */
public final class MemEngine extends ScanningEngine {

    public MemEngine(MemQuadStore store) {
        super(store);
    }

    @Override
    public long graphCount() {
        return Iter.count(dsg.listGraphNodes());
    }

    @Override
    public long quadCount() {
        return Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }

    @Override
    public boolean makeUnionDefault() {
        return true;
    }

    @Override
    public boolean unionDefault() {
        return true;
    }
}
