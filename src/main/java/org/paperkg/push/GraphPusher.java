package org.paperkg.push;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;

/**
 * Sends paper graphs as they are mapped, with at most {@code concurrency} requests at a time and
 * a bounded number of graphs waiting (so memory stays flat however long the input). Graphs a
 * journal already lists are skipped; each confirmed graph is added to it. The first failure
 * stops the push: graphs still mapped after it make {@link #accept} throw, requests under way
 * finish (and are journalled) before {@link #finish()} reports it.
 * <p>
 * A graph written twice in one run is sent again only after its first request has ended, so the
 * version mapped last is the one the server keeps, as in a store.
 */
public final class GraphPusher implements Consumer<PaperGraph>, AutoCloseable {

    private static final long PROGRESS_EVERY_MS = 10_000;

    private final GraphStoreClient client;
    private final GraphStoreTarget target;
    private final PushMode mode;
    private final PushJournal journal;
    private final PushStats stats;
    private final PrintStream progress;
    private final ExecutorService senders;
    private final Semaphore slots;
    private final Map<Node, CountDownLatch> inFlight = new ConcurrentHashMap<>();
    private final AtomicReference<PushFailedException> failure = new AtomicReference<>();
    private List<PaperGraph> batch = new ArrayList<>();
    private long lastProgress = System.currentTimeMillis();

    /**
     * @param client   null for a dry run: graphs are serialised and counted, nothing is sent
     * @param journal  null for none (dry run)
     * @param progress where a progress line goes every few seconds, or null
     */
    public GraphPusher(GraphStoreClient client, GraphStoreTarget target, PushMode mode, PushJournal journal,
                       int concurrency, PushStats stats, PrintStream progress) {
        if (concurrency < 1) throw new IllegalArgumentException("--concurrency must be at least 1, got " + concurrency);
        this.client = client;
        this.target = target;
        this.mode = mode;
        this.journal = journal;
        this.stats = stats;
        this.progress = progress;
        this.senders = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "push-sender");
            t.setDaemon(true);
            return t;
        });
        // running requests plus as many waiting: enough to keep every connection busy
        this.slots = new Semaphore(2 * concurrency);
    }

    @Override
    public void accept(PaperGraph g) {
        throwIfFailed();
        stats.mapped();
        if (journal != null && journal.isConfirmed(g)) {
            stats.skippedAsConfirmed();
            return;
        }
        if (batch.stream().anyMatch(b -> b.name().equals(g.name()))) dispatch();
        batch.add(g);
        if (batch.size() >= mode.graphsPerRequest()) dispatch();
        maybeShowProgress();
    }

    /** Sends what is left, waits for every request, and throws the first failure if there was one. */
    public void finish() throws InterruptedException {
        throwIfFailed();
        dispatch();
        drain();
        throwIfFailed();
    }

    /** Waits for the requests under way (after a failure elsewhere) and syncs the journal. */
    @Override
    public void close() throws InterruptedException {
        drain();
    }

    public PushFailedException failure() {
        return failure.get();
    }

    private void drain() throws InterruptedException {
        senders.shutdown();
        while (!senders.awaitTermination(1, TimeUnit.SECONDS)) maybeShowProgress();
        if (journal != null) journal.sync();
    }

    private void throwIfFailed() {
        PushFailedException f = failure.get();
        if (f != null) throw f;
    }

    private void dispatch() {
        if (batch.isEmpty()) return;
        List<PaperGraph> graphs = batch;
        batch = new ArrayList<>();
        try {
            for (PaperGraph g : graphs) {
                CountDownLatch earlier = inFlight.get(g.name());
                if (earlier != null) earlier.await();
            }
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushFailedException("interrupted");
        }
        CountDownLatch done = new CountDownLatch(1);
        for (PaperGraph g : graphs) inFlight.put(g.name(), done);
        senders.execute(() -> {
            try {
                send(graphs);
            } finally {
                for (PaperGraph g : graphs) inFlight.remove(g.name(), done);
                done.countDown();
                slots.release();
            }
        });
    }

    private void send(List<PaperGraph> graphs) {
        try {
            if (failure.get() != null) throw failure.get();
            GraphStoreClient.Write w = mode.write(graphs, target);
            if (client == null) stats.requested(w.body().length);
            else client.send(w, () -> failure.get() != null);
            if (journal != null) journal.confirm(graphs);
            for (PaperGraph g : graphs) stats.confirmed(g.triples().size());
        } catch (PushFailedException e) {
            failure.compareAndSet(null, e);
            stats.failed(graphs.size());
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new PushFailedException("interrupted"));
            stats.failed(graphs.size());
        } catch (RuntimeException e) {
            failure.compareAndSet(null, new PushFailedException("sending failed: " + e));
            stats.failed(graphs.size());
        }
    }

    private void maybeShowProgress() {
        if (progress == null) return;
        long now = System.currentTimeMillis();
        if (now - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now;
        progress.println(stats.progress());
    }
}
