package org.paperkg.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens input that may be gzipped, told from its first two bytes rather than its name. */
public final class MaybeGzipped {

    private MaybeGzipped() {}

    public static InputStream open(Path file) throws IOException {
        InputStream raw = FileDigests.open(file);
        try {
            return wrap(raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    public static InputStream wrap(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read(), b2 = in.read();
        in.reset();
        if (b1 != 0x1f || b2 != 0x8b) return in;
        return new BufferedInputStream(gunzip(in), 1 << 16);
    }

    /**
     * Up to {@code max} bytes from the start of {@code in}, fewer when a gzip stream is cut or damaged
     * within them (the reader that reads the file afterwards meets the damage and reports it).
     */
    public static byte[] head(InputStream in, int max) throws IOException {
        byte[] buf = new byte[max];
        int n = 0;
        try {
            for (int r; n < max && (r = in.read(buf, n, max - n)) > 0; ) n += r;
        } catch (EOFException | ZipException damaged) {
            // what came before the damage is the head
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    /**
     * A gzip stream over {@code in}; a damaged gzip header (found by fuzzing: "Unsupported compression
     * method") fails like damage further on, when read, so every reader reports it as it reports a
     * cut stream.
     */
    public static InputStream gunzip(InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in, 1 << 16) {
                /*
                 * The JDK's gzip stream says 1 until its end, so buffering readers (BufferedInputStream,
                 * the charset decoders) read on past what one call gave and, on a cut stream, throw away
                 * the bytes they already held. 0 makes them hand those bytes on first: the records
                 * before the damage are read, and the damage is met at its own line.
                 */
                @Override
                public int available() {
                    return 0;
                }
            };
        } catch (ZipException | EOFException damaged) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    throw damaged;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }
    }
}
