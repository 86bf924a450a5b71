package org.paperkg.serve;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The dataset as SPARQL Update and Graph Store writes see it: a write that touches a graph paperkg
 * keeps, or a statement that describes papers ({@link ManagedQuads}), is refused with 403 and a
 * message that points to {@code POST /kg/ingest}; Fuseki then aborts the whole request's
 * transaction, so the store is left as it was. Writes to a user's own named graphs go through, and
 * before their commit {@link UserGraphSizes} records the graphs' new sizes in the statistics and
 * refreshes the description, in the same transaction.
 * <p>
 * Every write path of Fuseki's update engine and Graph Store ends in one of the dataset's own
 * write methods or in a write to a graph it handed out, so both are covered: graphs are handed out
 * wrapped. Queries do not see this wrapper: ARQ unwraps a plain {@link DatasetGraphWrapper}
 * before it picks a query engine, so TDB2 still answers them itself.
 * <p>
 * Graph Store writes are refused with 403 rather than 409 or 422: the client is logged in and its
 * request is well formed; the server refuses this door to these graphs by policy, and sending the
 * same request again cannot succeed. SPARQL Update refusals are 400: Fuseki 5.6 runs an update as
 * it parses it and turns only a parse or build error (QueryBuildException) into a 4xx that keeps
 * its message (any other exception becomes a 500, OperationDeniedException a 403 without one), so
 * {@link #duringUpdate} marks the requests of the update endpoint to be refused that way.
 */
final class GuardedDataset extends DatasetGraphWrapper {

    private final ManagedQuads rule;
    private final UserGraphSizes sizes;
    /** True while the current thread runs a request of the SPARQL Update endpoint. */
    private final ThreadLocal<Boolean> updating = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** The user graphs written by the current thread's write transaction. */
    private final ThreadLocal<Set<Node>> written = ThreadLocal.withInitial(LinkedHashSet::new);

    GuardedDataset(DatasetGraph dsg, String base, UserGraphSizes sizes) {
        super(dsg);
        this.rule = new ManagedQuads(base);
        this.sizes = sizes;
    }

    /** Runs one request of the update endpoint, whose refusals must be QueryBuildExceptions (see above). */
    void duringUpdate(IORunnable request) throws java.io.IOException, jakarta.servlet.ServletException {
        updating.set(Boolean.TRUE);
        try {
            request.run();
        } finally {
            updating.remove();
        }
    }

    interface IORunnable {
        void run() throws java.io.IOException, jakarta.servlet.ServletException;
    }

    // ---- writes of quads

    @Override
    public void add(Quad q) {
        check(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        super.add(q);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        check(g, s, p, o);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        check(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        super.delete(q);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        check(g, s, p, o);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        checkAll(g, s, p, o);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void clear() {
        checkAll(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        super.clear();
    }

    @Override
    public void addGraph(Node g, Graph graph) {
        refuseManaged(g);
        graph.find().forEachRemaining(t -> check(g, t.getSubject(), t.getPredicate(), t.getObject()));
        noteWritten(g);
        super.addGraph(g, graph);
    }

    @Override
    public void removeGraph(Node g) {
        checkAll(g, Node.ANY, Node.ANY, Node.ANY);
        super.removeGraph(g);
    }

    // ---- graphs handed out: their writes are checked the same way

    @Override
    public Graph getDefaultGraph() {
        return new GuardedGraph(super.getDefaultGraph(), Quad.defaultGraphIRI);
    }

    @Override
    public Graph getGraph(Node g) {
        return new GuardedGraph(super.getGraph(g), g);
    }

    // ---- the transaction: counts kept before the commit

    @Override
    public void commit() {
        Set<Node> graphs = written.get();
        try {
            if (transactionMode() == ReadWrite.WRITE && !graphs.isEmpty()) sizes.recordWritten(getWrapped(), graphs);
        } finally {
            graphs.clear();
        }
        super.commit();
    }

    @Override
    public void abort() {
        written.get().clear();
        super.abort();
    }

    @Override
    public void end() {
        written.remove();
        super.end();
    }

    // ---- the checks

    private void check(Node g, Node s, Node p, Node o) {
        refuseManaged(g);
        if (rule.describesPapers(s, p, o)) throw refusal("the statement " + str(s) + " " + str(p) + " " + str(o)
                + " describes papers (it names a resource paperkg mints, or uses a term its statistics and paper identity read)");
        noteWritten(g);
    }

    /** A pattern delete: refused when the pattern names a paperkg graph or matches a quad that could not be written. */
    private void checkAll(Node g, Node s, Node p, Node o) {
        refuseManaged(g);
        for (Iterator<Quad> it = getWrapped().find(g, s, p, o); it.hasNext(); ) {
            Quad q = it.next();
            check(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }
    }

    private void refuseManaged(Node g) {
        if (rule.isManagedGraph(g)) throw refusal(str(g) + " is a graph paperkg keeps (every graph under <"
                + rule.graphNamespace() + ">: papers, statistics, provenance, description, ontologies)");
    }

    private void noteWritten(Node g) {
        if (g != null && g.isConcrete() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g)) written.get().add(g);
    }

    private RuntimeException refusal(String what) {
        String message = "Write refused: " + what
                + ". Papers and their counts change only through an ingest, so that the statistics, provenance and paper identity stay exact: "
                + "send paper files with POST /kg/ingest (paperkg push --to this server uses it). "
                + "Your own data can go into named graphs outside paperkg's namespace.";
        return updating.get() ? new QueryBuildException(message) : new ActionErrorException(HttpStatus.FORBIDDEN_403, message, null);
    }

    private static String str(Node n) {
        String s = NodeFmtLib.strNT(n);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** A graph of the dataset whose writes go through the same checks. */
    private final class GuardedGraph extends GraphWrapper {
        private final Node name;

        GuardedGraph(Graph graph, Node name) {
            super(graph);
            this.name = name;
        }

        @Override
        public void add(Triple t) {
            check(name, t.getSubject(), t.getPredicate(), t.getObject());
            super.add(t);
        }

        @Override
        public void delete(Triple t) {
            check(name, t.getSubject(), t.getPredicate(), t.getObject());
            super.delete(t);
        }

        @Override
        public void remove(Node s, Node p, Node o) {
            checkAll(name, s, p, o);
            super.remove(s, p, o);
        }

        @Override
        public void clear() {
            checkAll(name, Node.ANY, Node.ANY, Node.ANY);
            super.clear();
        }
    }
}
