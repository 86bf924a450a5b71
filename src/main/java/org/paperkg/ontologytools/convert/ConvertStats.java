package org.paperkg.ontologytools.convert;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named counts of one conversion (classes, edges, skipped rows, …), in the order first counted. */
public final class ConvertStats {

    private final Map<String, Long> counts = new LinkedHashMap<>();

    public void inc(String name) {
        add(name, 1);
    }

    public void add(String name, long n) {
        counts.merge(name, n, Long::sum);
    }

    public long get(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public void print(PrintStream out) {
        counts.forEach((k, v) -> out.printf("  %-48s %,d%n", k, v));
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
