package org.paperkg.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.paperkg.map.AuthorList;
import org.paperkg.map.PaperIris;
import org.paperkg.problem.Problem;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordVersion;
import org.paperkg.source.SourceRef;

/**
 * Who every record of a run is, decided before any record is mapped: each record's final paper
 * IRI, what becomes of it ({@link Disposition}: written new or as a revision, or replaced by
 * another record of the same source and paper), which author list the paper's graphs carry, and
 * which papers already in the target store the run merges, and which of their source graphs it
 * withdraws. The mapping then writes each record once under its final IRI: no paper is renamed
 * after it was written.
 * <p>
 * Of the records of one source and one paper, the run keeps one: the one read last, unless an
 * earlier one is a later edition ({@link RecordVersion}: PubMed's version, an annotation set's
 * date), and never one older than the edition the store holds. A withdrawal (a PubMed
 * DeleteCitation entry) read after a record removes it, from the run and from the store; a record
 * read after the withdrawal brings the paper back.
 * <p>
 * Records are numbered in the order they are read; the mapping reads them again in the same order
 * and checks each against its key ({@link #check}).
 */
public final class IdentityPlan {

    /**
     * Sources in the order their author lists are preferred: PubMed's has the name parts and ORCIDs,
     * curated by NLM; JATS's has them too, as the publisher wrote them; a card's has names only.
     */
    private static final List<String> AUTHOR_SOURCES = List.of("pubmed", "jats", "card");

    private final List<RecordKey> keys;
    private final String[] iris;
    private final Integer[] replacedBy;
    private final Disposition[] dispositions;
    private final List<StoreDeletion> storeDeletions;
    private final AuthorList[] authors;
    private final Map<Integer, List<Problem>> problems;
    private final Map<String, String> storeMerges;
    private final List<AuthorListEdit> storeAuthorEdits;
    private final int mergedPapers;

    /** What becomes of one record of the run. */
    public enum Disposition {
        /** Written: a source graph the store does not hold yet. */
        NEW,
        /** Written: it replaces the graph of the same source the store holds (a revised record). */
        REVISION,
        /** Not written: a later record of the same source and paper replaces it. */
        DUPLICATE,
        /** Not written: the run or the store holds a later edition of the source's record. */
        OLDER,
        /** Not written: a later withdrawal of the run removes it. */
        WITHDRAWN,
        /** A withdrawal that removes a record read before it in the run, or a source graph from the store ({@link #storeDeletions()}). */
        DELETES,
        /** A withdrawal that a later record of the run brings back: nothing to remove. */
        UNDONE,
        /** A withdrawal of a record neither the run (before it) nor the store holds. */
        NOT_FOUND;

        public boolean written() {
            return this == NEW || this == REVISION;
        }
    }

    private IdentityPlan(List<RecordKey> keys, String[] iris, Integer[] replacedBy, Disposition[] dispositions,
                         AuthorList[] authors, Map<Integer, List<Problem>> problems, Map<String, String> storeMerges,
                         List<StoreDeletion> storeDeletions, List<AuthorListEdit> storeAuthorEdits, int mergedPapers) {
        this.dispositions = dispositions;
        this.storeDeletions = storeDeletions;
        this.storeAuthorEdits = storeAuthorEdits;
        this.keys = keys;
        this.iris = iris;
        this.replacedBy = replacedBy;
        this.authors = authors;
        this.problems = problems;
        this.storeMerges = storeMerges;
        this.mergedPapers = mergedPapers;
    }

    /** A plan for records that are matched among themselves and, when given, against {@code store}'s papers. */
    public static Builder builder(PaperIris iris, PaperIndex store) {
        return new Builder(iris, store);
    }

    public int records() {
        return keys.size();
    }

    /** The final paper IRI of record {@code i} (null for a withdrawal of a paper nobody holds). */
    public String iri(int i) {
        return iris[i];
    }

    /** The record of the run kept instead of record {@code i} (same source, same paper), or null. */
    public RecordKey replacedBy(int i) {
        return replacedBy[i] == null ? null : keys.get(replacedBy[i]);
    }

    public Disposition disposition(int i) {
        return dispositions[i];
    }

    /** The source graphs of store papers the run withdraws, to remove after {@link #storeMerges()}. */
    public List<StoreDeletion> storeDeletions() {
        return storeDeletions;
    }

    public AuthorList authors(int i) {
        return authors[i];
    }

    /** What deciding record {@code i}'s paper found (identifiers that conflict), to report with the record. */
    public List<Problem> problems(int i) {
        return problems.getOrDefault(i, List.of());
    }

    /** Papers the store held that the run merges into another: old IRI → final IRI, in the order to apply. */
    public Map<String, String> storeMerges() {
        return storeMerges;
    }

    /** Changes to author lists the store holds, to apply after {@link #storeMerges()} and before the run's papers are written. */
    public List<AuthorListEdit> storeAuthorEdits() {
        return storeAuthorEdits;
    }

