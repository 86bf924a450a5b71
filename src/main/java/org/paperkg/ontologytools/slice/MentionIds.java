package org.paperkg.ontologytools.slice;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;

/**
 * The concept ids in one identifier field of a corpus annotation: bare MeSH UIs ({@code D…}, {@code C…}),
 * CURIEs ({@code OMIM:n}, {@code MESH:D…}), {@code -1} for "not normalised", and composites joined by
 * {@code |}, {@code +} or {@code ,}. Each id goes out as a canonical CURIE; bad ones are reported.
 */
public final class MentionIds {

    private static final Pattern SPLIT = Pattern.compile("[|+,;]");
    private static final Pattern BARE_MESH = Pattern.compile("[CDcd]\\d{6}(\\d{3})?");

    private final PrefixTable table;

    public MentionIds(PrefixTable table) {
        this.table = table;
    }

    public void read(String field, String file, long line, Consumer<String> curies, ProblemSink problems) {
        if (field == null) return;
        for (String part : SPLIT.split(field)) {
            String id = part.strip();
            if (id.isEmpty() || id.equals("-1") || id.equals("-")) continue;
            ConceptRef ref = BARE_MESH.matcher(id).matches() ? table.resolveIn("MESH", id) : table.resolve(id);
            if (ref instanceof ConceptRef.Resolved r) curies.accept(r.curie());
            else if (ref instanceof ConceptRef.Unresolved u)
                problems.report(new Problem(file, line, Problem.Severity.WARN, u.problemCode(), u.message()));
        }
    }
}
