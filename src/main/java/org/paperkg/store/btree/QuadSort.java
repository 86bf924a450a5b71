package org.paperkg.store.btree;

/**
 * Sorts tuples of four longs stored one after another in a {@code long[]}, by the first long, then
 * the second, and so on (signed order). In place, no allocation: a quicksort with a median-of-three
 * pivot, insertion sort for short ranges.
 */
final class QuadSort {

    private QuadSort() {}

    /** Sorts the first {@code n} tuples of {@code a}. */
    static void sort(long[] a, int n) {
        sort(a, 0, n - 1);
    }

    private static void sort(long[] a, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            // median of three moved to mid
            if (cmp(a, mid, lo) < 0) swap(a, mid, lo);
            if (cmp(a, hi, lo) < 0) swap(a, hi, lo);
            if (cmp(a, hi, mid) < 0) swap(a, hi, mid);
            int m = 4 * mid;
            long p0 = a[m], p1 = a[m + 1], p2 = a[m + 2], p3 = a[m + 3];
            int i = lo, j = hi;
            while (i <= j) {
                while (cmp(a, i, p0, p1, p2, p3) < 0) i++;
                while (cmp(a, j, p0, p1, p2, p3) > 0) j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            // recurse into the smaller side, loop on the larger
            if (j - lo < hi - i) {
                if (lo < j) sort(a, lo, j);
                lo = i;
            } else {
                if (i < hi) sort(a, i, hi);
                hi = j;
            }
        }
        insertion(a, lo, hi);
    }

    private static void insertion(long[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            int k = 4 * i;
            long t0 = a[k], t1 = a[k + 1], t2 = a[k + 2], t3 = a[k + 3];
            int j = i - 1;
            while (j >= lo && cmp(a, j, t0, t1, t2, t3) > 0) {
                System.arraycopy(a, 4 * j, a, 4 * j + 4, 4);
                j--;
            }
            int d = 4 * (j + 1);
            a[d] = t0;
            a[d + 1] = t1;
            a[d + 2] = t2;
            a[d + 3] = t3;
        }
    }

    private static int cmp(long[] a, int x, int y) {
        int j = 4 * y;
        return cmp(a, x, a[j], a[j + 1], a[j + 2], a[j + 3]);
    }

    private static int cmp(long[] a, int x, long p0, long p1, long p2, long p3) {
        int i = 4 * x;
        if (a[i] != p0) return a[i] < p0 ? -1 : 1;
        if (a[i + 1] != p1) return a[i + 1] < p1 ? -1 : 1;
        if (a[i + 2] != p2) return a[i + 2] < p2 ? -1 : 1;
        if (a[i + 3] != p3) return a[i + 3] < p3 ? -1 : 1;
        return 0;
    }

    private static void swap(long[] a, int x, int y) {
        int i = 4 * x, j = 4 * y;
        for (int k = 0; k < 4; k++) {
            long t = a[i + k];
            a[i + k] = a[j + k];
            a[j + k] = t;
        }
    }
}
