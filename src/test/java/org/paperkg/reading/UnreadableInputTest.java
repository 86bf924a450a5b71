package org.paperkg.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.StrictRiot;

/**
 * A directory holding things named like paper files that cannot be read as one. The tests run as
 * root, where permissions do not stop reading, so unreadable files are made otherwise: a broken
 * link, a FIFO (opening it would wait forever), a link to a directory, and a link to
 * /proc/self/mem, which lists as a regular readable file and fails on the first read (EIO). Each is
 * reported, none stops the run, and the readable cards around them are exported.
 */
class UnreadableInputTest {

    @TempDir
    Path dir;

    @Test
    void unreadableEntriesAreReportedAndTheRunGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        card(in.resolve("a-good.md"), 1500031);
        Files.createDirectories(in.resolve("b-folder.md"));
        card(in.resolve("b-folder.md").resolve("inner.md"), 1500032);
        Files.createSymbolicLink(in.resolve("c-broken.md"), in.resolve("no-such-target.md"));
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("d-pipe.md").toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Files.createSymbolicLink(in.resolve("e-linked-folder.md"), in.resolve("b-folder.md"));
        boolean procMem = Files.isRegularFile(Path.of("/proc/self/mem"));
        if (procMem) Files.createSymbolicLink(in.resolve("f-proc-mem.md"), Path.of("/proc/self/mem"));
        card(in.resolve("g-good.md"), 1500033);

        Path out = dir.resolve("out.nq");
        String[] result = new String[1];
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(result, "export", in.toString(), "-o", out.toString(), "-q"),
                "a FIFO must never be opened");
        String err = result[0];
        assertEquals(0, code, err);
        assertTrue(err.contains(in.resolve("c-broken.md") + ":0: UNREADABLE broken symbolic link"), err);
        assertTrue(err.contains(in.resolve("d-pipe.md") + ":0: UNREADABLE not a regular file (a FIFO, socket or device)"), err);
        assertTrue(err.contains(in.resolve("e-linked-folder.md") + ":0: UNREADABLE symbolic link to a directory"), err);
        if (procMem)
            assertTrue(err.contains(in.resolve("f-proc-mem.md") + ":0: UNREADABLE reading failed (IOException"), err);
        assertTrue(err.contains("records read 3, mapped 3, skipped 0"), err);
        assertEquals(3, DescriptionGraphs.withoutDescription(StrictRiot.parse(out, Lang.NQUADS)).stream().map(q -> q.getGraph()).distinct().count(),
                "three paper graphs (the export's description graphs left out)");

        // the folder given as a link is followed (it used to give no file at all, silently)
        Path link = Files.createSymbolicLink(dir.resolve("in-link"), in);
        int viaLink = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(result, "export", link.toString(), "-o", dir.resolve("link.nq").toString(), "-q"));
        assertEquals(0, viaLink, result[0]);
        assertTrue(result[0].contains("records read 3, mapped 3, skipped 0"), result[0]);
        assertTrue(result[0].contains(link.resolve("d-pipe.md") + ":0: UNREADABLE"), "paths as given\n" + result[0]);

        // --strict turns the first of them into a failure, and writes nothing
        Path strictOut = dir.resolve("strict.nq");
        int strict = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(result, "export", in.toString(), "-o", strictOut.toString(), "-q", "--strict"));
        assertEquals(1, strict, result[0]);
        assertTrue(!Files.exists(strictOut));
    }

    private static int run(String[] stderr, String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            return PaperkgCommand.execute(args);
        } finally {
            System.setErr(original);
            stderr[0] = err.toString(StandardCharsets.UTF_8);
        }
    }

    private static void card(Path file, int pmid) throws IOException {
        Files.writeString(file, "# Card " + pmid + "\n\nPubMed · PMID: " + pmid + "\n\n---\nSource: https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/\n");
    }
}
