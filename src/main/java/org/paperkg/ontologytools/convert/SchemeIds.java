package org.paperkg.ontologytools.convert;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.IriFactory;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ids.Scheme;
import org.paperkg.problem.ProblemCode;

/**
 * Sorts the identifiers written in a file into three kinds for one scheme (MONDO, MESH, OMIM):
 * a valid id of the scheme (with its canonical CURIE and IRI, built by the prefix table), an id of
 * some other scheme (skipped without complaint: MONDO's reports also list imported CHEBI/GO/… classes),
 * or an id that claims the scheme but is malformed ({@code MONDO:12}), which is reported.
 */
public final class SchemeIds {

    public sealed interface Id {}

    /** A valid id of the scheme. */
    public record Match(String curie, String local, Node node) implements Id {}

    /** An id of another scheme (or none we know). */
    public record Other(String raw) implements Id {}

    /** An id that claims the scheme but is not valid in it. */
    public record Bad(String raw, ProblemCode code, String message) implements Id {}

    private final PrefixTable table;
    private final Scheme scheme;

    public SchemeIds(PrefixTable table, String schemePrefix) {
        this.table = table;
        this.scheme = table.schemes().stream().filter(s -> s.prefix().equalsIgnoreCase(schemePrefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scheme '" + schemePrefix + "' in the prefix table"));
    }

    public String prefix() {
        return scheme.prefix();
    }

    /** Reads the id in a cell: a CURIE, a full IRI, or either in {@code <>} or quotes. */
    public Id read(String cell) {
        String raw = TsvTerms.id(cell);
        return classify(raw, table.resolve(raw));
    }

    /** Reads a bare local id known to be of this scheme (a MeSH UI, an OMIM number). */
    public Id local(String localId) {
        String raw = localId.strip();
        ConceptRef ref = table.resolveIn(scheme.prefix(), raw);
        if (ref instanceof ConceptRef.Resolved r) return match(r);
        ConceptRef.Unresolved u = (ConceptRef.Unresolved) ref;
        return new Bad(raw, u.problemCode(), u.message());
    }

    private Id classify(String raw, ConceptRef ref) {
        if (ref instanceof ConceptRef.Resolved r)
            return r.scheme().equals(scheme.prefix()) ? match(r) : new Other(raw);
        ConceptRef.Unresolved u = (ConceptRef.Unresolved) ref;
        return claims(raw) ? new Bad(raw, u.problemCode(), u.message()) : new Other(raw);
    }

    private Match match(ConceptRef.Resolved r) {
        String local = r.curie().substring(r.curie().indexOf(':') + 1);
        return new Match(r.curie(), local, IriFactory.iri(r.iri()));
    }

    /** True when the text is written as an id of this scheme, valid or not. */
    private boolean claims(String raw) {
        if (raw.regionMatches(true, 0, scheme.namespace(), 0, scheme.namespace().length())) return true;
        for (Pattern v : scheme.variants()) if (v.matcher(raw).lookingAt()) return true;
        int colon = raw.indexOf(':');
        if (colon <= 0) return false;
        String prefix = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (prefix.equals(scheme.prefix().toLowerCase(Locale.ROOT))) return true;
        for (String alias : scheme.aliases()) if (prefix.equals(alias.toLowerCase(Locale.ROOT))) return true;
        return false;
    }
}
