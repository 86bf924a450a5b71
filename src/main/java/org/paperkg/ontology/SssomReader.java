package org.paperkg.ontology;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.IriFactory;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ids.Scheme;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.TextLines;

/**
 * Reads an SSSOM TSV mapping file (a '#' YAML header with a curie_map, then a table with
 * subject_id, predicate_id, object_id, …) into triples {@code subject predicate object}, keeping the
 * mapping predicate (skos:exactMatch, oboInOwl:hasDbXref, …) and the labels given. Subjects and
 * objects are expanded with our prefix table first, so they take the canonical IRIs the mentions
 * use; the file's own curie_map only serves prefixes we do not know (MONDO's files expand MESH to
 * identifiers.org, which would never meet the mentions). An id of a known scheme that has the wrong
 * shape (MONDO's 2023 files have MESH:D00007727, MESH:C1720824 and MESH:1622152) is reported as
 * BAD_ID and its row skipped: no IRI is made up for it, in our namespace or in the file's.
 */
public final class SssomReader {

    private static final Pattern CURIE_MAP_ENTRY = Pattern.compile("#\\s+([A-Za-z][\\w.\\-]*):\\s*['\"]?(\\S+?)['\"]?\\s*");
    private static final Map<String, String> STANDARD = Map.of(
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "oboinowl", "http://www.geneontology.org/formats/oboInOwl#",
            "semapv", "https://w3id.org/semapv/vocab/");

    private final PrefixTable prefixes;
    /** The prefixes (and aliases) of our schemes, lower case. */
    private final Set<String> ourPrefixes = new HashSet<>();

    public SssomReader(PrefixTable prefixes) {
        this.prefixes = prefixes;
        for (Scheme scheme : prefixes.schemes()) {
            ourPrefixes.add(scheme.prefix().toLowerCase(Locale.ROOT));
            for (String alias : scheme.aliases()) ourPrefixes.add(alias.toLowerCase(Locale.ROOT));
        }
    }

    /** Counts of one file: rows read = mapped + skipped. */
    public record Counts(long rows, long mapped, long skipped) {}

    public Counts read(TextLines lines, String file, StreamRDF out, ProblemSink problems) throws IOException {
        Map<String, String> curieMap = new HashMap<>(STANDARD);
        String line;
        boolean inCurieMap = false;
        List<String> header = null;
        long rows = 0, mapped = 0, skipped = 0;
        while ((line = lines.next()) != null) {
            if (header == null && line.startsWith("#")) {
                String body = line.substring(1).strip();
                if (body.startsWith("curie_map:")) inCurieMap = true;
                else if (inCurieMap) {
                    Matcher m = CURIE_MAP_ENTRY.matcher(line);
                    if (m.matches()) curieMap.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
                    else inCurieMap = false;
                }
                continue;
            }
            if (line.isBlank()) continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = List.of(cells);
                for (String required : List.of("subject_id", "predicate_id", "object_id"))
                    if (!header.contains(required)) {
                        problems.report(new Problem(file, lines.lineNumber(), Problem.Severity.SKIP, ProblemCode.BAD_SSSOM,
                                "header has no " + required + " column: not an SSSOM table"));
                        return new Counts(0, 0, 1);
                    }
                continue;
            }
            rows++;
            String subject = cell(cells, header, "subject_id");
            String predicate = cell(cells, header, "predicate_id");
            String object = cell(cells, header, "object_id");
            String problem = null;
            String badId = badId(subject);
            if (badId == null) badId = badId(object);
            if (badId != null) {
                skipped++;
                problems.report(new Problem(file, lines.lineNumber(), Problem.Severity.SKIP, ProblemCode.BAD_ID, badId + "; row skipped"));
                continue;
            }
            Node s = concept(subject, curieMap), p = expand(predicate, curieMap), o = concept(object, curieMap);
            if (s == null) problem = "subject '" + subject + "'";
            else if (p == null) problem = "predicate '" + predicate + "'";
            else if (o == null) problem = "object '" + object + "'";
            if (problem != null) {
                skipped++;
                problems.report(new Problem(file, lines.lineNumber(), Problem.Severity.SKIP, ProblemCode.UNKNOWN_PREFIX,
                        "cannot expand " + problem + " with our prefix table or the file's curie_map"));
                continue;
            }
            out.triple(Triple.create(s, p, o));
            label(out, s, cell(cells, header, "subject_label"));
            label(out, o, cell(cells, header, "object_label"));
            mapped++;
        }
        return new Counts(rows, mapped, skipped);
    }

    private static void label(StreamRDF out, Node node, String label) {
        if (label != null && !label.isBlank())
            out.triple(Triple.create(node, RDFS.label.asNode(), NodeFactory.createLiteralString(label.strip())));
    }

    private static String cell(String[] cells, List<String> header, String column) {
        int i = header.indexOf(column);
        return i >= 0 && i < cells.length ? cells[i].strip() : null;
    }

    /** Why an id with one of our schemes' prefixes cannot be expanded (its local part has the wrong shape), or null. */
    private String badId(String curie) {
        int colon = curie == null ? -1 : curie.indexOf(':');
        if (colon <= 0 || curie.startsWith("http://") || curie.startsWith("https://")) return null;
        if (!ourPrefixes.contains(curie.substring(0, colon).strip().toLowerCase(Locale.ROOT))) return null;
        return prefixes.resolve(curie) instanceof ConceptRef.Unresolved u && u.problemCode() == ProblemCode.BAD_ID ? u.message() : null;
    }

    private Node concept(String curie, Map<String, String> curieMap) {
        if (curie == null || curie.isEmpty()) return null;
        if (prefixes.resolve(curie) instanceof ConceptRef.Resolved r) return IriFactory.iri(r.iri());
        return expand(curie, curieMap);
    }

    private Node expand(String curie, Map<String, String> curieMap) {
        if (curie == null || curie.isEmpty()) return null;
        if (curie.startsWith("http://") || curie.startsWith("https://"))
            return IriFactory.isValid(curie) ? NodeFactory.createURI(prefixes.canonicalIri(curie)) : null;
        int colon = curie.indexOf(':');
        if (colon <= 0) return null;
        String ns = curieMap.get(curie.substring(0, colon).toLowerCase(Locale.ROOT));
        if (ns == null) return null;
        String iri = prefixes.canonicalIri(ns + IriFactory.segment(curie.substring(colon + 1)));
        return IriFactory.isValid(iri) ? NodeFactory.createURI(iri) : null;
    }
}
