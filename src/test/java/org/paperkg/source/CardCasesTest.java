package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.paperkg.testing.ExpectedQuads;
import org.paperkg.testing.Mapping;
import org.paperkg.testing.ProblemAssert;
import org.paperkg.testing.TestFiles;

/**
 * One test per card case under cards/grammar and cards/negative (see cards/README.md): the exact
 * problems with their file lines, the counts (read = mapped + skipped by reason), and the expected
 * (and absent) quads.
 */
class CardCasesTest {

    @TestFactory
    Stream<DynamicTest> grammar() {
        return cases("cards/grammar");
    }

    @TestFactory
    Stream<DynamicTest> negative() {
        return cases("cards/negative");
    }

    private static Stream<DynamicTest> cases(String folder) {
        List<Path> cards = TestFiles.list(folder, ".md");
        assertTrue(cards.size() > 3, "cases found in " + folder);
        return cards.stream().map(card -> DynamicTest.dynamicTest(card.getFileName().toString(), card.toUri(), () -> check(card)));
    }

    static void check(Path card) throws IOException {
        Path expectedFile = TestFiles.sibling(card, ".md", ".expected.trig");
        Path absentFile = TestFiles.sibling(card, ".md", ".absent.trig");
        Path problemsFile = TestFiles.sibling(card, ".md", ".problems");
        assertTrue(Files.exists(problemsFile), "every case states its problems: " + problemsFile);
        assertTrue(Files.exists(expectedFile), "every case states its expected output: " + expectedFile);

        Mapping.Result r = Mapping.map(card);
        Expectation e = Expectation.read(problemsFile);
        ProblemAssert.assertProblems(r, e.problems);
        r.problems().forEach(p -> assertTrue(p.file().equals(card.toString()), "problem names the file: " + p));
        ProblemAssert.assertCounts(r, e.read, e.mapped, e.skipped);

        DatasetGraph expected = ExpectedQuads.read(expectedFile);
        DatasetGraph absent = Files.exists(absentFile) ? ExpectedQuads.read(absentFile) : null;
        ExpectedQuads.check(expected, absent, r.dataset());
    }

    /** A .problems file: "LINE CODE" lines and one "counts read=N mapped=N skipped=CODE:N,..." line. */
    record Expectation(List<String> problems, long read, long mapped, Map<String, Long> skipped) {
        static Expectation read(Path file) throws IOException {
            List<String> problems = new ArrayList<>();
            Long read = null, mapped = null;
            Map<String, Long> skipped = new TreeMap<>();
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("counts ")) {
                    for (String kv : line.substring(7).trim().split("\\s+")) {
                        String[] p = kv.split("=", 2);
                        switch (p[0]) {
                            case "read" -> read = Long.parseLong(p[1]);
                            case "mapped" -> mapped = Long.parseLong(p[1]);
                            case "skipped" -> {
                                if (p.length > 1 && !p[1].isEmpty())
                                    for (String s : p[1].split(",")) skipped.put(s.split(":")[0], Long.parseLong(s.split(":")[1]));
                            }
                            default -> throw new IllegalArgumentException(file + ": unknown count " + kv);
                        }
                    }
                } else {
                    if (!line.matches("\\d+ [A-Z_0-9]+")) throw new IllegalArgumentException(file + ": expected 'LINE CODE', got " + line);
                    problems.add(line);
                }
            }
            if (read == null || mapped == null) throw new IllegalArgumentException(file + ": missing 'counts read=N mapped=N' line");
            return new Expectation(problems, read, mapped, skipped);
        }
    }
}
