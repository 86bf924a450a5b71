package org.paperkg.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.paperkg.identity.IdentityPlan;
import org.paperkg.identity.PaperIndex;
import org.paperkg.identity.RecordKey;
import org.paperkg.map.PaperIris;
import org.paperkg.source.InputLimits;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordSource;

/**
 * The first of a run's two readings: every record is parsed and its {@link RecordKey} kept, so
 * that the identity of every paper is decided before one quad is written. Problems are not
 * reported here: the mapping reports them, in order, with the records they concern.
 * <p>
 * Parsing is most of a reading's cost, so what was read is kept for the mapping, as long as it
 * fits in a share of the heap ({@link #heldBudget}): whole files, from the first, with their
 * records, problems and checksums; the files after the first that did not fit are read again.
 * A small run is parsed once; a run larger than the budget is parsed once for its first files and
 * twice for the rest, in memory that does not grow with the corpus.
 * <p>
 * An input that can be read only once (a pipe, {@code <(zcat f)}) is copied to a temporary file
 * first, and both readings read the copy.
 */
final class PlanPass {

    /** Bytes a held record costs beyond its text: the objects of its lists. */
    private static final long PER_ITEM = 160;

    private PlanPass() {}

    /**
     * What the planning pass gives the mapping pass: the plan, the files, and the items of the
     * first {@code heldFiles} of them as read (the rest are read again).
     */
    record Planned(IdentityPlan plan, List<InputFile> files, java.util.Deque<ReadAhead.Item> held, int heldFiles,
                   double seconds, List<Path> spooled) {}

    static Planned plan(RecordSource reader, List<Path> files, PaperIris iris, PaperIndex store, Progress progress)
            throws IOException {
        return plan(reader, files, iris, store, progress, heldBudget());
    }

    /** As above, keeping at most about {@code budget} bytes of what was read. */
    static Planned plan(RecordSource reader, List<Path> files, PaperIris iris, PaperIndex store, Progress progress, long budget)
            throws IOException {
        long t0 = System.nanoTime();
        List<Path> spooled = new ArrayList<>();
        try {
            List<InputFile> inputs = new ArrayList<>();
            for (Path f : files) inputs.add(readable(f, spooled));
            progress.phase(String.format(Locale.ROOT, "plan: reading the identifiers of %d file(s) ...", inputs.size()));
            IdentityPlan.Builder plan = IdentityPlan.builder(iris, store);
            List<ReadAhead.Item> held = new ArrayList<>();
            int heldFiles = 0;
            long used = 0;
            boolean holding = true;
            int fileStart = 0;
            try (ReadAhead ahead = new ReadAhead(reader, inputs)) {
                for (ReadAhead.Item item; (item = ahead.next()) != null; ) {
                    if (item.record() != null) {
                        plan.add(RecordKey.of(item.record()));
                        used += size(item.record());
                    }
                    if (!holding) continue;
                    held.add(item);
                    if (used > budget) {
                        // this file does not fit: it and every file after it are read again
                        holding = false;
                        held.subList(fileStart, held.size()).clear();
                    } else if (item.fileDone()) {
                        heldFiles++;
                        fileStart = held.size();
                    }
                }
            }
            IdentityPlan built = plan.build();
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.phase(String.format(Locale.ROOT, "plan: %d records, %d papers merged from several sources, in %.1f s",
                    built.records(), built.mergedPapers(), seconds));
            return new Planned(built, inputs, new java.util.ArrayDeque<>(held), heldFiles, seconds, spooled);
        } catch (IOException | RuntimeException e) {
            deleteAll(spooled);
            throw e;
        }
    }

    /** A quarter of the heap: the mapping and the target need the rest. */
    static long heldBudget() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /** About what a parsed record holds: its text (a byte or two a character) and its lists' objects. */
    static long size(PaperRecord r) {
        long items = 1 + r.authors().size() + r.mentions().size() + r.relations().size() + r.meshHeadings().size()
                + r.keyFindings().size() + r.texts().size() + r.otherSections().size();
        return 2 * InputLimits.chars(r) + PER_ITEM * items;
    }

    /** A regular file as it is; anything else (a pipe, a device) copied to a temporary file that can be read twice. */
    private static InputFile readable(Path f, List<Path> spooled) throws IOException {
        if (Files.isRegularFile(f)) return new InputFile(f, f.toString());
        Path copy = Files.createTempFile("paperkg-input", ".spool");
        spooled.add(copy);
        try (InputStream in = Files.newInputStream(f)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return new InputFile(copy, f.toString());
    }

    static void deleteAll(List<Path> files) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
