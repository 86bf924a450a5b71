package org.paperkg.util;

/**
 * Counters keyed by long fingerprints, with open addressing: 12 to 24 bytes an entry, no boxing,
 * for the per-person and per-pair counts of a bulk load (a {@code HashMap<Long, Integer>} costs
 * about 70). The key 0 is kept aside, as in {@link LongHashSet}.
 */
public final class LongIntMap {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1 << 6];
    private int[] values = new int[1 << 6];
    private int size;
    private boolean hasZero;
    private int zeroValue;

    /** Adds {@code n} to the counter of {@code key} (0 if absent). */
    public void add(long key, int n) {
        if (key == EMPTY) {
            if (!hasZero) size++;
            hasZero = true;
            zeroValue += n;
            return;
        }
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] += n;
        if (size * 2 > keys.length) grow();
    }

    /** The counter of {@code key}, 0 if absent. */
    public int get(long key) {
        if (key == EMPTY) return hasZero ? zeroValue : 0;
        int i = slot(key);
        return keys[i] == EMPTY ? 0 : values[i];
    }

    public boolean containsKey(long key) {
        return key == EMPTY ? hasZero : keys[slot(key)] != EMPTY;
    }

    public int size() {
        return size;
    }

    /** Calls {@code each} for every key and its counter, in no particular order. */
    public void forEach(Entry each) {
        if (hasZero) each.accept(EMPTY, zeroValue);
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) each.accept(keys[i], values[i]);
    }

    @FunctionalInterface
    public interface Entry {
        void accept(long key, int value);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = LongHashSet.mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY) continue;
            int i = slot(oldKeys[j]);
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }
}
