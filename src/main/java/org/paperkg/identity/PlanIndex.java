package org.paperkg.identity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.paperkg.map.PaperIris;

/**
 * The paper index of an identity plan: the papers of the run, held in memory, over the papers a
 * target store already has (looked up, never changed: the plan only decides). A store paper that
 * a record matches is taken into the run's index with its identifiers, so that from then on it
 * can be merged and renamed like the run's own; the store papers renamed by the plan are the
 * merges the store has to apply before the run's papers are written.
 */
final class PlanIndex implements PaperIndex {

    private final PaperIndex store;
    private final MemoryPaperIndex run = new MemoryPaperIndex();
    /** Each paper renamed in the run, to the name it was given (follow to the end for the last). */
    private final Map<String, String> renamed = new HashMap<>();
    /** Store papers the run has met, in the order met. */
    private final Set<String> storePapers = new LinkedHashSet<>();
    /** The store papers met, by the name they end with; made by the first {@link #storeGraphs} call. */
    private Map<String, java.util.List<String>> byFinalName;

    /** {@code store}: the target's papers, or null for a target that starts empty. */
    PlanIndex(PaperIndex store) {
        this.store = store;
    }

    @Override
    public Set<String> papersWith(IdKind kind, String value) {
        Set<String> papers = new LinkedHashSet<>(run.papersWith(kind, value));
        if (store != null)
            for (String p : store.papersWith(kind, value)) {
                if (storePapers.add(p)) {
                    run.register(p, store.idsOf(p));
                    byFinalName = null;
                }
                papers.add(current(p));
            }
        return papers;
    }

    @Override
    public IdSet idsOf(String paperIri) {
        return run.idsOf(paperIri);
    }

    @Override
    public void register(String paperIri, IdSet ids) {
        run.register(paperIri, ids);
    }

    @Override
    public void renamed(String from, String to) {
        run.renamed(from, to);
        renamed.put(from, to);
        byFinalName = null;
    }

    /** The target store's papers, or null for a target that starts empty. */
    PaperIndex store() {
        return store;
    }

    /** The name a paper has after every rename so far. */
    String current(String paper) {
        String p = paper;
        for (String next; (next = renamed.get(p)) != null && !next.equals(p); ) p = next;
        return p;
    }

    /** Store papers that the run merges into another paper: old IRI → final IRI, in the order met. */
    Map<String, String> storeMerges() {
        Map<String, String> merges = new LinkedHashMap<>();
        for (String p : storePapers) {
            String to = current(p);
            if (!to.equals(p)) merges.put(p, to);
        }
        return merges;
    }

    /**
     * The source graphs of the store papers that end as {@code paper}, named as after the merges.
     * Asked for every paper of the run once the run is read: the store papers are grouped by their
     * final name once (again only after a rename or a new store paper), not scanned for each paper.
     */
    java.util.List<StoredSourceGraph> storeGraphs(String paper, PaperIris iris) {
        java.util.List<StoredSourceGraph> out = new java.util.ArrayList<>();
        if (store == null) return out;
        if (byFinalName == null) {
            byFinalName = new HashMap<>();
            for (String p : storePapers) byFinalName.computeIfAbsent(current(p), k -> new java.util.ArrayList<>()).add(p);
        }
        for (String p : byFinalName.getOrDefault(paper, java.util.List.of()))
            for (StoredSourceGraph l : store.sourceGraphs(p))
                out.add(new StoredSourceGraph(iris.graph(l.source(), paper), l.source(), l.version(), l.authors(), l.persons()));
        return out;
    }
}
