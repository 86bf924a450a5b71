package org.paperkg.ontologytools.slice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.TextLines;

/**
 * A minimal, line-preserving pass over an SSSOM TSV file: the {@code #} metadata block, the column
 * header and the mapping rows, each row given with its raw text and its subject/object ids (found by
 * column name). It does not turn mappings into RDF (the ontology loader does that).
 */
final class SssomFile {

    interface Visitor {
        /** A metadata line ({@code # …}) or the column header line, as written. */
        void header(String line);

        /** A mapping row. */
        void row(String line, String subjectId, String objectId, String predicateId);
    }

    private SssomFile() {}

    static void read(Path file, Visitor visitor, ProblemSink problems) throws IOException {
        String name = file.toString();
        try (TextLines lines = TextLines.open(file, name, problems)) {
            String line;
            int subject = -1, object = -1, predicate = -1;
            boolean inHeader = true;
            while ((line = lines.next()) != null) {
                if (inHeader && line.startsWith("#")) {
                    visitor.header(line);
                    continue;
                }
                if (line.isBlank()) continue;
                List<String> cells = List.of(line.split("\t", -1));
                if (inHeader) {
                    subject = cells.indexOf("subject_id");
                    object = cells.indexOf("object_id");
                    predicate = cells.indexOf("predicate_id");
                    if (subject < 0 || object < 0)
                        throw new IllegalArgumentException(name + ":" + lines.lineNumber()
                                + ": not an SSSOM table (no subject_id/object_id column)");
                    inHeader = false;
                    visitor.header(line);
                    continue;
                }
                if (cells.size() <= Math.max(subject, object)) {
                    problems.report(new Problem(name, lines.lineNumber(), Problem.Severity.SKIP, ProblemCode.BAD_ROW,
                            "expected at least " + (Math.max(subject, object) + 1) + " columns, found " + cells.size()));
                    continue;
                }
                visitor.row(line, cells.get(subject).strip(), cells.get(object).strip(),
                        predicate >= 0 && predicate < cells.size() ? cells.get(predicate).strip() : "");
            }
        }
    }

    /** All rows' (subject, object) pairs, for callers that only need the links. */
    static List<String[]> pairs(Path file, ProblemSink problems) throws IOException {
        List<String[]> out = new ArrayList<>();
        read(file, new Visitor() {
            @Override public void header(String line) {}
            @Override public void row(String line, String s, String o, String p) { out.add(new String[] {s, o}); }
        }, problems);
        return out;
    }
}
