package org.paperkg.run;

import java.io.PrintStream;

/**
 * Shows how far a long run is: a one-line bar redrawn in place on a terminal, a log line every
 * few seconds otherwise. Quiet runs pass {@code null} as the stream.
 */
public final class Progress {

    private static final long TERMINAL_EVERY_MS = 200;
    private static final long LOG_EVERY_MS = 10_000;

    private final PrintStream out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastPrint;
    private long totalFiles;
    private long filesDone;
    private long records;
    private boolean drawn;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.lastPrint = System.currentTimeMillis();
    }

    public static Progress none() {
        return new Progress(null, false);
    }

    public static Progress forStderr() {
        return new Progress(System.err, System.console() != null);
    }

    void totalFiles(long n) {
        totalFiles = n;
        filesDone = 0;
        records = 0;
    }

    void fileDone() {
        filesDone++;
        maybePrint();
    }

    void record() {
        records++;
        if ((records & 0xff) == 0) maybePrint();
    }

    private void maybePrint() {
        if (out == null) return;
        long now = System.currentTimeMillis();
        if (now - lastPrint < (terminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS)) return;
        lastPrint = now;
        double secs = (System.nanoTime() - startNanos) / 1e9;
        String counts = String.format("files %d/%d, records %d, %.0f records/s", filesDone, totalFiles, records, records / Math.max(secs, 1e-3));
        if (terminal) {
            int width = 30;
            int filled = totalFiles == 0 ? 0 : (int) (width * filesDone / totalFiles);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + counts + "   ");
            drawn = true;
        } else {
            out.println("progress: " + counts);
        }
        out.flush();
    }

    /** Clears the bar so the summary starts on a clean line. */
    void finish() {
        if (out != null && drawn) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }
}
