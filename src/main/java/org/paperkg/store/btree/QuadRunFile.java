package org.paperkg.store.btree;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run file of sorted tuples of four longs, delta-encoded: each tuple is a byte saying which
 * column is the first to differ from the tuple before (the columns ahead of it are the same), then,
 * for that column and every one after it, the difference from the tuple before as a zig-zag varint.
 * Sorted node-id tuples share their leading columns and differ by small amounts, so a tuple takes
 * 4–10 bytes instead of 32 (the runs of a million papers would otherwise take ~36 GB of disk).
 * Any sequence of tuples round-trips; only sorted ones compress well.
 */
final class QuadRunFile {

    /** A tuple takes at most this many bytes: the header and four 10-byte varints. */
    private static final int MAX_TUPLE = 1 + 4 * 10;
    /** The first tuple is encoded against this one: node ids are unsigned, stored as signed xor MIN. */
    private static final long ORIGIN = Long.MIN_VALUE;

    private QuadRunFile() {}

    /** Writes tuples through a buffer of its own. */
    static final class Writer implements AutoCloseable {
        private final OutputStream out;
        private final byte[] buf;
        private int pos;
        private final long[] prev = {ORIGIN, ORIGIN, ORIGIN, ORIGIN};
        private long tuples;
        private long bytes;

        Writer(Path file, int bufferSize) throws IOException {
            this.out = Files.newOutputStream(file);
            this.buf = new byte[Math.max(bufferSize, 2 * MAX_TUPLE)];
        }

        void write(long a, long b, long c, long d) throws IOException {
            if (buf.length - pos < MAX_TUPLE) drain();
            int first = a != prev[0] ? 0 : b != prev[1] ? 1 : c != prev[2] ? 2 : d != prev[3] ? 3 : 4;
            buf[pos++] = (byte) first;
            if (first <= 0) varint(a - prev[0]);
            if (first <= 1) varint(b - prev[1]);
            if (first <= 2) varint(c - prev[2]);
            if (first <= 3) varint(d - prev[3]);
            prev[0] = a;
            prev[1] = b;
            prev[2] = c;
            prev[3] = d;
            tuples++;
        }

        private void varint(long delta) {
            long v = (delta << 1) ^ (delta >> 63);
            while ((v & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        private void drain() throws IOException {
            out.write(buf, 0, pos);
            bytes += pos;
            pos = 0;
        }

        long tuples() {
            return tuples;
        }

        /** Bytes written so far (all of them after close). */
        long bytes() {
            return bytes + pos;
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }

    /** Reads the tuples back, in order. */
    static final class Reader implements AutoCloseable {
        private final InputStream in;
        private final byte[] buf;
        private int pos;
        private int limit;
        private boolean eof;
        private final long[] prev = {ORIGIN, ORIGIN, ORIGIN, ORIGIN};

        Reader(Path file, int bufferSize) throws IOException {
            this.in = Files.newInputStream(file);
            this.buf = new byte[Math.max(bufferSize, 2 * MAX_TUPLE)];
        }

        /** Reads the next tuple into {@code t}; false at the end of the file. */
        boolean read(long[] t) throws IOException {
            if (limit - pos < MAX_TUPLE && !eof) fill();
            if (pos == limit) return false;
            int first = buf[pos++];
            if (first < 0 || first > 4) throw new IOException("run file damaged: tuple header " + first);
            for (int k = 0; k < 4; k++) {
                if (k >= first) prev[k] += varint();
                t[k] = prev[k];
            }
            return true;
        }

        private long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos == limit) throw new IOException("run file ends mid-tuple");
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return (v >>> 1) ^ -(v & 1);
            }
            throw new IOException("run file damaged: varint too long");
        }

        private void fill() throws IOException {
            int left = limit - pos;
            System.arraycopy(buf, pos, buf, 0, left);
            pos = 0;
            limit = left;
            while (limit < buf.length) {
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                    break;
                }
                limit += n;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
