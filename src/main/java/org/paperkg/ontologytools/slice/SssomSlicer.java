package org.paperkg.ontologytools.slice;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.paperkg.ids.PrefixTable;
import org.paperkg.ontologytools.convert.ConvertStats;
import org.paperkg.problem.ProblemSink;

/**
 * Cuts an SSSOM TSV file down to the mappings that touch a set of concepts (subject or object, compared
 * by canonical CURIE, so {@code mesh:D010019} matches {@code MESH:D010019}). The metadata block, the
 * column header and the kept rows are written exactly as they were: the result is still SSSOM.
 */
public final class SssomSlicer {

    private final SliceIris iris;

    public SssomSlicer(PrefixTable table) {
        this.iris = new SliceIris(table);
    }

    public void slice(Path in, ConceptIdSet keep, Path out, ProblemSink problems, ConvertStats stats) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                SssomFile.read(in, new SssomFile.Visitor() {
                    @Override
                    public void header(String line) {
                        write(w, line);
                    }

                    @Override
                    public void row(String line, String subject, String object, String predicate) {
                        stats.inc("mapping rows read");
                        if (touches(subject, keep) || touches(object, keep)) {
                            write(w, line);
                            stats.inc("mapping rows kept");
                        }
                    }
                }, problems);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private boolean touches(String id, ConceptIdSet keep) {
        String curie = iris.curie(id);
        return curie != null && keep.contains(curie);
    }

    private static void write(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
