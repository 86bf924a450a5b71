package org.paperkg.store.mem;

/**
 * Sorts tuples of four ints stored one after another in an {@code int[]}, by the first int, then
 * the second, and so on: {@link QuadSort} for the node ids of the in-memory store.
 */
final class IntQuadSort {

    private IntQuadSort() {}

    /** Sorts the first {@code n} tuples of {@code a}. */
    static void sort(int[] a, int n) {
        sort(a, 0, n - 1);
    }

    /** Sorts the first {@code n} tuples and moves repeats out; returns how many distinct tuples lead. */
    static int sortDistinct(int[] a, int n) {
        sort(a, n);
        return distinct(a, n);
    }

    /**
     * The first {@code n} tuples of {@code src}, their columns put in {@code order}, sorted into a
     * new array: first bucketed on their first column in one counting pass (node ids are dense,
     * below {@code bound}, and quads that share a first node are few or were appended together),
     * then each bucket sorted on its own. Returns the array; repeats are not removed.
     */
    static int[] bucketSorted(int[] src, int n, int[] order, int bound) {
        int c0 = order[0], c1 = order[1], c2 = order[2], c3 = order[3];
        int[] next = new int[bound + 1];
        for (int i = 0; i < n; i++) next[src[4 * i + c0] + 1]++;
        for (int id = 0; id < bound; id++) next[id + 1] += next[id];
        // next[id] is now where bucket id starts; it is moved on as tuples land in it
        int[] out = new int[4 * n];
        for (int i = 0, j = 0; i < n; i++, j += 4) {
            int k = 4 * next[src[j + c0]]++;
            out[k] = src[j + c0];
            out[k + 1] = src[j + c1];
            out[k + 2] = src[j + c2];
            out[k + 3] = src[j + c3];
        }
        // next[id] is now where bucket id ends, which is where bucket id + 1 starts
        int from = 0;
        for (int id = 0; id < bound; id++) {
            int to = next[id];
            if (to - from > 1) sort(out, from, to - 1);
            from = to;
        }
        return out;
    }

    /** Moves repeats of the first {@code n} sorted tuples out; returns how many distinct tuples lead. */
    static int distinct(int[] a, int n) {
        if (n == 0) return 0;
        int w = 1;
        for (int r = 1; r < n; r++) {
            int i = 4 * r, j = 4 * (w - 1);
            if (a[i] == a[j] && a[i + 1] == a[j + 1] && a[i + 2] == a[j + 2] && a[i + 3] == a[j + 3]) continue;
            if (w != r) System.arraycopy(a, i, a, 4 * w, 4);
            w++;
        }
        return w;
    }

    /**
     * The distinct tuples of two sorted, distinct runs ({@code n} tuples of {@code a}, {@code m} of
     * {@code b}) merged into a new array of exactly their number.
     */
    static int[] mergeDistinct(int[] a, int n, int[] b, int m) {
        int[] out = new int[4 * (n + m)];
        int i = 0, w = 0;
        // b is small: each of its tuples is placed by a binary search in a, the run of a before it copied whole
        for (int j = 0; j < m; j++) {
            int b0 = b[4 * j], b1 = b[4 * j + 1], b2 = b[4 * j + 2], b3 = b[4 * j + 3];
            int lo = i, hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cmp(a, mid, b0, b1, b2, b3) < 0) lo = mid + 1;
                else hi = mid;
            }
            System.arraycopy(a, 4 * i, out, 4 * w, 4 * (lo - i));
            w += lo - i;
            i = lo;
            if (i < n && cmp(a, i, b0, b1, b2, b3) == 0) continue; // already there
            System.arraycopy(b, 4 * j, out, 4 * w++, 4);
        }
        System.arraycopy(a, 4 * i, out, 4 * w, 4 * (n - i));
        w += n - i;
        return w == n + m ? out : java.util.Arrays.copyOf(out, 4 * w);
    }

    private static void sort(int[] a, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            // median of three moved to mid
            if (cmp(a, mid, lo) < 0) swap(a, mid, lo);
            if (cmp(a, hi, lo) < 0) swap(a, hi, lo);
            if (cmp(a, hi, mid) < 0) swap(a, hi, mid);
            int m = 4 * mid;
            int p0 = a[m], p1 = a[m + 1], p2 = a[m + 2], p3 = a[m + 3];
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

    private static void insertion(int[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            int k = 4 * i;
            int t0 = a[k], t1 = a[k + 1], t2 = a[k + 2], t3 = a[k + 3];
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

    private static int cmp(int[] a, int x, int y) {
        int j = 4 * y;
        return cmp(a, x, a[j], a[j + 1], a[j + 2], a[j + 3]);
    }

    private static int cmp(int[] a, int x, int p0, int p1, int p2, int p3) {
        int i = 4 * x;
        if (a[i] != p0) return a[i] < p0 ? -1 : 1;
        if (a[i + 1] != p1) return a[i + 1] < p1 ? -1 : 1;
        if (a[i + 2] != p2) return a[i + 2] < p2 ? -1 : 1;
        if (a[i + 3] != p3) return a[i + 3] < p3 ? -1 : 1;
        return 0;
    }

    private static void swap(int[] a, int x, int y) {
        int i = 4 * x, j = 4 * y;
        for (int k = 0; k < 4; k++) {
            int t = a[i + k];
            a[i + k] = a[j + k];
            a[j + k] = t;
        }
    }
}
