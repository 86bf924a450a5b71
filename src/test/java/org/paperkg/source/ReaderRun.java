package org.paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.paperkg.problem.Problem;

/** What a reader produced from one file: its records and its problems, in order. */
record ReaderRun(List<PaperRecord> records, List<Problem> problems) {

    static ReaderRun of(RecordSource reader, Path file) throws IOException {
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        reader.read(file, file.getFileName().toString(), records::add, problems::add);
        return new ReaderRun(List.copyOf(records), List.copyOf(problems));
    }

    static ReaderRun of(RecordSource reader, Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return of(reader, file);
    }

    PaperRecord record(String pmid) {
        return records.stream().filter(r -> pmid.equals(r.pmid())).findFirst()
                .orElseThrow(() -> new AssertionError("no record of PMID " + pmid));
    }

    List<String> problemLines() {
        return problems.stream().map(p -> p.severity() + " " + p).toList();
    }

    /** A test resource as a path (resources are plain files under target/test-classes). */
    static Path resource(String name) {
        try {
            return Path.of(ReaderRun.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The lines of a test resource, gunzipped when its name ends in .gz. */
    static List<String> lines(String name) throws IOException {
        try (InputStream raw = Files.newInputStream(resource(name));
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static Path gzip(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }
}
