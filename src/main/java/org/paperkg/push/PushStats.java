package org.paperkg.push;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** The counts of one push; safe to update from the sending threads. */
public final class PushStats {

    private final long startNanos = System.nanoTime();
    private final AtomicLong graphsMapped = new AtomicLong();
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicLong alreadyConfirmed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong triples = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    void mapped() { graphsMapped.incrementAndGet(); }
    void skippedAsConfirmed() { alreadyConfirmed.incrementAndGet(); }
    void confirmed(long graphTriples) { confirmed.incrementAndGet(); triples.addAndGet(graphTriples); }
    void failed(long graphs) { failed.addAndGet(graphs); }
    void requested(long bodyBytes) { requests.incrementAndGet(); bytes.addAndGet(bodyBytes); }
    void retried() { retries.incrementAndGet(); }

    public long graphsMapped() { return graphsMapped.get(); }
    public long confirmed() { return confirmed.get(); }
    public long alreadyConfirmed() { return alreadyConfirmed.get(); }
    public long failed() { return failed.get(); }
    public long triples() { return triples.get(); }
    public long requests() { return requests.get(); }
    public long bytes() { return bytes.get(); }
    public long retries() { return retries.get(); }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** One line: what was sent and how fast. {@code verb} is "pushed" or, for a dry run, "would push". */
    public void print(PrintStream out, String verb) {
        double s = Math.max(seconds(), 1e-3);
        out.printf(Locale.ROOT, "push: graphs %d mapped, %d %s, %d already in the journal, %d failed; triples %d; requests %d, bytes %d, retries %d; %.1f s: %.0f graphs/s, %.0f triples/s%n",
                graphsMapped(), confirmed(), verb, alreadyConfirmed(), failed(), triples(), requests(), bytes(), retries(),
                s, confirmed() / s, triples() / s);
    }

    /** A progress line for long runs. */
    public String progress() {
        double s = Math.max(seconds(), 1e-3);
        return String.format(Locale.ROOT, "push: %d graphs confirmed, %d already in the journal, %d retries, %.0f graphs/s",
                confirmed(), alreadyConfirmed(), retries(), confirmed() / s);
    }
}
