package org.paperkg.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A gzipped UTF-8 text file to write (the JDK's gzip header has no name and time: the same text gives the same bytes). */
final class GzipTextFile {
    private GzipTextFile() {}

    static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
