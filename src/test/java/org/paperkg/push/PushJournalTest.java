package org.paperkg.push;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The push journal: what it lists survives a reopen, a cut last line is dropped, another target's journal is refused. */
class PushJournalTest {

    @TempDir
    Path tmp;

    private static PaperGraph graph(String name, String value) {
        var s = NodeFactory.createURI("http://example.org/" + name);
        return PaperGraph.of(NodeFactory.createURI("http://example.org/graph/" + name),
                List.of(Triple.create(s, NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(value))));
    }

    @Test
    void confirmedGraphsAreKnownAfterReopeningAndChangedContentIsNot() throws IOException {
        Path file = tmp.resolve("j");
        try (PushJournal j = PushJournal.open(file, "http://t/data", 1)) {
            j.confirm(List.of(graph("a", "1"), graph("b", "1")));
        }
        try (PushJournal j = PushJournal.open(file, "http://t/data", 1)) {
            assertEquals(2, j.loaded());
            assertTrue(j.isConfirmed(graph("a", "1")));
            assertFalse(j.isConfirmed(graph("a", "2")), "the same graph mapped differently is sent again");
            assertFalse(j.isConfirmed(graph("c", "1")));
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndTheJournalStaysUsable() throws IOException {
        Path file = tmp.resolve("j");
        try (PushJournal j = PushJournal.open(file, "http://t/data", 1)) {
            j.confirm(List.of(graph("a", "1")));
        }
        String cut = graph("b", "1").journalLine();
        Files.writeString(file, cut.substring(0, cut.length() - 3), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (PushJournal j = PushJournal.open(file, "http://t/data", 1)) {
            assertEquals(1, j.loaded());
            assertFalse(j.isConfirmed(graph("b", "1")));
            j.confirm(List.of(graph("c", "1")));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of(graph("a", "1").journalLine(), graph("c", "1").journalLine()), lines.subList(1, lines.size()));
    }

    @Test
    void aJournalOfAnotherTargetIsRefused() throws IOException {
        Path file = tmp.resolve("j");
        PushJournal.open(file, "http://one/data", 1).close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PushJournal.open(file, "http://two/data", 1));
        assertTrue(e.getMessage().contains("(it is for http://one/data)"), e.getMessage());
    }
}
