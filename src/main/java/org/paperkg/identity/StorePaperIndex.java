package org.paperkg.identity;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store is the index: papers are looked up by the identifier statements already in it (this
 * run's included, as they are written in the same transaction), so memory does not grow with the
 * corpus. Must be used inside a transaction on the dataset.
 * <p>
 * A writer that holds quads back before adding them ({@code flushPending}) would hide this run's
 * latest papers from the store: the identifiers of papers registered since its last flush are kept
 * in memory, and a lookup that meets one of them flushes the writer first and then asks the store.
 */
public final class StorePaperIndex implements PaperIndex {

    private final DatasetGraph dsg;
    private final Runnable flushPending;
    private MemoryPaperIndex sinceFlush = new MemoryPaperIndex();

    public StorePaperIndex(DatasetGraph dsg) {
        this(dsg, () -> { });
    }

    /** {@code flushPending} adds whatever the writer holds back to the dataset. */
    public StorePaperIndex(DatasetGraph dsg, Runnable flushPending) {
        this.dsg = dsg;
        this.flushPending = flushPending;
    }

    /** Everything registered so far is now in the dataset. */
    public void pendingWritten() {
        if (!sinceFlush.isEmpty()) sinceFlush = new MemoryPaperIndex();
    }

    private void flushIf(boolean pending) {
        if (pending) {
            flushPending.run();
            pendingWritten();
        }
    }

    @Override
    public Set<String> papersWith(IdKind kind, String value) {
        flushIf(!sinceFlush.papersWith(kind, value).isEmpty());
        Set<String> papers = new LinkedHashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, kind.property(), NodeFactory.createLiteralString(value));
        while (it.hasNext()) {
            Node s = it.next().getSubject();
            if (s.isURI()) papers.add(s.getURI());
        }
        return papers;
    }

    @Override
    public IdSet idsOf(String paperIri) {
        flushIf(sinceFlush.contains(paperIri));
        Map<IdKind, String> m = new EnumMap<>(IdKind.class);
        Node paper = NodeFactory.createURI(paperIri);
        for (IdKind kind : IdKind.values()) {
            Iterator<Quad> it = dsg.find(Node.ANY, paper, kind.property(), Node.ANY);
            if (it.hasNext()) m.put(kind, it.next().getObject().getLiteralLexicalForm());
        }
        return new IdSet(m);
    }

    @Override
    public void register(String paperIri, IdSet ids) {
        // the paper's own quads, written next, are the index entry once they are in the dataset
        sinceFlush.register(paperIri, ids);
    }

    @Override
    public void renamed(String from, String to) {
        // the rename rewrites the quads themselves (the merge flushed what was held back)
        sinceFlush.renamed(from, to);
    }
}
