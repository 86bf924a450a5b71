package org.paperkg.identity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.paperkg.source.PaperRecord;

/** The identifiers of one paper (normalised: DOI lower case, PMCID as PMC…), at most one per kind. */
public record IdSet(Map<IdKind, String> values) {

    public IdSet {
        values = Map.copyOf(values);
    }

    public static IdSet of(PaperRecord r) {
        Map<IdKind, String> m = new EnumMap<>(IdKind.class);
        if (r.pmcid() != null) m.put(IdKind.PMCID, r.pmcid());
        if (r.pmid() != null) m.put(IdKind.PMID, r.pmid());
        if (r.doi() != null) m.put(IdKind.DOI, r.doi());
        return new IdSet(m);
    }

    public Optional<String> get(IdKind kind) {
        return Optional.ofNullable(values.get(kind));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The union; where both have a kind, the other's value wins. */
    public IdSet plus(IdSet other) {
        Map<IdKind, String> m = new EnumMap<>(IdKind.class);
        m.putAll(values);
        m.putAll(other.values);
        return new IdSet(m);
    }

    /** A kind both have with different values: then they cannot be one paper. */
    public Optional<IdKind> conflictWith(IdSet other) {
        for (var e : values.entrySet()) {
            String theirs = other.values.get(e.getKey());
            if (theirs != null && !theirs.equals(e.getValue())) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
