package org.paperkg.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.describe.RunProvenance;
import org.paperkg.reading.RunSummary;
import org.paperkg.stats.StatisticsUpgrade;

/**
 * Keeps a store up to date with folders of PubMed baseline and update files (or any paper files
 * published in numbered order): applies, in file-name order, each file the store has not applied
 * yet, each as one run of the one door ({@link Ingest}): its revised records replace the older ones,
 * its DeleteCitation entries withdraw the PubMed records they name, and the statistics, description
 * and provenance stay exact. Each file is applied in one transaction with its entry in the ledger
 * ({@link SyncLedger}): a process killed at any point leaves every file applied whole or not at all,
 * and the next sync goes on from there.
 * <p>
 * Before anything is applied, every file is checked against the ledger: a file applied before is
 * skipped when its bytes are the same and refused when they changed; a file that sorts before the
 * last one applied is refused unless forced (applying an old update after a newer one would bring
 * back records the newer one revised or deleted).
 */
public final class Sync {

    /** The coordinator's run for one file, with the command's mapping options; the sync adds the rest. */
    @FunctionalInterface
    public interface Runs {
        Ingest.Builder ingest() throws IOException;
    }

    /**
     * What to sync and how: the folders (or files), whether to apply files older than the last one
     * applied, whether the caller holds the store alone (an empty store may then be bulk loaded), and
     * the provenance's base IRI, version and command line.
     */
    public record Settings(List<Path> paths, boolean force, boolean exclusive, String base, String version, List<String> arguments) {
        public Settings {
            paths = List.copyOf(paths);
            arguments = List.copyOf(arguments);
        }
    }

    /** What a sync did: the files applied with their summaries, and the files skipped as applied before. */
    public record Report(List<String> applied, List<RunSummary> summaries, List<String> alreadyApplied) {}

    /** The files of a sync against the ledger: to apply (in order), applied before with the same bytes, refused (why). */
    record Checked(List<SyncFiles.SyncFile> toApply, List<String> alreadyApplied, List<String> refused) {}

    private Sync() {}

    /**
     * Applies one file a client sent to a running server ({@code POST /kg/ingest?sync=true}) with
     * the same rules: the caller makes sure no other write runs between the check and the apply.
     * Null when the file was applied before with the same bytes; an IllegalArgumentException saying
     * why when it is refused.
     */
    public static RunSummary applyOne(DatasetGraph dsg, String name, Path file, boolean force, Ingest.Builder ingest,
                                      RunProvenance provenance) throws IOException {
        Checked checked = check(Txn.calculateRead(dsg, () -> SyncLedger.of(dsg)), List.of(SyncFiles.of(name, file)), force);
        if (!checked.refused().isEmpty()) throw new IllegalArgumentException(checked.refused().get(0));
        if (checked.toApply().isEmpty()) return null;
        return ingest.inputs(List.of(file)).provenance(provenance).describe(true).target(IngestTarget.store(dsg, false)).build().run();
    }

    static Checked check(SyncLedger ledger, List<SyncFiles.SyncFile> files, boolean force) {
        List<SyncFiles.SyncFile> toApply = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (SyncFiles.SyncFile f : files) {
            var applied = ledger.applied(f.name());
            if (applied.isPresent()) {
                if (applied.get().sha256().equalsIgnoreCase(f.sha256())) skipped.add(f.name());
                else refused.add(f.name() + " was applied before (run <" + applied.get().run() + ">) with other content (SHA-256 "
                        + applied.get().sha256() + ", now " + f.sha256() + "): a published file never changes, so this one is"
                        + " damaged or not the same file; restore the original, or give the new content a new name");
            } else if (ledger.last() != null && f.name().compareTo(ledger.last()) < 0 && !force) {
                refused.add(f.name() + " sorts before " + ledger.last() + ", the last file applied: applying it now could bring back"
                        + " records a later file revised or deleted; run sync with --force (POST /kg/ingest: force=true) to apply it anyway");
            } else {
                toApply.add(f);
            }
        }
        return new Checked(toApply, skipped, refused);
    }

    public static Report run(DatasetGraph dsg, Settings settings, Runs runs, PrintStream out) throws IOException {
        List<SyncFiles.SyncFile> files = SyncFiles.list(settings.paths());
        if (files.isEmpty()) throw new IllegalArgumentException("no files to sync in " + settings.paths());
        Checked checked = check(Txn.calculateRead(dsg, () -> SyncLedger.of(dsg)), files, settings.force());
        // a store made by an older paperkg has its statistics recounted in the current format before
        // a file changes them (an empty one is left empty: the first file may then be bulk loaded)
        if (checked.refused().isEmpty() && !checked.toApply().isEmpty() && !Txn.calculateRead(dsg, dsg::isEmpty))
            StatisticsUpgrade.bringUpToDate(dsg, settings.base(), out);
        List<SyncFiles.SyncFile> toApply = checked.toApply();
        List<String> skipped = checked.alreadyApplied();
        if (!checked.refused().isEmpty())
            throw new IllegalArgumentException("sync refused, nothing was applied:\n  " + String.join("\n  ", checked.refused()));
        out.printf(Locale.ROOT, "sync: %d file(s): %d to apply, %d applied before%n", files.size(), toApply.size(), skipped.size());
        List<String> done = new ArrayList<>();
        List<RunSummary> summaries = new ArrayList<>();
        int n = 0;
        for (SyncFiles.SyncFile f : toApply) {
            long t0 = System.nanoTime();
            List<String> arguments = new ArrayList<>(settings.arguments());
            arguments.add("(file " + f.name() + ")");
            RunProvenance provenance = RunProvenance.start(settings.base(), RunProvenance.SYNC, settings.version(), arguments);
            RunSummary summary = runs.ingest().inputs(List.of(f.path())).provenance(provenance).describe(true)
                    .target(IngestTarget.store(dsg, settings.exclusive())).build().run();
            done.add(f.name());
            summaries.add(summary);
            n++;
            out.printf(Locale.ROOT, "sync: [%d/%d] %s: added %d, revised %d, deleted %d (not held %d), skipped %d, warnings %d, %.1f s%n",
                    n, toApply.size(), f.name(), summary.added(), summary.revised(), summary.deleted(), summary.deletionsNotFound(),
                    summary.skipped(), summary.warnings(), (System.nanoTime() - t0) / 1e9);
        }
        long added = 0, revised = 0, deleted = 0, problems = 0;
        for (RunSummary s : summaries) {
            added += s.added();
            revised += s.revised();
            deleted += s.deleted();
            problems += s.skipped() + s.warnings();
        }
        out.printf(Locale.ROOT, "sync: applied %d file(s) (%d applied before): records added %d, revised %d, deleted %d; problems %d%n",
                done.size(), skipped.size(), added, revised, deleted, problems);
        return new Report(done, summaries, skipped);
    }
}
