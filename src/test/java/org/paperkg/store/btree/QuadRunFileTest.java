package org.paperkg.store.btree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuadRunFileTest {

    @TempDir
    Path dir;

    @Test
    void sortedNodeIdTuplesRoundTripInAFewBytesEach() throws IOException {
        // node ids as the loader holds them: unsigned offsets xor MIN_VALUE, sorted, many shared prefixes
        Random rnd = new Random(7);
        int n = 200_000;
        long[] a = new long[4 * n];
        for (int i = 0; i < 4 * n; i += 4) {
            a[i] = (rnd.nextInt(2_000) * 997L) ^ Long.MIN_VALUE;
            a[i + 1] = (rnd.nextInt(50_000) * 113L) ^ Long.MIN_VALUE;
            a[i + 2] = (rnd.nextInt(40) * 31L) ^ Long.MIN_VALUE;
            a[i + 3] = (rnd.nextLong() >>> 20) ^ Long.MIN_VALUE;
        }
        QuadSort.sort(a, n);
        Path file = dir.resolve("sorted.run");
        long bytes = write(file, a, n, 1 << 16);
        assertArrayEquals(a, readAll(file, n, 1 << 12));
        assertEquals(bytes, Files.size(file));
        double perTuple = bytes / (double) n;
        assertTrue(perTuple < 16, "sorted tuples should take under half their 32 bytes, took " + perTuple);
    }

    @Test
    void extremeAndUnsortedValuesRoundTrip() throws IOException {
        long[] values = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, 0x00FF_FFFF_FFFF_FFFFL};
        Random rnd = new Random(11);
        int n = 5_000;
        long[] a = new long[4 * n];
        for (int i = 0; i < a.length; i++) a[i] = rnd.nextBoolean() ? values[rnd.nextInt(values.length)] : rnd.nextLong();
        // repeated tuples and tuples that differ only in the last column
        System.arraycopy(a, 0, a, 4, 4);
        System.arraycopy(a, 8, a, 12, 3);
        Path file = dir.resolve("mixed.run");
        write(file, a, n, 64);
        assertArrayEquals(a, readAll(file, n, 64));
    }

    @Test
    void emptyRunHasNoTuples() throws IOException {
        Path file = dir.resolve("empty.run");
        write(file, new long[0], 0, 1024);
        assertEquals(0, Files.size(file));
        try (QuadRunFile.Reader in = new QuadRunFile.Reader(file, 1024)) {
            assertFalse(in.read(new long[4]));
        }
    }

    @Test
    void truncatedRunIsAnErrorNotAShortRead() throws IOException {
        long[] a = {1, 2, 3, Long.MAX_VALUE, 1, 2, 4, Long.MIN_VALUE};
        Path file = dir.resolve("cut.run");
        write(file, a, 2, 1024);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 1));
        try (QuadRunFile.Reader in = new QuadRunFile.Reader(file, 1024)) {
            long[] t = new long[4];
            assertTrue(in.read(t));
            IOException e = assertThrows(IOException.class, () -> in.read(t));
            assertTrue(e.getMessage().contains("ends mid-tuple"), e.getMessage());
        }
    }

    private static long write(Path file, long[] a, int n, int buffer) throws IOException {
        QuadRunFile.Writer out = new QuadRunFile.Writer(file, buffer);
        try (out) {
            for (int i = 0; i < 4 * n; i += 4) out.write(a[i], a[i + 1], a[i + 2], a[i + 3]);
        }
        assertEquals(n, out.tuples());
        return out.bytes();
    }

    private static long[] readAll(Path file, int n, int buffer) throws IOException {
        long[] back = new long[4 * n];
        try (QuadRunFile.Reader in = new QuadRunFile.Reader(file, buffer)) {
            long[] t = new long[4];
            for (int i = 0; i < n; i++) {
                assertTrue(in.read(t), "tuple " + i + " missing");
                System.arraycopy(t, 0, back, 4 * i, 4);
            }
            assertFalse(in.read(t), "tuples after the last one");
        }
        return back;
    }
}
