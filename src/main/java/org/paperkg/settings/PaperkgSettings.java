package org.paperkg.settings;

import java.util.List;

/**
 * Every setting paperkg reads, in one place (docs/settings.md says them to users, and
 * SettingsDocTest checks that it says them all). What a user chooses per run is a command option
 * instead; these are for profiling, measuring and tests.
 */
public final class PaperkgSettings {

    private PaperkgSettings() {}

    public static final Setting<Boolean> DEBUG = Setting.whenSet("PAPERKG_DEBUG",
            "Prints to stderr each step's wall time (opening, mapping, indexing, statistics, commit), the loaders' figures and,"
                    + " when a command fails, the stack trace.");

    /**
     * A focus under it is counted live in about 100 ms or less (a 977-paper concept took 137 ms and
     * a 994-paper author 176 ms on the 100 000-paper bench store at load 3–4); the pairs it tracks
     * there (87 concepts and 44 people, 565 000 pairs) go into the bulk load with the data.
     */
    public static final Setting<Integer> PAIR_THRESHOLD = Setting.positive("paperkg.pairThreshold", 1000,
            "Papers a concept or person needs for its co-mention / co-author pairs to be kept as rows of the statistics graph;"
                    + " below it the library queries count them live. A store keeps the rows it was built with until a run changes"
                    + " the focus or `paperkg stats --recount` counts again.");

    public static final Setting<Boolean> MEM_TDB = Setting.flag("paperkg.memTdb",
            "serve/query PATH load into TDB2's in-memory store in one transaction instead of paperkg's in-memory index"
                    + " (slower, more memory; the same graph). For scripts/bench-memory.");

    public static final Setting<Boolean> NO_DIGEST = Setting.flag("paperkg.noDigest",
            "Records no SHA-256 of the input files in the run's provenance, only to measure what they cost (scripts/bench-provenance).");

    public static final Setting<Boolean> TDB_STATS = Setting.flag("paperkg.stats",
            "The bulk load of an empty database also writes TDB2's statistics file (stats.opt), which orders a query's triple"
                    + " patterns by selectivity. Off: measured at 100 000 papers it made the library's queries 10–50% slower.");

    public static final Setting<Boolean> NO_TEXT_INDEX = Setting.flag("paperkg.noTextIndex",
            "Keeps no full-text index (docs/search.md): stores are opened, written and served without one, and an index"
                    + " already in a database is marked stale (rebuilt when next opened without this setting). For the benchmark's baseline.");

    /** All of them, in the order docs/settings.md lists them. */
    public static List<Setting<?>> all() {
        return List.of(DEBUG, PAIR_THRESHOLD, MEM_TDB, NO_DIGEST, TDB_STATS, NO_TEXT_INDEX);
    }
}
