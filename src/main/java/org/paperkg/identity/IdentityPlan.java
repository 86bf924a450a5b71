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
import org.paperkg.source.SourceRef;

/**
 * Who every record of a run is, decided before any record is mapped: each record's final paper
 * IRI, whether a later record of the same source and paper replaces it, which author list the
 * paper's graphs carry, and which papers already in the target store the run merges. The mapping
 * then writes each record once under its final IRI: no paper is renamed after it was written.
 * <p>
 * Records are numbered in the order they are read; the mapping reads them again in the same order
 * and checks each against its key ({@link #check}).
 */
public final class IdentityPlan {

    /** Sources in the order their author lists are preferred: PubMed's has the name parts and ORCIDs. */
    private static final List<String> AUTHOR_SOURCES = List.of("pubmed", "card");

    private final List<RecordKey> keys;
    private final String[] iris;
    private final Integer[] replacedBy;
    private final AuthorList[] authors;
    private final Map<Integer, List<Problem>> problems;
    private final Map<String, String> storeMerges;
    private final List<AuthorListEdit> storeAuthorEdits;
    private final int mergedPapers;

    private IdentityPlan(List<RecordKey> keys, String[] iris, Integer[] replacedBy, AuthorList[] authors,
                         Map<Integer, List<Problem>> problems, Map<String, String> storeMerges,
                         List<AuthorListEdit> storeAuthorEdits, int mergedPapers) {
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

    /** The final paper IRI of record {@code i}. */
    public String iri(int i) {
        return iris[i];
    }

    /** The record that replaces record {@code i} (same source, same paper, read later), or null. */
    public RecordKey replacedBy(int i) {
        return replacedBy[i] == null ? null : keys.get(replacedBy[i]);
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
                && planned.ids().equals(IdSet.of(record));
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
            resolved.add(resolver.resolve(key.ids(), key.title(), key.origin()));
            keys.add(key);
        }

        public IdentityPlan build() {
            int n = keys.size();
            String[] iris = new String[n];
            for (int i = 0; i < n; i++) iris[i] = index.current(resolved.get(i));
            Integer[] replacedBy = new Integer[n];
            Map<String, Integer> last = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Integer earlier = last.put(keys.get(i).source() + '\u0000' + iris[i], i);
                if (earlier != null) replacedBy[earlier] = i;
            }
            Map<String, List<Integer>> byPaper = new LinkedHashMap<>();
            for (int i = 0; i < n; i++)
                if (replacedBy[i] == null) byPaper.computeIfAbsent(iris[i], k -> new ArrayList<>()).add(i);
            // the author lists the store's papers carry take part as records of their own, after the run's
            List<RecordKey> planKeys = new ArrayList<>(keys);
            List<StoredAuthorList> stored = new ArrayList<>();
            List<String> storedPaper = new ArrayList<>();
            int merged = 0;
            for (Map.Entry<String, List<Integer>> paper : byPaper.entrySet()) {
                Set<String> sources = new HashSet<>();
                for (int i : paper.getValue()) sources.add(keys.get(i).source());
                Set<String> runSources = Set.copyOf(sources);
                for (StoredAuthorList list : index.storeAuthorLists(paper.getKey(), paperIris)) {
                    sources.add(list.source());
                    // a source the run reads again replaces its graph, author list and all
                    if (runSources.contains(list.source()) || list.authors().isEmpty()) continue;
                    paper.getValue().add(planKeys.size());
                    planKeys.add(new RecordKey(list.source(), new IdSet(Map.of()), null, list.authors(), new SourceRef(list.graph(), 0)));
                    stored.add(list);
                    storedPaper.add(paper.getKey());
                }
                if (sources.size() > 1) merged++;
            }
            AuthorPlanner planner = new AuthorPlanner(paperIris, planKeys, index.store());
            AuthorList[] all = planner.plan(byPaper.values(), planKeys.size());
            List<AuthorListEdit> edits = new ArrayList<>();
            for (int k = 0; k < stored.size(); k++) edit(stored.get(k), storedPaper.get(k), all[n + k]).ifPresent(edits::add);
            edits.addAll(planner.storeEdits());
            Map<String, String> storeMerges = index.storeMerges();
            return new IdentityPlan(List.copyOf(keys), iris, replacedBy, Arrays.copyOf(all, n), Map.copyOf(problems),
                    storeMerges, List.copyOf(edits), merged + storeMerges.size());
        }

        /** What the plan's author list for a list the store holds asks of the store, if anything. */
        private static Optional<AuthorListEdit> edit(StoredAuthorList list, String paper, AuthorList planned) {
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
