package org.paperkg.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.stats.PaperGraphs;

/**
 * Keeps a store's text index in step through one write transaction, told what changes as the
 * statistics are ({@code StatisticsKeeper}): each graph the loader writes (new or replacing one)
 * and each paper about to change otherwise (merged, renamed, withdrawn, its authors edited), whose
 * graphs then and at the end are the ones to read again. Before the store commits,
 * {@link #prepare} reads those graphs' documents from the transaction's view of the store and marks
 * the index stale; after the store's commit {@link #committed} deletes the graphs' documents and
 * adds the new ones in one Lucene commit. A write that fails before the store commits leaves the
 * index as it was ({@link #abandoned}).
 * <p>
 * A store without an index attached gets a keeper that does nothing.
 */
public final class TextIndexKeeper {

    private final DatasetGraph dsg;
    private final PaperTextIndex index;
    private final Set<Node> graphs = new LinkedHashSet<>();
    private final Set<Node> papers = new LinkedHashSet<>();
    private List<Entity> documents;
    private boolean markedStale;

    private TextIndexKeeper(DatasetGraph dsg, PaperTextIndex index) {
        this.dsg = dsg;
        this.index = index;
    }

    /** The keeper of {@code dsg}'s index; call inside the write transaction, before anything is written. */
    public static TextIndexKeeper of(DatasetGraph dsg) {
        return new TextIndexKeeper(dsg, PaperTextIndex.of(dsg));
    }

    /** The loader is writing {@code graph} (a new graph, or one replacing the graph of that name). */
    public void graphWritten(Node graph) {
        if (index != null) graphs.add(graph);
    }

    /** {@code paper} is about to change: its graphs now may be renamed or removed, and are read again at the end. */
    public void beforeChange(Node paper) {
        if (index == null) return;
        graphs.addAll(PaperGraphs.graphsOf(dsg, paper));
        papers.add(paper);
    }

    /** Reads the documents of every graph told about, as the transaction leaves them, and marks the index stale; call just before the store's commit. */
    public void prepare() {
        if (index == null) return;
        for (Node paper : papers) graphs.addAll(PaperGraphs.graphsOf(dsg, paper));
        documents = new ArrayList<>();
        for (Node g : graphs) documents.addAll(PaperTexts.inStore(dsg, g, index.definition()));
        // held until this write's index commit: the next write's stale mark cannot come between
        // this one's store commit and its index commit and be overwritten by this one's "current"
        index.writeLock().lock();
        try {
            index.markStale();
            markedStale = true;
        } catch (RuntimeException e) {
            index.writeLock().unlock();
            throw e;
        }
    }

    /**
     * The store committed: the index gets the graphs' new documents in one commit. If that fails the
     * write stands (it is committed) and the index stays marked stale, rebuilt when the store is
     * next opened: {@code log} says so.
     */
    public void committed(PrintStream log) {
        if (index == null || !markedStale) return;
        markedStale = false;
        try {
            index.replace(graphs, documents);
            index.commitCurrent();
        } catch (RuntimeException e) {
            index.rollback();
            log.println("paperkg: the store was written, but its text index could not be updated (" + e.getMessage()
                    + "); it is rebuilt when the store is next opened, or by paperkg text-index --rebuild");
        } finally {
            index.writeLock().unlock();
        }
    }

    /** The write failed before the store committed: the index, unchanged, matches the store again. */
    public void abandoned() {
        if (index == null || !markedStale) return;
        markedStale = false;
        try {
            index.rollback();
            index.commitCurrent();
        } finally {
            index.writeLock().unlock();
        }
    }
}
