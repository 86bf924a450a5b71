package org.paperkg.reading;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Shows how far a long run is: papers and triples with their rates, and the time left once it can
 * be known (the share of the input bytes in the files done so far). On a terminal a one-line bar is
 * redrawn in place; otherwise a log line is printed every ten seconds. The run's summary follows
 * on a clean line. Quiet runs pass {@code null} as the stream.
 */
public final class Progress {

    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private long startNanos;
    private long lastPrint;
    private long totalFiles;
    private long totalBytes;
    private long filesDone;
    private long bytesDone;
    private long papers;
    private long triples;
    private int drawnWidth;

    public Progress(PrintStream out, boolean terminal) {
        this(out, terminal, System::nanoTime);
    }

    /** With the clock given (nanoseconds), for tests. */
    Progress(PrintStream out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastPrint = startNanos;
    }

    public static Progress none() {
        return new Progress(null, false);
    }

    public static Progress forStderr() {
        return new Progress(System.err, System.console() != null);
    }

    /** A run starts over {@code files} input files of {@code bytes} bytes in all. */
    void start(long files, long bytes) {
        totalFiles = files;
        totalBytes = bytes;
        filesDone = 0;
        bytesDone = 0;
        papers = 0;
        triples = 0;
        startNanos = clock.getAsLong();
        lastPrint = startNanos;
    }

    void fileDone(long bytes) {
        filesDone++;
        bytesDone += bytes;
        maybePrint();
    }

    /** One more paper mapped; {@code triplesSoFar} in all. */
    void paper(long triplesSoFar) {
        papers++;
        triples = triplesSoFar;
        if ((papers & 0x3f) == 0) maybePrint();
    }

    /**
     * Seconds left, from the share of the input done: {@code elapsed × (total − done) / done};
     * empty while nothing is done or the total is unknown.
     */
    static OptionalDouble etaSeconds(double elapsedSeconds, long done, long total) {
        if (done <= 0 || total <= 0 || done > total) return OptionalDouble.empty();
        return OptionalDouble.of(elapsedSeconds * (total - done) / done);
    }

    /** 75 → "1m15s", 3725 → "1h02m05s". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s % 3600 / 60, s % 60);
    }

    /** The counts, rates and time left as one line (no bar). */
    String status() {
        double secs = Math.max((clock.getAsLong() - startNanos) / 1e9, 1e-3);
        OptionalDouble eta = etaSeconds(secs, bytesDone, totalBytes);
        return String.format(Locale.ROOT, "files %d/%d, papers %d (%.0f/s), triples %d (%.0f/s), %s %s", filesDone, totalFiles,
                papers, papers / secs, triples, triples / secs, eta.isPresent() ? "ETA" : "elapsed",
                duration(eta.isPresent() ? eta.getAsDouble() : secs));
    }

    private void maybePrint() {
        if (out == null) return;
        long now = clock.getAsLong();
        if (now - lastPrint < (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) return;
        lastPrint = now;
        String status = status();
        if (terminal) {
            int filled = totalBytes <= 0 ? 0 : (int) Math.min(BAR_WIDTH, BAR_WIDTH * bytesDone / totalBytes);
            String line = "\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + status;
            // pad over a longer line drawn before
            out.print(line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            drawnWidth = line.length();
        } else {
            out.println("progress: " + status);
        }
        out.flush();
    }

    /** Announces a long step that follows the mapping (index building), on a line of its own. */
    public void phase(String message) {
        if (out == null) return;
        finish();
        out.println(message);
        out.flush();
    }

    /** Clears the bar so the summary starts on a clean line. */
    void finish() {
        if (out != null && drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }
}
