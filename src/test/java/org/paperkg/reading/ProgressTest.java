package org.paperkg.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** Progress output driven by a fake clock: what is printed, and the time-left arithmetic. */
class ProgressTest {

    private long now;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Progress progress(boolean terminal) {
        return new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, () -> now);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void timeLeftIsTheElapsedTimeScaledByTheShareStillToRead() {
        assertEquals(30.0, Progress.etaSeconds(10, 250, 1000).getAsDouble(), 1e-9);
        assertEquals(0.0, Progress.etaSeconds(42, 1000, 1000).getAsDouble(), 1e-9);
        assertEquals(OptionalDouble.empty(), Progress.etaSeconds(10, 0, 1000), "nothing read yet: unknown");
        assertEquals(OptionalDouble.empty(), Progress.etaSeconds(10, 5, 0), "total unknown");
        assertEquals(OptionalDouble.empty(), Progress.etaSeconds(10, 2000, 1000), "more read than the total: unknown");
        assertEquals("59s", Progress.duration(59.4));
        assertEquals("1m15s", Progress.duration(75));
        assertEquals("1h02m05s", Progress.duration(3725));
    }

    @Test
    void withoutATerminalALogLineComesEveryTenSeconds() {
        Progress p = progress(false);
        p.start(4, 4000);
        for (int i = 1; i <= 64; i++) p.paper(100L * i);
        assertEquals("", printed(), "nothing before ten seconds have passed");
        now += 20_000_000_000L; // 20 s
        p.fileDone(1000);
        List<String> lines = printed().lines().toList();
        assertEquals(1, lines.size(), printed());
        // 64 papers and 6400 triples in 20 s; a quarter of the bytes in 20 s leaves 60 s
        assertEquals("progress: files 1/4, papers 64 (3/s), triples 6400 (320/s), ETA 1m00s", lines.get(0));
        now += 1_000_000_000L;
        p.fileDone(1000);
        assertEquals(1, printed().lines().count(), "the next line waits ten seconds more");
        now += 10_000_000_000L;
        p.fileDone(1000);
        assertEquals("progress: files 3/4, papers 64 (2/s), triples 6400 (206/s), ETA 10s", printed().lines().toList().get(1));
        p.finish();
        assertFalse(printed().contains("\r"), "no carriage returns in a log");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndClearedAtTheEnd() {
        Progress p = progress(true);
        p.start(2, 0);
        now += 1_000_000_000L;
        p.fileDone(0);
        String bar = printed();
        assertTrue(bar.startsWith("\r[" + " ".repeat(24) + "] files 1/2, papers 0 (0/s), triples 0 (0/s), elapsed 1s"), bar);
        assertFalse(bar.contains("\n"), "redrawn in place, no new line");
        p.finish();
        assertTrue(printed().endsWith("\r"), "cleared, the cursor back at the start of the line");
    }

    @Test
    void aPhaseAfterTheMappingGetsALineOfItsOwnAfterTheBar() {
        Progress p = progress(true);
        p.start(1, 100);
        now += 1_000_000_000L;
        p.fileDone(100);
        p.phase("ingest: merging");
        String out = printed();
        assertTrue(out.endsWith("\ringest: merging" + System.lineSeparator()), "the bar cleared, then the line: " + out);
        assertTrue(out.contains("] files 1/1"), "the bar came first: " + out);
    }

    @Test
    void quietRunsPrintNothing() {
        Progress p = new Progress(null, false, () -> now);
        p.start(1, 10);
        now += 60_000_000_000L;
        p.fileDone(10);
        p.finish();
        assertEquals("", printed());
    }
}
