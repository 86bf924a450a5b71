package org.paperkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The PubMed baseline and update files of the sync tests (src/test/resources/sync, written by
 * scripts/make-sync-testdata from real records; see its SOURCES.md) and what each one should do to
 * a store, as listed in sync/expected.tsv.
 */
public final class SyncTestFiles {

    private SyncTestFiles() {}

    /** One row of expected.tsv: in {@code file}, {@code action} on {@code pmid}, given as {@code element}. */
    public record Change(String file, String action, String pmid, String element, String tests) {

        /** A record in the file (an article or a book chapter), as opposed to a DeleteCitation entry. */
        public boolean isRecord() {
            return !element.equals("DeleteCitation");
        }
    }

    /** The files in the order sync applies them (file-name order). */
    public static List<Path> files() {
        return TestFiles.list("sync/pubmed", ".xml.gz");
    }

    /** Every row of expected.tsv, in file order. */
    public static List<Change> expected() {
        try {
            List<String> lines = Files.readAllLines(TestFiles.resource("sync/expected.tsv"), StandardCharsets.UTF_8);
            if (!lines.get(0).equals("file\taction\tpmid\telement\ttests")) throw new IllegalStateException("expected.tsv: unknown header " + lines.get(0));
            return lines.stream().skip(1).map(l -> l.split("\t", -1)).map(c -> new Change(c[0], c[1], c[2], c[3], c[4])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one file, in the file's order. */
    public static List<Change> expected(String fileName) {
        return expected().stream().filter(c -> c.file().equals(fileName)).toList();
    }
}
