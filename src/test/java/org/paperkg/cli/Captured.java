package org.paperkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code paperkg} command line run in this JVM: its exit code and what it printed. */
public record Captured(int exitCode, String out, String err) {

    public static synchronized Captured paperkg(String... args) {
        PrintStream stdout = System.out, stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = PaperkgCommand.execute(args);
            return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /** The metric → value lines of {@code stats --out tsv}. */
    Map<String, String> metrics() {
        Map<String, String> m = new LinkedHashMap<>();
        out.lines().skip(1).forEach(l -> m.put(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1)));
        return m;
    }

    /** The rows of {@code query --out tsv} without the header line. */
    List<String> rows() {
        return out.lines().skip(1).toList();
    }
}