    /** Papers made of records from more than one source, plus store papers merged. */
    public int mergedPapers() {
        return mergedPapers;
    }

    /**
     * Whether record {@code i}, as read again, is the record the plan was made for: the inputs must
     * not change between the two readings.
     */
    public boolean check(int i, PaperRecord record) {
        if (i >= keys.size()) return false;
        RecordKey planned = keys.get(i);
        return planned.source().equals(record.source()) && planned.origin().equals(record.origin())
                && planned.deletion() == record.deletion() && planned.ids().equals(IdSet.of(record));
    }

    /** Collects the records' keys in reading order, resolving each as it comes. */
    public static final class Builder {
        private final PaperIris paperIris;
        private final PlanIndex index;
        private final PaperResolver resolver;
        private final List<RecordKey> keys = new ArrayList<>();
        private final List<String> resolved = new ArrayList<>();
        private final Map<Integer, List<Problem>> problems = new HashMap<>();

        private Builder(PaperIris iris, PaperIndex store) {
            this.paperIris = iris;
            this.index = new PlanIndex(store);
            // merges only rename papers in the plan's index; the store applies its own after planning
            this.resolver = new PaperResolver(iris, index,
                    p -> problems.computeIfAbsent(keys.size(), k -> new ArrayList<>()).add(p), (from, to) -> {});
        }

        public void add(RecordKey key) {
            resolved.add(key.deletion() ? resolver.find(key.ids()) : resolver.resolve(key.ids(), key.title(), key.origin()));
            keys.add(key);
        }

        public IdentityPlan build() {
            int n = keys.size();
            String[] iris = new String[n];
            for (int i = 0; i < n; i++) iris[i] = resolved.get(i) == null ? null : index.current(resolved.get(i));
            Integer[] replacedBy = new Integer[n];
            Disposition[] dispositions = new Disposition[n];
            boolean[] replacesEarlier = keepOnePerSource(iris, replacedBy, dispositions);
            Map<String, List<StoredSourceGraph>> storeGraphs = new HashMap<>();
            Map<String, List<Integer>> byPaper = new LinkedHashMap<>();
            // paper → source → the withdrawal of that source's graph, in the order read
            Map<String, Map<String, SourceRef>> withdrawn = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (dispositions[i] != null) continue;
                RecordKey key = keys.get(i);
                StoredSourceGraph stored = iris[i] == null ? null
                        : storedGraph(storeGraphs.computeIfAbsent(iris[i], p -> index.storeGraphs(p, paperIris)), key.source());
                if (key.deletion()) {
                    // a withdrawal of a record read earlier in the run only removes that record
                    dispositions[i] = stored == null && !replacesEarlier[i] ? Disposition.NOT_FOUND : Disposition.DELETES;
                    if (stored != null) withdrawn.computeIfAbsent(iris[i], p -> new HashMap<>()).put(key.source(), key.origin());
                } else if (stored != null && key.version().olderThan(stored.version())) {
                    dispositions[i] = Disposition.OLDER;
                } else {
                    dispositions[i] = stored == null ? Disposition.NEW : Disposition.REVISION;
                    byPaper.computeIfAbsent(iris[i], k -> new ArrayList<>()).add(i);
                }
            }
            // the author lists the store's papers carry take part as records of their own, after the run's
            List<RecordKey> planKeys = new ArrayList<>(keys);
            List<StoredSourceGraph> stored = new ArrayList<>();
            List<String> storedPaper = new ArrayList<>();
            int merged = 0;
            for (Map.Entry<String, List<Integer>> paper : byPaper.entrySet()) {
                Set<String> sources = new HashSet<>();
                for (int i : paper.getValue()) sources.add(keys.get(i).source());
                Set<String> runSources = Set.copyOf(sources);
                Set<String> gone = withdrawn.getOrDefault(paper.getKey(), Map.of()).keySet();
                for (StoredSourceGraph list : storeGraphs.computeIfAbsent(paper.getKey(), p -> index.storeGraphs(p, paperIris))) {
                    if (gone.contains(list.source())) continue;
                    sources.add(list.source());
                    // a source the run reads again replaces its graph, author list and all
                    if (runSources.contains(list.source()) || list.authors().isEmpty()) continue;
                    paper.getValue().add(planKeys.size());
                    planKeys.add(RecordKey.storedList(list.source(), list.authors(), new SourceRef(list.graph(), 0)));
                    stored.add(list);
                    storedPaper.add(paper.getKey());
                }
                if (sources.size() > 1) merged++;
            }
            AuthorPlanner planner = new AuthorPlanner(paperIris, planKeys, index.store());
            AuthorList[] all = planner.plan(byPaper.values(), planKeys.size());
            List<StoreDeletion> deletions = storeDeletions(withdrawn, storeGraphs, byPaper, all);
            List<AuthorListEdit> edits = new ArrayList<>();
            for (int k = 0; k < stored.size(); k++) edit(stored.get(k), storedPaper.get(k), all[n + k]).ifPresent(edits::add);
            edits.addAll(planner.storeEdits());
            Map<String, String> storeMerges = index.storeMerges();
            return new IdentityPlan(List.copyOf(keys), iris, replacedBy, dispositions, Arrays.copyOf(all, n), Map.copyOf(problems),
                    storeMerges, List.copyOf(deletions), List.copyOf(edits), merged + storeMerges.size());
        }

