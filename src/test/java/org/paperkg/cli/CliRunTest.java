package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.testing.ExpectedQuads;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.GraphAssert;
import org.paperkg.testing.StrictRiot;
import org.paperkg.testing.TestFiles;

/** The export command as users run it: exit codes, --strict, and what is (not) left on disk. */
class CliRunTest {

    @TempDir
    Path dir;

    /** Runs a command line, capturing standard error (problems and the summary print there). */
    record Run(int exitCode, String stderr) {}

    static Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            int code = PaperkgCommand.execute(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld", "rdf", "nq.gz"})
    void strictStopsAtTheFirstProblemWithExitOneAndNoOutputFile(String ext) throws IOException {
        // the problem is in the 2nd card, after the 1st card's quads were already streamed out
        Path card = TestFiles.resource("cards/grammar/several-cards.md");
        Path out = dir.resolve("out." + ext);
        Run r = run("export", card.toString(), "-o", out.toString(), "--strict", "-q");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(card + ":22: BAD_ID"), "the problem is printed as file:line: CODE\n" + r.stderr());
        assertTrue(r.stderr().contains("--strict"), r.stderr());
        assertFalse(Files.exists(out), "no output file after a strict failure");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary or partial files left behind");
        }
    }

    @Test
    void strictFailureLeavesAnExistingOutputFileUntouched() throws IOException {
        Path out = Files.writeString(dir.resolve("out.nq"), "previous content\n");
        Run r = run("export", TestFiles.resource("cards/negative/bad-curie.md").toString(), "-o", out.toString(), "--strict", "-q");
        assertEquals(1, r.exitCode(), r.stderr());
        assertEquals("previous content\n", Files.readString(out));
    }

    @Test
    void strictStopsAtProblemsOfTheReaderToo() {
        Path out = dir.resolve("out.nq");
        Run r = run("export", dir.resolve("missing.md").toString(), "-o", out.toString(), "--strict", "-q");
        assertEquals(1, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("NOT_FOUND"), r.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void cleanStrictRunReturnsZeroAndWritesTheFile() {
        Path out = dir.resolve("example.trig");
        Run r = run("export", TestFiles.resource("golden/example.md").toString(), "-o", out.toString(), "--strict", "-q");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("records read 1, mapped 1, skipped 0"), "summary printed\n" + r.stderr());
        // the export's description (VoID, run, provenance) is left out here: ExportDescriptionTest checks it
        GraphAssert.assertIsomorphic(ExpectedQuads.read(TestFiles.resource("golden/example.trig")),
                DescriptionGraphs.withoutDescription(StrictRiot.parse(out, Lang.TRIG)));
    }

    @Test
    void problemsWithoutStrictAreReportedAndTheRunSucceeds() throws IOException {
        Path card = TestFiles.resource("cards/negative/no-title.md");
        Path out = dir.resolve("out.nq");
        Run r = run("export", card.toString(), "-o", out.toString(), "-q");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(card + ":1: NO_TITLE "), r.stderr());
        assertTrue(r.stderr().contains(card + ":11: NO_TITLE "), r.stderr());
        assertTrue(r.stderr().contains("records read 4, mapped 2, skipped 2 {NO_TITLE=2}"), r.stderr());
        assertEquals(2, DescriptionGraphs.withoutDescription(StrictRiot.parse(out, Lang.NQUADS)).size(), "two paper graphs written");
    }

    @Test
    void unknownOutputFormatIsAUsageErrorAndWritesNothing() throws IOException {
        Path out = dir.resolve("out.xyz");
        Run r = run("export", TestFiles.resource("golden/example.md").toString(), "-o", out.toString(), "-q");
        assertEquals(2, r.exitCode(), r.stderr());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void missingRequiredOptionOrUnknownOptionIsAUsageError() {
        Run missing = run("export", TestFiles.resource("golden/example.md").toString());
        assertEquals(2, missing.exitCode(), missing.stderr());
        assertTrue(missing.stderr().contains("--output"), missing.stderr());
        Run unknown = run("stats", "--no-such-option");
        assertEquals(2, unknown.exitCode(), unknown.stderr());
        assertTrue(unknown.stderr().contains("--no-such-option"), unknown.stderr());
    }

    @Test
    void customBaseGivesStrictIrisUnderIt() {
        Path out = dir.resolve("out.nq");
        Run r = run("export", TestFiles.resource("golden/example.md").toString(), "-o", out.toString(), "-q",
                "--base", "https://example.org/kg");
        assertEquals(0, r.exitCode(), r.stderr());
        var parsed = StrictRiot.parse(out, Lang.NQUADS);
        var paperGraph = org.apache.jena.graph.NodeFactory.createURI("https://example.org/kg/graph/card/pmc/PMC13027165");
        assertTrue(parsed.containsGraph(paperGraph));
        assertEquals(184, parsed.getGraph(paperGraph).size());
        assertTrue(parsed.containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://example.org/kg/graph/void")),
                "the description is under the base too");
        assertTrue(parsed.stream().allMatch(q -> q.getGraph().getURI().startsWith("https://example.org/kg/graph/")),
                "every graph is under the base");
    }

    @Test
    void baseWithAFragmentIsAUsageErrorBeforeAnythingIsRead() throws IOException {
        Path out = dir.resolve("out.nq");
        Run r = run("export", TestFiles.resource("golden/example.md").toString(), "-o", out.toString(), "-q",
                "--base", "https://example.org/kg#");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("base IRI must not contain '#'") && r.stderr().contains("https://example.org/kg#"),
                "the message says what is wrong with which value\n" + r.stderr());
        assertFalse(r.stderr().contains("summary:"), "fails before reading any card\n" + r.stderr());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        Path a = dir.resolve("a.nq");
        Path b = dir.resolve("b.nq");
        Path described = dir.resolve("described.nq");
        String cards = TestFiles.resource("cards").toString();
        assertEquals(0, run("export", cards, "-o", a.toString(), "-q", "--no-description").exitCode());
        assertEquals(0, run("export", cards, "-o", b.toString(), "-q", "--no-description").exitCode());
        assertTrue(Files.size(a) > 10_000, "the whole cards folder was exported");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        // the description says when the run was: the paper graphs' lines are still the same, in the same order
        assertEquals(0, run("export", cards, "-o", described.toString(), "-q").exitCode());
        List<String> data = Files.readAllLines(described).stream()
                .filter(l -> !l.contains("<https://w3id.org/paperkg/graph/void>") && !l.contains("<https://w3id.org/paperkg/graph/provenance>")
                        && !l.contains("<https://w3id.org/paperkg/graph/run/"))
                .toList();
        assertEquals(Files.readAllLines(a), data);
    }
}
