package org.paperkg.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.paperkg.util.LongHashSet;

/**
 * The graphs a target has confirmed, so that a rerun after an interruption sends only the rest.
 * A text file: a header line naming the target, then one line per confirmed graph,
 * {@code DIGEST GRAPH-IRI}, where the digest is of the graph's content (a graph mapped differently
 * since is sent again). Appended only, and forced to disk every {@code syncEvery} lines and at the
 * end; a line cut short by a crash is ignored on reading. In memory only a 64-bit fingerprint per
 * line is kept.
 */
public final class PushJournal implements AutoCloseable {

    private static final String HEADER = "# paperkg push journal: graphs confirmed by ";

    private final Path file;
    private final FileChannel channel;
    private final LongHashSet confirmed = new LongHashSet();
    private final int syncEvery;
    private long loaded;
    private int unsynced;

    private PushJournal(Path file, FileChannel channel, int syncEvery) {
        this.file = file;
        this.channel = channel;
        this.syncEvery = syncEvery;
    }

    /** Opens (or creates) the journal of pushes to {@code target}; refuses one written for another target. */
    public static PushJournal open(Path file, String target, int syncEvery) throws IOException {
        String header = HEADER + target;
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        byte[] all = fresh ? new byte[0] : Files.readAllBytes(file);
        int whole = all.length;
        while (whole > 0 && all[whole - 1] != '\n') whole--;      // a last line cut short by a crash
        String[] lines = new String(all, 0, whole, StandardCharsets.UTF_8).split("\n");
        if (!fresh && !lines[0].equals(header))
            throw new IllegalArgumentException("journal " + file + " is not a push journal for " + target
                    + (lines[0].startsWith(HEADER) ? " (it is for " + lines[0].substring(HEADER.length()) + ")" : "")
                    + "; give another --journal, or remove it to push everything again");
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        if (whole < all.length)
            try (FileChannel t = FileChannel.open(file, StandardOpenOption.WRITE)) {
                t.truncate(whole);      // or the next line appended would join the cut one
                t.force(true);
            }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        PushJournal j = new PushJournal(file, ch, Math.max(1, syncEvery));
        if (fresh) j.append(header + "\n", true);
        else
            for (String line : lines)
                if (!line.isEmpty() && !line.startsWith("#") && j.confirmed.add(LongHashSet.fingerprint(line))) j.loaded++;
        return j;
    }

    public Path file() {
        return file;
    }

    /** Graphs confirmed by earlier runs when the journal was opened. */
    public long loaded() {
        return loaded;
    }

    public synchronized boolean isConfirmed(PaperGraph g) {
        return confirmed.contains(LongHashSet.fingerprint(g.journalLine()));
    }

    /** Records graphs the server has confirmed. */
    public synchronized void confirm(List<PaperGraph> graphs) {
        StringBuilder sb = new StringBuilder();
        for (PaperGraph g : graphs) {
            confirmed.add(LongHashSet.fingerprint(g.journalLine()));
            sb.append(g.journalLine()).append('\n');
        }
        unsynced += graphs.size();
        append(sb.toString(), unsynced >= syncEvery);
    }

    /** Forces what was appended to disk. */
    public synchronized void sync() {
        if (unsynced == 0) return;
        force();
    }

    @Override
    public synchronized void close() {
        try {
            if (channel.isOpen()) {
                sync();
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a complete push the journal has done its job. */
    public synchronized void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    private void append(String text, boolean force) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) channel.write(buf);
            if (force) force();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the push journal " + file, e);
        }
    }

    private void force() {
        try {
            channel.force(false);
            unsynced = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the push journal " + file, e);
        }
    }
}
