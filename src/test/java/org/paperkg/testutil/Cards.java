package org.paperkg.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Test cards: the shared example card, and many distinct copies of it for load tests. */
public final class Cards {

    private Cards() {}

    public static String example() {
        try (InputStream in = Cards.class.getResourceAsStream("/examples/example-card.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code n} distinct cards (own PMCID and DOI each) into one gzipped file. */
    public static Path writeMany(Path dir, String name, int first, int n) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        String card = example();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (int i = first; i < first + n; i++) {
                w.write(card.replace("PMC13027165", "PMC" + (2_000_000 + i)).replace("10.3390/ijms27062602", "10.3390/test." + i));
                w.write('\n');
            }
        }
        return file;
    }
}
