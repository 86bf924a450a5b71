package org.paperkg.util;

/**
 * A set of long fingerprints with open addressing: 8 to 16 bytes an entry, no boxing, for the
 * per-run "seen before?" sets that grow with the corpus (a {@code HashSet<Long>} costs about 56).
 */
public final class LongHashSet {

    private static final long EMPTY = 0L;

    private long[] table = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** Adds a value; true when it was not there yet. */
    public boolean add(long v) {
        if (v == EMPTY) {
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long t = table[i];
            if (t == EMPTY) break;
            if (t == v) return false;
            i = (i + 1) & mask;
        }
        table[i] = v;
        if (++size * 2 > table.length) grow();
        return true;
    }

    public boolean contains(long v) {
        if (v == EMPTY) return hasZero;
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long t = table[i];
            if (t == EMPTY) return false;
            if (t == v) return true;
            i = (i + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    /** Bytes held by the table. */
    public long bytes() {
        return 8L * table.length;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long v : old) {
            if (v == EMPTY) continue;
            int i = mix(v) & mask;
            while (table[i] != EMPTY) i = (i + 1) & mask;
            table[i] = v;
        }
    }

    static int mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        v ^= v >>> 33;
        return (int) v;
    }

    /** A 64-bit fingerprint of a string (two independent 32-bit hashes). */
    public static long fingerprint(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h ^ ((long) s.hashCode() << 32);
    }
}
