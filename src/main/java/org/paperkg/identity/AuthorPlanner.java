package org.paperkg.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paperkg.map.AuthorList;
import org.paperkg.map.PaperIris;
import org.paperkg.source.Author;

/**
 * Gives each paper one author list and each person one IRI across a run.
 * <ul>
 * <li>A paper read from several sources keeps the author list of the preferred source (PubMed,
 * then JATS, then the card, then any other; among equals the longer list, then the first read); the other
 * sources' graphs carry no authors.</li>
 * <li>An author of that list is the same person as the other sources' author at the same
 * position when the names match ({@link AuthorNames}); an ORCID either of them has becomes the
 * person's IRI.</li>
 * <li>A person known by a name key (person/…) who appears under an ORCID elsewhere in the run
 * (the same name key, or matched by position as above) is that ORCID, in every paper of the run,
 * unless the name key goes with two different ORCIDs in the run (then names alone cannot tell the
 * people apart, and the name key stays).</li>
 * </ul>
 */
final class AuthorPlanner {

    private final PaperIris iris;
    private final List<RecordKey> keys;
    private final Map<Integer, Map<Integer, String>> overrides = new HashMap<>();
    private final Set<Integer> silenced = new HashSet<>();
    /** Name-key IRI → ORCID IRI, learned from the run; null where a key met two ORCIDs. */
    private final Map<String, String> learned = new HashMap<>();

    private final PaperIndex store;
    private final List<AuthorListEdit> storeEdits = new java.util.ArrayList<>();

    /** {@code store}: the target store's papers, or null for a target that starts empty. */
    AuthorPlanner(PaperIris iris, List<RecordKey> keys, PaperIndex store) {
        this.iris = iris;
        this.keys = keys;
        this.store = store;
    }

    /**
     * The store's other papers whose author turned out to be an ORCID person: renamed there too,
     * so that the person stays one node whichever run brought which form.
     */
    List<AuthorListEdit> storeEdits() {
        return storeEdits;
    }

    /** The author lists of {@code n} records, of which {@code papers} are the groups read as one paper. */
    AuthorList[] plan(Collection<List<Integer>> papers, int n) {
        for (List<Integer> records : papers) {
            List<Integer> withAuthors = records.stream().filter(i -> !keys.get(i).authors().isEmpty()).toList();
            if (withAuthors.size() > 1) mergeLists(withAuthors);
        }
        for (RecordKey k : keys)
            for (Author a : k.authors())
                if (a.orcid() != null && !a.collective()) learn(iris.person(a.name()), iris.agent(a));
        if (store != null) learnFromStore();
        AuthorList[] out = new AuthorList[n];
        for (int i = 0; i < n; i++) {
            if (silenced.contains(i)) {
                out[i] = AuthorList.NONE;
                continue;
            }
            Map<Integer, String> mine = overrides.getOrDefault(i, new HashMap<>());
            List<Author> authors = keys.get(i).authors();
            for (int j = 0; j < authors.size(); j++) {
                Author a = authors.get(j);
                if (a.orcid() != null || a.collective() || mine.containsKey(j)) continue;
                String orcid = learned.get(iris.agent(a));
                if (orcid != null) mine.put(j, orcid);
            }
            out[i] = mine.isEmpty() ? AuthorList.OWN : new AuthorList(true, mine);
        }
        return out;
    }

    /**
     * A name the run knows only as a name key, which the store knows as exactly one ORCID person
     * of that name, is that person; and each name key the run learned an ORCID for is renamed in
     * the store's papers that have it.
     */
    private void learnFromStore() {
        Map<String, java.util.Set<String>> asked = new HashMap<>();
        for (RecordKey k : keys)
            for (Author a : k.authors()) {
                if (a.orcid() != null || a.collective() || a.name().isEmpty()) continue;
                String key = iris.agent(a);
                if (learned.containsKey(key)) continue;
                java.util.Set<String> orcids = asked.computeIfAbsent(a.name(), store::orcidPeopleNamed);
                if (orcids.size() == 1) learn(key, orcids.iterator().next());
            }
        learned.forEach((key, orcid) -> {
            if (orcid == null) return;
            for (AuthorListEdit at : store.authorships(key))
                at.persons().keySet().forEach(j -> storeEdits.add(new AuthorListEdit(at.paper(), at.graph(), false, Map.of(j, orcid))));
        });
    }

    private void mergeLists(List<Integer> records) {
        int primary = records.stream().min(Comparator
                .comparingInt((Integer i) -> IdentityPlan.authorRank(keys.get(i).source()))
                .thenComparing(i -> -keys.get(i).authors().size())
                .thenComparingInt(i -> i)).orElseThrow();
        List<Author> kept = keys.get(primary).authors();
        Map<Integer, String> mine = overrides.computeIfAbsent(primary, k -> new HashMap<>());
        for (int other : records) {
            if (other == primary) continue;
            silenced.add(other);
            List<Author> theirs = keys.get(other).authors();
            for (int j = 0; j < Math.min(kept.size(), theirs.size()); j++) {
                Author a = kept.get(j), b = theirs.get(j);
                if (!AuthorNames.samePerson(a, b)) continue;
                if (a.orcid() == null && b.orcid() != null && !a.collective()) {
                    mine.putIfAbsent(j, iris.agent(b));
                    learn(iris.agent(a), iris.agent(b));
                } else if (a.orcid() != null && b.orcid() == null && !b.collective()) {
                    learn(iris.agent(b), iris.agent(a));
                }
            }
        }
    }

    private void learn(String nameKeyIri, String orcidIri) {
        if (!learned.containsKey(nameKeyIri)) learned.put(nameKeyIri, orcidIri);
        else if (learned.get(nameKeyIri) != null && !learned.get(nameKeyIri).equals(orcidIri)) learned.put(nameKeyIri, null);
    }
}
