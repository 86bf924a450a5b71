package org.paperkg.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.source.FileDigests;
import org.paperkg.source.InputDigest;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordSource;

/**
 * Reads and parses the input files on a thread of its own, a bounded queue ahead of the caller,
 * which resolves, maps and writes: the two halves of a run overlap on two cores. Items come in the
 * order the reader produced them, each with the problems reported while it was read, so the run's
 * output and its problem log are the same as when reading on the caller's thread. Records are
 * passed, never changed, between the threads. The end of a file carries its size and SHA-256,
 * computed as the reader read it.
 */
final class ReadAhead implements AutoCloseable {

    /** A record, or the end of a file (or neither: problems only); with the problems reported before it. */
    record Item(PaperRecord record, boolean fileDone, List<Problem> problems, InputDigest digest) {
        Item(PaperRecord record, boolean fileDone, List<Problem> problems) {
            this(record, fileDone, problems, null);
        }
    }

    private static final Item END = new Item(null, false, List.of());
    private static final int CAPACITY = 512;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;

    /** Stops the reading thread when the caller has gone away. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    ReadAhead(RecordSource reader, List<InputFile> files) {
        thread = new Thread(() -> readAll(reader, files), "paperkg-read");
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(RecordSource reader, List<InputFile> files) {
        List<Problem> pending = new ArrayList<>();
        try {
            for (InputFile input : files) {
                Path file = input.path();
                InputDigest digest;
                try (FileDigests.Reading reading = FileDigests.reading(file)) {
                    try {
                        reader.read(file, input.name(), record -> {
                            put(new Item(record, false, List.copyOf(pending)));
                            pending.clear();
                        }, pending::add);
                    } catch (IOException e) {
                        // a read error (a bad disk, a file gone since it was listed, /proc/self/mem) costs
                        // this file or the rest of it; the run goes on with the next file
                        pending.add(new Problem(input.name(), 0, Problem.Severity.WARN, ProblemCode.UNREADABLE, "reading failed ("
                                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                                + "); the records read from it before are kept"));
                    }
                    InputDigest read = reading.digest();
                    // a spooled pipe is known by the name the user gave, not its temporary copy's
                    digest = new InputDigest(input.name(), read.bytes(), read.sha256());
                }
                put(new Item(null, true, List.copyOf(pending), digest));
                pending.clear();
            }
            put(END);
        } catch (Cancelled c) {
            // the caller stopped
        } catch (RuntimeException | Error e) {
            putFailure(e, pending);
        }
    }

    private void putFailure(Throwable t, List<Problem> pending) {
        try {
            if (!pending.isEmpty()) put(new Item(null, false, List.copyOf(pending)));
            put(t);
        } catch (Cancelled c) {
            // the caller stopped
        }
    }

    private void put(Object o) {
        try {
            do {
                if (closed) throw new Cancelled();
            } while (!queue.offer(o, 100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    /** The next item, or null after the last. Rethrows what the reading thread failed with. */
    Item next() throws IOException {
        if (ended) return null;
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof Item item) return item; // a record, a file's end, or problems just before a failure
        ended = true;
        if (o instanceof UncheckedIOException u) throw u.getCause();
        if (o instanceof RuntimeException r) throw r;
        throw (Error) o;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
