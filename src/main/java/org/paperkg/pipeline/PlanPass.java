package org.paperkg.pipeline;

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
import org.paperkg.source.RecordSource;

/**
 * The first of a run's two readings: every record is parsed and only its {@link RecordKey} kept,
 * so that the identity of every paper is decided before one quad is written. Problems are not
 * reported here: the second reading meets the same ones, in order, with the records they concern.
 * <p>
 * An input that can be read only once (a pipe, {@code <(zcat f)}) is copied to a temporary file
 * first, and both readings read the copy.
 */
final class PlanPass {

    private PlanPass() {}

    /** What the planning pass gives the mapping pass: the plan, and the files to read again. */
    record Planned(IdentityPlan plan, List<InputFile> files, double seconds, List<Path> spooled) {}

    static Planned plan(RecordSource reader, List<Path> files, PaperIris iris, PaperIndex store, Progress progress)
            throws IOException {
        long t0 = System.nanoTime();
        List<Path> spooled = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        try {
            for (Path f : files) inputs.add(readable(f, spooled));
            progress.phase(String.format(Locale.ROOT, "plan: reading the identifiers of %d file(s) ...", inputs.size()));
            IdentityPlan.Builder plan = IdentityPlan.builder(iris, store);
            for (InputFile f : inputs) {
                try {
                    reader.read(f.path(), f.name(), r -> plan.add(RecordKey.of(r)), p -> {});
                } catch (IOException e) {
                    // the mapping pass meets the same failure and reports it; the records before it count
                }
            }
            IdentityPlan built = plan.build();
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.phase(String.format(Locale.ROOT, "plan: %d records, %d papers merged from several sources, in %.1f s",
                    built.records(), built.mergedPapers(), seconds));
            return new Planned(built, inputs, seconds, spooled);
        } catch (IOException | RuntimeException e) {
            deleteAll(spooled);
            throw e;
        }
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
