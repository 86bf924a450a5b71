package org.paperkg.identity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A paper index held in memory, for runs without a store (export): about 100 bytes per identifier. */
public final class MemoryPaperIndex implements PaperIndex {

    private final Map<IdKind, Map<String, String>> byId = new EnumMap<>(IdKind.class);
    private final Map<String, IdSet> idsByPaper = new HashMap<>();

    @Override
    public Set<String> papersWith(IdKind kind, String value) {
        String iri = byId.getOrDefault(kind, Map.of()).get(value);
        return iri == null ? Set.of() : Set.of(iri);
    }

    @Override
    public IdSet idsOf(String paperIri) {
        return idsByPaper.getOrDefault(paperIri, new IdSet(Map.of()));
    }

    @Override
    public void register(String paperIri, IdSet ids) {
        idsByPaper.merge(paperIri, ids, IdSet::plus);
        ids.values().forEach((k, v) -> byId.computeIfAbsent(k, x -> new HashMap<>()).put(v, paperIri));
    }

    @Override
    public void renamed(String from, String to) {
        IdSet ids = idsByPaper.remove(from);
        if (ids != null) register(to, ids);
    }
}
