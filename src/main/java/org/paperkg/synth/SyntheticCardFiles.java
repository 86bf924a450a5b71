package org.paperkg.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes synthetic cards into gzipped files of many cards each (cards-NNNNN.md.gz), numbered by the
 * first card's position, so a second set that starts further on lands in new files beside the first.
 */
public final class SyntheticCardFiles {
    private SyntheticCardFiles() {}

    /** Writes cards {@code first} to {@code first + papers - 1}, {@code perFile} to a file; returns the number of files. */
    public static int write(Path output, long seed, int first, int papers, int perFile) throws IOException {
        if (papers < 0 || perFile < 1 || first < 0) throw new IllegalArgumentException("--papers and --first must be >= 0 and --per-file >= 1");
        Files.createDirectories(output);
        SyntheticCards cards = new SyntheticCards(seed, papers);
        int files = 0;
        int end = first + papers;
        for (int from = first; from < end; from += perFile) {
            Path file = output.resolve(String.format("cards-%05d.md.gz", from / perFile));
            try (Writer w = GzipTextFile.writer(file)) {
                for (int i = from; i < Math.min(end, from + perFile); i++) cards.card(i, w);
            }
            files++;
        }
        return files;
    }
}
