package org.paperkg.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** docs/problem-codes.md lists exactly the codes of ProblemCode, each with its severity: a code cannot be added, dropped or renamed unseen. */
class ProblemCodesDocTest {

    /** A table row: | `CODE` | SEVERITY | meaning | */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| (WARN|SKIP) \\| .+ \\|$");

    @Test
    void theDocumentListsEveryCodeWithItsSeverityAndNoOther() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/problem-codes.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) assertEquals(null, documented.put(m.group(1), m.group(2)), m.group(1) + " is listed twice");
        }
        Map<String, String> inCode = Arrays.stream(ProblemCode.values())
                .collect(Collectors.toMap(ProblemCode::name, c -> c.severity().name(), (a, b) -> a, TreeMap::new));
        // the differences, not the two whole maps, so the failure names what to fix
        Set<String> missing = new TreeSet<>(inCode.keySet());
        missing.removeAll(documented.keySet());
        Set<String> unknown = new TreeSet<>(documented.keySet());
        unknown.removeAll(inCode.keySet());
        assertEquals(Set.of(), missing, "codes of ProblemCode without a row in docs/problem-codes.md");
        assertEquals(Set.of(), unknown, "rows of docs/problem-codes.md that ProblemCode does not have");
        assertEquals(inCode, documented, "severities in docs/problem-codes.md against ProblemCode");
    }
}
