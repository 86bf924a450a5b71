package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PhaseLogTest {

    @Test
    void eachStepIsPrintedWithTheTimeSinceTheOneBefore() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PhaseLog log = new PhaseLog("ingest", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Thread.sleep(400);
        log.done("mapped and written");
        log.done("commit");
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, String.join("|", lines));
        assertTrue(lines[0].startsWith("ingest: mapped and written in "), lines[0]);
        assertTrue(lines[1].startsWith("ingest: commit in "), lines[1]);
        assertTrue(seconds(lines[0]) >= 0.4, lines[0]);
        assertTrue(seconds(lines[1]) < seconds(lines[0]), "timed from the step before, not from the start: " + lines[1]);
    }

    private static double seconds(String line) {
        return Double.parseDouble(line.replaceAll(".* in ([0-9.]+) s$", "$1"));
    }

    @Test
    void withoutAStreamNothingIsPrinted() {
        PrintStream before = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            new PhaseLog("ingest", null).done("commit");
        } finally {
            System.setErr(before);
        }
        assertTrue(bytes.size() == 0, bytes.toString(StandardCharsets.UTF_8));
    }
}
