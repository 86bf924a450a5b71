package org.paperkg.ontologytools.slice;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;

/**
 * A set of canonical concept CURIEs ({@code MESH:D010019}, {@code MONDO:0005246}, {@code OMIM:614878}),
 * stored as a text file with one CURIE a line ({@code #} starts a comment), sorted so that the same
 * set always gives the same file.
 */
public final class ConceptIdSet {

    private final TreeSet<String> curies = new TreeSet<>();

    public boolean add(String curie) {
        return curies.add(curie);
    }

    public void addAll(Collection<String> more) {
        curies.addAll(more);
    }

    public boolean contains(String curie) {
        return curies.contains(curie);
    }

    public Set<String> curies() {
        return Collections.unmodifiableSet(curies);
    }

    public int size() {
        return curies.size();
    }

    /** How many CURIEs have each prefix, e.g. {MESH=1286, OMIM=79}. */
    public Map<String, Long> countsByScheme() {
        Map<String, Long> m = new TreeMap<>();
        for (String c : curies) m.merge(c.substring(0, c.indexOf(':')), 1L, Long::sum);
        return m;
    }

    /** Reads id files; ids are resolved to their canonical CURIE, unreadable ones reported. */
    public static ConceptIdSet read(Collection<Path> files, PrefixTable table, ProblemSink problems) throws IOException {
        ConceptIdSet set = new ConceptIdSet();
        for (Path file : files) {
            long lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                int hash = line.indexOf('#');
                String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (text.isEmpty()) continue;
                ConceptRef ref = table.resolve(text);
                if (ref instanceof ConceptRef.Resolved r) set.add(r.curie());
                else if (ref instanceof ConceptRef.Unresolved u)
                    problems.report(new Problem(file.toString(), lineNo, Problem.Severity.SKIP, u.problemCode(), u.message()));
            }
        }
        return set;
    }

    public void write(Path file, String comment) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (comment != null)
                for (String line : comment.split("\n")) w.write("# " + line + "\n");
            for (String c : curies) w.write(c + "\n");
        }
    }
}
