package org.paperkg.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;

/**
 * Opens input files, and computes the size and SHA-256 of the file being read for a run while its
 * reader reads it: no second pass over a large input. A run marks the file it hands to a reader
 * ({@link #reading}); the readers open files through {@link #open}, which passes the bytes of that
 * file through the digest on their way to the reader. What a reader leaves unread (it stopped at
 * damage, or only needed part) is read once more from where it stopped, so the checksum is always
 * that of the whole file.
 */
public final class FileDigests {

    private static final ThreadLocal<Reading> CURRENT = new ThreadLocal<>();

    private FileDigests() {}

    /** Opens {@code file}; when it is the file being read for a run on this thread, its bytes are digested. */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        // no checksums only to measure what they cost (scripts/bench-provenance)
        if (Settings.current().get(PaperkgSettings.NO_DIGEST)) return raw;
        Reading reading = CURRENT.get();
        if (reading == null || reading.stream != null || !reading.file.equals(file)) return raw;
        reading.stream = new DigestingStream(raw);
        return reading.stream;
    }

    /** Marks {@code file} as the one being read on this thread until {@link Reading#close()}. */
    public static Reading reading(Path file) {
        Reading r = new Reading(file);
        CURRENT.set(r);
        return r;
    }

    /** The reading of one file; closing it ends the marking (call {@link #digest()} first when the read ended normally). */
    public static final class Reading implements AutoCloseable {
        private final Path file;
        private DigestingStream stream;

        private Reading(Path file) {
            this.file = file;
        }

        /** The size and checksum of the file, reading what the reader left unread. */
        public InputDigest digest() {
            String shown = file.toString();
            try {
                if (stream == null) return new InputDigest(shown, Files.isRegularFile(file) ? Files.size(file) : -1, null);
                if (!stream.atEnd && !stream.failed) stream.readRestOf(file);
                return new InputDigest(shown, stream.bytes, stream.failed ? null : stream.hex());
            } catch (IOException e) {
                return new InputDigest(shown, stream == null ? -1 : stream.bytes, null);
            }
        }

        @Override
        public void close() {
            if (CURRENT.get() == this) CURRENT.remove();
        }
    }

    /** Passes bytes on and into a SHA-256, counting them. */
    private static final class DigestingStream extends FilterInputStream {
        private final MessageDigest sha = sha256();
        private long bytes;
        private boolean atEnd;
        private boolean failed;

        DigestingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = guarded(() -> in.read());
            if (b < 0) atEnd = true;
            else {
                sha.update((byte) b);
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = guarded(() -> in.read(buf, off, len));
            if (n < 0) atEnd = true;
            else if (n > 0) {
                sha.update(buf, off, n);
                bytes += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes must be digested too
            byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r < 0) break;
                done += r;
            }
            return done;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Reads the part of the file the reader did not, from a new stream, into the digest. */
        void readRestOf(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                failed = true; // a pipe cannot be read again
                return;
            }
            try (InputStream rest = Files.newInputStream(file)) {
                rest.skipNBytes(bytes);
                byte[] buf = new byte[1 << 16];
                for (int n; (n = rest.read(buf)) >= 0; ) {
                    sha.update(buf, 0, n);
                    bytes += n;
                }
                atEnd = true;
            }
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }

        private interface Read {
            int read() throws IOException;
        }

        private int guarded(Read r) throws IOException {
            try {
                return r.read();
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
