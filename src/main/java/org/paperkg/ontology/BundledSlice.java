package org.paperkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact MONDO / MeSH / OMIM slice shipped in ontologies/ (and in the jar): the disease terms
 * used by the example cards and the shared corpora, with their ancestors, labels and mappings, so
 * the demo answers hierarchy and crosswalk questions without downloading anything.
 */
public final class BundledSlice {

    /** The slice files, as named in ontologies/ (each becomes a named graph of its own). */
    public static final List<String> FILES = List.of(
            "mondo-slice.ttl.gz",
            "mesh-slice.ttl.gz",
            "mondo-exactmatch-mesh-slice.sssom.tsv",
            "mondo-exactmatch-omim-slice.sssom.tsv",
            "mondo-hasdbxref-mesh-slice.sssom.tsv",
            "mondo-hasdbxref-omim-slice.sssom.tsv");

    private BundledSlice() {}

    /** Copies the slice out of the jar into {@code dir} (the loader reads files) and returns the copies. */
    public static List<Path> extract(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                try (InputStream in = BundledSlice.class.getResourceAsStream("/ontologies/" + name)) {
                    if (in == null) throw new IllegalStateException("the jar lacks ontologies/" + name);
                    Path copy = dir.resolve(name);
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    files.add(copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
