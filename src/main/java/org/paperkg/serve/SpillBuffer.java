package org.paperkg.serve;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes held back until they can be sent: in memory up to {@code inMemory} bytes, then in a
 * temporary file, never more than {@code max} bytes in all (a write past it throws).
 */
final class SpillBuffer extends OutputStream {

    private final int inMemory;
    private final long max;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long size;

    SpillBuffer(int inMemory, long max) {
        this.inMemory = inMemory;
        this.max = max;
    }

    /** Thrown by a write that would pass the bound. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("the result is larger than this endpoint's limit of " + max + " bytes; ask for less (LIMIT, OFFSET)");
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (size + len > max) throw new TooLarge(max);
        if (fileOut == null && memory.size() + len > inMemory) spill();
        if (fileOut != null) fileOut.write(b, off, len);
        else memory.write(b, off, len);
        size += len;
    }

    private void spill() throws IOException {
        file = Files.createTempFile("paperkg-result", ".tmp");
        fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        memory.writeTo(fileOut);
        memory = null;
    }

    long size() {
        return size;
    }

    /** The start of what is held (at most {@code n} bytes, only while it is in memory), as UTF-8. */
    String head(int n) {
        if (memory == null) return "";
        byte[] bytes = memory.toByteArray();
        return new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.UTF_8);
    }

    void writeTo(OutputStream out) throws IOException {
        if (fileOut == null) {
            memory.writeTo(out);
            return;
        }
        fileOut.flush();
        Files.copy(file, out);
    }

    /** Drops everything held. */
    void reset() {
        discard();
        memory = new ByteArrayOutputStream();
        size = 0;
    }

    /** Drops everything held and deletes the temporary file, if any. */
    void discard() {
        if (fileOut != null) {
            try {
                fileOut.close();
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless; the OS cleans its temp directory
            }
            fileOut = null;
            file = null;
        }
        memory = null;
    }

    @Override
    public void close() {
        // writers close the response stream when they are done: the bytes are still to be sent
    }
}
