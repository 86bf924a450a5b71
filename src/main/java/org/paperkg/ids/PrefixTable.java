package org.paperkg.ids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.problem.ProblemCode;

/**
 * The CURIE → IRI table (ontologies/prefixes.tsv). Resolves CURIEs and full IRIs in known
 * non-canonical forms to one canonical IRI per concept; everything else is reported unresolved.
 */
public final class PrefixTable {

    public static final String RESOURCE = "/ontologies/prefixes.tsv";

    private static final Pattern CURIE = Pattern.compile("([A-Za-z][A-Za-z0-9_.\\-]*)\\s*:\\s*(\\S.*)");

    private final List<Scheme> schemes;
    private final Map<String, Scheme> byName = new HashMap<>();
    private final Pattern anyVariant;

    private PrefixTable(List<Scheme> schemes) {
        this.schemes = List.copyOf(schemes);
        this.anyVariant = Pattern.compile(schemes.stream().flatMap(s -> s.variants().stream())
                .map(p -> "(?:" + p.pattern() + ")").reduce((a, b) -> a + "|" + b).orElse("(?!)"), Pattern.CASE_INSENSITIVE);
        for (Scheme s : schemes)
            for (String name : s.names())
                byName.put(name.toLowerCase(Locale.ROOT), s);
    }

    private static volatile PrefixTable defaultTable;

    /** The table shipped in the jar. */
    public static PrefixTable defaults() {
        PrefixTable t = defaultTable;
        if (t == null) {
            try (InputStream in = PrefixTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                t = parse(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaultTable = t;
        }
        return t;
    }

    public static PrefixTable load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    static PrefixTable parse(InputStream in, String name) throws IOException {
        List<Scheme> rows = new ArrayList<>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 6)
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected 6 tab-separated columns");
            rows.add(new Scheme(f[0].trim(), splitList(f[1]), f[2].trim(),
                    Pattern.compile(f[3].trim()), Scheme.LocalCase.valueOf(f[4].trim().toUpperCase(Locale.ROOT)),
                    splitList(f[5]).stream().map(v -> Pattern.compile(v, Pattern.CASE_INSENSITIVE)).toList()));
        }
        return new PrefixTable(rows);
    }

    private static List<String> splitList(String field) {
        if (field.isBlank()) return List.of();
        return Arrays.stream(field.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<Scheme> schemes() {
        return schemes;
    }

    /** Canonical prefix → namespace, for writers and queries. */
    public Map<String, String> namespaces() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Scheme s : schemes) m.put(s.prefix().toLowerCase(Locale.ROOT), s.namespace());
        return Collections.unmodifiableMap(m);
    }

    /** Resolves a CURIE ({@code MESH:D010019}) or a full IRI in a known form. */
    public ConceptRef resolve(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty())
            return new ConceptRef.Unresolved(text, ProblemCode.BAD_ID, "empty identifier");
        if (text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8))
            return resolveIri(text);
        Matcher m = CURIE.matcher(text);
        if (!m.matches())
            return new ConceptRef.Unresolved(text, ProblemCode.BAD_ID, "not a CURIE (prefix:id): '" + text + "'");
        Scheme scheme = byName.get(m.group(1).toLowerCase(Locale.ROOT));
        if (scheme == null)
            return new ConceptRef.Unresolved(text, ProblemCode.UNKNOWN_PREFIX, "unknown prefix '" + m.group(1) + "' in '" + text + "'");
        return resolveLocal(text, scheme, m.group(2));
    }

    /** Resolves a local id known to belong to a scheme, e.g. a bare MeSH UI from PubTator. */
    public ConceptRef resolveIn(String schemePrefix, String local) {
        Scheme scheme = byName.get(schemePrefix.toLowerCase(Locale.ROOT));
        if (scheme == null)
            return new ConceptRef.Unresolved(local, ProblemCode.UNKNOWN_PREFIX, "unknown prefix '" + schemePrefix + "'");
        return resolveLocal(local, scheme, local);
    }

    /**
     * The canonical form of an IRI of a known scheme written in another form (identifiers.org,
     * OBO OMIM_, MeSH with a year, …); any other IRI is returned unchanged.
     */
    public String canonicalIri(String iri) {
        for (Scheme s : schemes)
            if (iri.startsWith(s.namespace())) return iri;
        if (!anyVariant.matcher(iri).lookingAt()) return iri;
        return resolveIri(iri) instanceof ConceptRef.Resolved r ? r.iri() : iri;
    }

    private ConceptRef resolveIri(String iri) {
        for (Scheme s : schemes) {
            // Variants before the bare namespace: the canonical namespace can be a prefix of a
            // variant (http://id.nlm.nih.gov/mesh/ of http://id.nlm.nih.gov/mesh/2023/D…), and only
            // the variant pattern knows how much of the IRI to skip.
            for (Pattern variant : s.variants()) {
                Matcher m = variant.matcher(iri);
                if (m.lookingAt())
                    return resolveLocal(iri, s, stripIriTail(iri.substring(m.end())));
            }
            if (iri.startsWith(s.namespace()))
                return resolveLocal(iri, s, stripIriTail(iri.substring(s.namespace().length())));
        }
        return new ConceptRef.Unresolved(iri, ProblemCode.UNKNOWN_PREFIX, "IRI in no known scheme: <" + iri + ">");
    }

    private static String stripIriTail(String local) {
        String l = local;
        int cut = l.indexOf('#');
        if (cut >= 0) l = l.substring(0, cut);
        if (l.endsWith(".html")) l = l.substring(0, l.length() - 5);
        if (l.endsWith("/")) l = l.substring(0, l.length() - 1);
        return l;
    }

    private static ConceptRef resolveLocal(String raw, Scheme scheme, String local) {
        String folded = scheme.foldLocal(local);
        if (!scheme.localPattern().matcher(folded).matches())
            return new ConceptRef.Unresolved(raw, ProblemCode.BAD_ID,
                    "'" + raw + "' is not a valid " + scheme.prefix() + " id (expected " + scheme.localPattern().pattern() + ")");
        return new ConceptRef.Resolved(raw, scheme.prefix(), scheme.prefix() + ":" + folded,
                scheme.namespace() + IriFactory.segment(folded));
    }
}
