package org.paperkg.ingest;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.Quad;

/**
 * Takes quads on the mapping thread and hands them, in batches through a bounded queue, to a thread
 * of its own that passes each to {@code consumer} in the order given: the mapper goes on with the
 * next paper while the last one is counted and indexed, and memory stays bounded.
 */
final class QuadHandOff implements Consumer<Quad>, AutoCloseable {

    private static final int BATCH = 4096;
    private static final Quad[] END = new Quad[0];

    private final BlockingQueue<Quad[]> queue = new ArrayBlockingQueue<>(32);
    private final Thread thread;
    private volatile Throwable failure;
    private Quad[] batch = new Quad[BATCH];
    private int n;

    QuadHandOff(String name, Consumer<Quad> consumer) {
        thread = new Thread(() -> {
            try {
                for (Quad[] b; (b = queue.take()) != END; )
                    for (Quad q : b) consumer.accept(q);
            } catch (InterruptedException e) {
                // closed: the load was abandoned
            } catch (Throwable t) {
                failure = t;
                queue.clear(); // unblocks the mapper, which then sees the failure
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void accept(Quad q) {
        batch[n++] = q;
        if (n == BATCH) flush();
    }

    private void flush() {
        if (n == 0) return;
        put(n == BATCH ? batch : Arrays.copyOf(batch, n));
        batch = new Quad[BATCH];
        n = 0;
    }

    private void put(Quad[] b) {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) rethrowFailure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing quads over", e);
        }
        rethrowFailure();
    }

    /** Waits until every quad given was passed on; throws what the consumer failed with. */
    void finish() {
        flush();
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the quads to be indexed", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    /** Stops the thread without waiting for the quads still queued (after a failure of the mapping). */
    @Override
    public void close() {
        thread.interrupt();
    }
}
