package org.paperkg.store.mem;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.engine.main.solver.PatternMatchData;
import org.apache.jena.sparql.util.Context;

/**
 * Runs queries over a {@link MemQuadStore} with ARQ's main engine, except that a basic graph
 * pattern inside {@code GRAPH ?g} (or a named graph) is matched as quads: one find over the quad
 * index instead of one evaluation per named graph (100 000 of them for 100 000 papers), which is
 * what the main engine does for a dataset it does not know.
 */
final class MemQueryEngine {

    private static final QueryEngineFactory FACTORY = new QueryEngineFactory() {
        @Override
        public boolean accept(Query query, DatasetGraph dsg, Context context) {
            return dsg instanceof MemQuadStore;
        }

        @Override
        public Plan create(Query query, DatasetGraph dsg, Binding input, Context context) {
            QC.setFactory(context, QuadMatching::new);
            return new QueryEngineMain(query, dsg, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dsg, Context context) {
            return dsg instanceof MemQuadStore;
        }

        @Override
        public Plan create(Op op, DatasetGraph dsg, Binding input, Context context) {
            QC.setFactory(context, QuadMatching::new);
            return new QueryEngineMain(op, dsg, input, context).getPlan();
        }
    };

    private static boolean registered;

    private MemQueryEngine() {}

    static synchronized void register() {
        if (registered) return;
        QueryEngineRegistry.addFactory(FACTORY);
        registered = true;
    }

    private static final class QuadMatching extends OpExecutor {
        QuadMatching(ExecutionContext execCxt) {
            super(execCxt);
        }

        @Override
        protected QueryIterator execute(OpGraph op, QueryIterator input) {
            Node g = op.getNode();
            boolean named = g.isVariable() || (g.isURI() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g));
            if (named && op.getSubOp() instanceof OpBGP bgp && !bgp.getPattern().isEmpty())
                return PatternMatchData.execute(execCxt.getDataset(), g, bgp.getPattern(), input, null, execCxt);
            return super.execute(op, input);
        }
    }
}
