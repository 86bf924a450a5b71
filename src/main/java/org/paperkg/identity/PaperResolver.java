package org.paperkg.identity;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.paperkg.map.PaperIris;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.SourceRef;

/**
 * Decides which paper a record is about. A record that shares any identifier (PMCID, PMID, DOI)
 * with a known paper is that paper. The paper's IRI always comes from the strongest identifier
 * known for it from all its sources (PMCID, then PMID, then DOI, then the title), so the result does
 * not depend on the order sources arrive in: when a record bridges papers known apart until then,
 * or brings a stronger identifier, the papers are merged under that IRI. Identifiers that cannot
 * belong to one paper (two PMIDs, say) are a reported conflict: the record then joins only the
 * paper its strongest identifier names.
 */
public final class PaperResolver {

    private final PaperIris iris;
    private final PaperIndex index;
    private final ProblemSink problems;
    private final PaperMerges merges;

    public PaperResolver(PaperIris iris, PaperIndex index, ProblemSink problems, PaperMerges merges) {
        this.iris = iris;
        this.index = index;
        this.problems = problems;
        this.merges = merges;
    }

    public String resolve(PaperRecord r) {
        return resolve(IdSet.of(r), r.title(), r.origin());
    }

    /** As {@link #resolve(PaperRecord)}, from what identity needs of a record. */
    public String resolve(IdSet ids, String title, SourceRef origin) {
        Set<String> matched = matches(ids);
        IdSet cluster = ids;
        for (String paper : matched) cluster = cluster.plus(index.idsOf(paper));
        Optional<IdKind> conflict = conflict(ids, matched);
        if (conflict.isPresent()) {
            String strongest = strongestMatch(ids);
            problems.report(new Problem(origin.file(), origin.line(), Problem.Severity.WARN, ProblemCode.ID_CONFLICT,
                    "identifiers " + ids + " match papers " + matched + " whose " + conflict.get()
                            + " differ; the record is attached to <" + strongest + "> only"));
            matched = Set.of(strongest);
            cluster = index.idsOf(strongest).plus(without(ids, index.idsOf(strongest)));
        }
        String survivor = iris.paper(cluster.get(IdKind.PMCID).orElse(null), cluster.get(IdKind.PMID).orElse(null),
                cluster.get(IdKind.DOI).orElse(null), title);
        for (String paper : matched)
            if (!paper.equals(survivor)) {
                merges.merge(paper, survivor);
                index.renamed(paper, survivor);
            }
        index.register(survivor, cluster);
        return survivor;
    }

    /**
     * The known paper a record with these identifiers is about, or null: for a withdrawal, which
     * names a paper and must not make one up. Nothing is registered or merged.
     */
    public String find(IdSet ids) {
        Set<String> matched = matches(ids);
        return matched.isEmpty() ? null : matched.iterator().next();
    }

    private Set<String> matches(IdSet ids) {
        Set<String> matched = new LinkedHashSet<>();
        for (var e : ids.values().entrySet()) matched.addAll(index.papersWith(e.getKey(), e.getValue()));
        return matched;
    }

    /** A kind whose values differ between the record and a matched paper, or between matched papers. */
    private Optional<IdKind> conflict(IdSet ids, Set<String> matched) {
        IdSet seen = ids;
        for (String paper : matched) {
            IdSet theirs = index.idsOf(paper);
            Optional<IdKind> c = seen.conflictWith(theirs);
            if (c.isPresent()) return c;
            seen = seen.plus(theirs);
        }
        return Optional.empty();
    }

    private String strongestMatch(IdSet ids) {
        for (IdKind kind : IdKind.values()) {
            Optional<String> v = ids.get(kind);
            if (v.isPresent()) {
                Set<String> papers = index.papersWith(kind, v.get());
                if (!papers.isEmpty()) return papers.iterator().next();
            }
        }
        throw new IllegalStateException("a conflict needs a match");
    }

    /** The record's identifiers of the kinds the paper does not have yet. */
    private static IdSet without(IdSet ids, IdSet paper) {
        var m = new java.util.EnumMap<IdKind, String>(IdKind.class);
        ids.values().forEach((k, v) -> {
            if (paper.get(k).isEmpty()) m.put(k, v);
        });
        return new IdSet(m);
    }
}