        /**
         * Of the records of one source and one paper, decides which the run keeps: the last read,
         * unless an earlier record is a later edition; a withdrawal removes what was read before it.
         * Sets the disposition of every record that is not kept (the kept ones are decided against
         * the store afterwards).
         */
        private boolean[] keepOnePerSource(String[] iris, Integer[] replacedBy, Disposition[] dispositions) {
            boolean[] replacesEarlier = new boolean[iris.length];
            Map<String, Integer> kept = new HashMap<>();
            for (int i = 0; i < iris.length; i++) {
                if (iris[i] == null) {
                    dispositions[i] = Disposition.NOT_FOUND;
                    continue;
                }
                RecordKey key = keys.get(i);
                String slot = key.source() + '\u0000' + iris[i];
                Integer earlier = kept.get(slot);
                if (earlier != null) {
                    RecordKey before = keys.get(earlier);
                    if (!key.deletion() && !before.deletion() && key.version().olderThan(before.version())) {
                        replacedBy[i] = earlier;
                        dispositions[i] = Disposition.OLDER;
                        continue;
                    }
                    replacedBy[earlier] = i;
                    replacesEarlier[i] = !before.deletion();
                    dispositions[earlier] = before.deletion() ? Disposition.UNDONE
                            : key.deletion() ? Disposition.WITHDRAWN : Disposition.DUPLICATE;
                }
                kept.put(slot, i);
            }
            return replacesEarlier;
        }

        /** The store's source graphs the run's withdrawals remove, each with what it leaves of its paper. */
        private static List<StoreDeletion> storeDeletions(Map<String, Map<String, SourceRef>> withdrawn,
                                                          Map<String, List<StoredSourceGraph>> storeGraphs,
                                                          Map<String, List<Integer>> byPaper, AuthorList[] planned) {
            List<StoreDeletion> out = new ArrayList<>();
            for (Map.Entry<String, Map<String, SourceRef>> paper : withdrawn.entrySet()) {
                List<StoredSourceGraph> graphs = storeGraphs.get(paper.getKey());
                List<Integer> runRecords = byPaper.get(paper.getKey());
                for (StoredSourceGraph g : graphs) {
                    SourceRef by = paper.getValue().get(g.source());
                    if (by == null) continue;
                    out.add(new StoreDeletion(paper.getKey(), g.graph(), by, runRecords == null,
                            authorsLost(g, graphs, paper.getValue().keySet(), runRecords, planned)));
                }
            }
            return out;
        }

        private static StoredSourceGraph storedGraph(List<StoredSourceGraph> graphs, String source) {
            for (StoredSourceGraph g : graphs) if (g.source().equals(source)) return g;
            return null;
        }

        /**
         * Whether withdrawing {@code deleted} leaves the paper without an author list while it keeps
         * other graphs: the list was there, and neither a graph that stays nor a record of the run
         * carries one.
         */
        private static boolean authorsLost(StoredSourceGraph deleted, List<StoredSourceGraph> graphs, Set<String> gone,
                                           List<Integer> runRecords, AuthorList[] planned) {
            if (deleted.authors().isEmpty()) return false;
            boolean othersStay = false;
            for (StoredSourceGraph g : graphs) {
                if (gone.contains(g.source())) continue;
                othersStay = true;
                if (!g.authors().isEmpty()) return false;
            }
            if (runRecords != null)
                for (int i : runRecords) {
                    if (i < planned.length && planned[i] != null && planned[i].written()) return false;
                    othersStay = true;
                }
            return othersStay;
        }

        /** What the plan's author list for a list the store holds asks of the store, if anything. */
        private static Optional<AuthorListEdit> edit(StoredSourceGraph list, String paper, AuthorList planned) {
            if (!planned.written()) return Optional.of(new AuthorListEdit(paper, list.graph(), true, Map.of()));
            Map<Integer, String> changed = new HashMap<>();
            planned.personIris().forEach((j, iri) -> {
                if (!iri.equals(list.persons().get(j))) changed.put(j, iri);
            });
            return changed.isEmpty() ? Optional.empty() : Optional.of(new AuthorListEdit(paper, list.graph(), false, changed));
        }
    }

    /** The rank of a source's author list: lower is preferred. */
    static int authorRank(String source) {
        int i = AUTHOR_SOURCES.indexOf(source);
        return i < 0 ? AUTHOR_SOURCES.size() : i;
    }
}
