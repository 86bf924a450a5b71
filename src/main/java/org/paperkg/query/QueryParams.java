package org.paperkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;
import org.paperkg.vocab.Vocab;

/**
 * Turns {@code --param name=value} into typed RDF terms, bound into the query as values (never
 * spliced into its text). A value is: {@code <iri>}; a Turtle literal ({@code "text"@en},
 * {@code "5"^^xsd:integer}); a CURIE of a known concept scheme (MONDO:0005246, MeSH:D010019 —
 * normalised to the canonical IRI) or of an output prefix (pkg:, fabio:, …); otherwise a plain
 * string literal, digits included.
 */
public final class QueryParams {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final PrefixTable prefixes;
    private final PrefixMap vocabPrefixes = PrefixMapFactory.create(Vocab.PREFIXES);

    public QueryParams(PrefixTable prefixes) {
        this.prefixes = prefixes;
    }

    /** Parses {@code name=value} pairs; a leading '?' or '$' on the name is allowed. */
    public Map<String, Node> parse(Iterable<String> assignments) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--param needs name=value, got '" + a + "'");
            String name = a.substring(0, eq).strip().replaceFirst("^[?$]", "");
            if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("not a variable name: '" + name + "'");
            out.put(name, term(a.substring(eq + 1)));
        }
        return out;
    }

    public Node term(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">") || v.startsWith("\"") || v.startsWith("'")) {
            try {
                return NodeFactoryExtra.parseNode(v, vocabPrefixes);
            } catch (RiotException e) {
                throw new IllegalArgumentException("cannot read '" + value + "' as an RDF term: " + e.getMessage());
            }
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            ConceptRef ref = prefixes.resolve(v);
            return NodeFactory.createURI(ref instanceof ConceptRef.Resolved r ? r.iri() : v);
        }
        int colon = v.indexOf(':');
        if (colon > 0 && v.indexOf(' ') < 0) {
            ConceptRef ref = prefixes.resolve(v);
            if (ref instanceof ConceptRef.Resolved r) return NodeFactory.createURI(r.iri());
            String expanded = vocabPrefixes.expand(v);
            if (expanded != null) return NodeFactory.createURI(expanded);
            if (ref instanceof ConceptRef.Unresolved u && u.problemCode() == ProblemCode.BAD_ID)
                throw new IllegalArgumentException(u.message());
        }
        return NodeFactory.createLiteralString(v);
    }
}
