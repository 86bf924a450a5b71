package org.paperkg.store;

import java.io.PrintStream;
import java.util.Locale;
import org.paperkg.settings.Debug;

/** Wall time of the steps of a run, printed to stderr when {@link Debug#enabled} (PAPERKG_DEBUG) (for profiling); silent otherwise. */
public final class PhaseLog {

    private final String name;
    private final PrintStream out;
    private long last = System.nanoTime();

    /** Printing to {@code out}, or silent when it is null. */
    PhaseLog(String name, PrintStream out) {
        this.name = name;
        this.out = out;
    }

    public static PhaseLog fromEnvironment(String name) {
        return new PhaseLog(name, Debug.enabled() ? System.err : null);
    }

    /** Prints the time since the last step (or since creation) under {@code step}. */
    public void done(String step) {
        long now = System.nanoTime();
        if (out != null) out.printf(Locale.ROOT, "%s: %s in %.2f s%n", name, step, (now - last) / 1e9);
        last = now;
    }
}
