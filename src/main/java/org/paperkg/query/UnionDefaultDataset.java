package org.paperkg.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.paperkg.store.KgStore;

/**
 * Makes the default graph, as queries see it, the union of all named graphs.
 * <p>
 * The knowledge graph keeps each paper in its own named graph, and a plain
 * {@code SELECT * { ?s ?p ?o }} should see all of them. This is how callers of
 * {@code EmbeddedEndpoint.start} (org.paperkg.serve) are expected to prepare the dataset:
 * <ul>
 * <li>a store whose engine does the union itself ({@link org.paperkg.store.StoreEngine#makeUnionDefault}:
 *     TDB2, with its optimisations kept, and paperkg's in-memory store): the dataset itself.</li>
 * <li>anything else (e.g. {@code DatasetGraphFactory.createTxnMem()}): a view whose default graph is
 *     the union graph. The view is marked {@link DatasetGraphWrapperView}, otherwise ARQ unwraps it
 *     before query execution and the union is lost.</li>
 * </ul>
 * Writes to the default graph (only possible with updates enabled) still go to the stored default
 * graph, which is not part of the union.
 */
public final class UnionDefaultDataset {

    private UnionDefaultDataset() {}

    public static DatasetGraph of(DatasetGraph dsg) {
        return KgStore.engineOf(dsg).makeUnionDefault() ? dsg : new UnionView(dsg);
    }

    /** True when queries on {@code dsg} see the union of the named graphs as the default graph (set up here, under any wrappers). */
    public static boolean isUnion(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; d != null; d = d instanceof DatasetGraphWrapper w ? w.getWrapped() : null) {
            if (d instanceof UnionView) return true;
            if (KgStore.engineOf(d).unionDefault()) return true;
        }
        return false;
    }

    private static final class UnionView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        UnionView(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
