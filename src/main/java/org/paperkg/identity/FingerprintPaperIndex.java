package org.paperkg.identity;

import java.util.Map;
import java.util.Set;

import org.paperkg.util.LongHashSet;

/**
 * The paper index of a bulk load into an empty store: it only has to tell that no earlier paper of
 * the run shares an identifier, which 64-bit fingerprints of (kind, value) do in about 16 bytes per
 * identifier. When a record does share one (a merge or a replaced graph, which need the store's
 * exact lookups and rewrites), {@link MatchNeedsStore} is thrown and the caller takes the
 * transactional path instead.
 */
public final class FingerprintPaperIndex implements PaperIndex {

    /** A record matched a paper of this run (or a fingerprint collided): the bulk path cannot go on. */
    public static final class MatchNeedsStore extends RuntimeException {
        public MatchNeedsStore(String message) {
            super(message, null, false, false);
        }
    }

    private final LongHashSet ids = new LongHashSet();

    @Override
    public Set<String> papersWith(IdKind kind, String value) {
        if (ids.contains(key(kind, value)))
            throw new MatchNeedsStore("two records of the run share " + kind + " " + value);
        return Set.of();
    }

    @Override
    public IdSet idsOf(String paperIri) {
        return new IdSet(Map.of());
    }

    @Override
    public void register(String paperIri, IdSet set) {
        set.values().forEach((k, v) -> ids.add(key(k, v)));
    }

    @Override
    public void renamed(String from, String to) {
        throw new MatchNeedsStore("paper <" + from + "> renamed to <" + to + ">");
    }

    /** Bytes held (the table grows by doubling). */
    public long bytes() {
        return ids.bytes();
    }

    private static long key(IdKind kind, String value) {
        return LongHashSet.fingerprint(kind.ordinal() + ":" + value);
    }
}
