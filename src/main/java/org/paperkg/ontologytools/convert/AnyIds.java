package org.paperkg.ontologytools.convert;

import org.apache.jena.graph.Node;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.IriFactory;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;

/**
 * The IRI of an identifier in any scheme of the prefix table (canonical form), or of a full IRI in
 * no known scheme (kept as written when it is a valid absolute IRI). A CURIE with an unknown prefix
 * has no IRI: none is made up.
 */
final class AnyIds {

    private final PrefixTable table;

    AnyIds(PrefixTable table) {
        this.table = table;
    }

    /** The node, or the reason there is none. */
    sealed interface Result {}

    record Found(Node node) implements Result {}

    record Missing(ProblemCode code, String message) implements Result {}

    Result read(String cell) {
        String raw = TsvTerms.id(cell);
        ConceptRef ref = table.resolve(raw);
        if (ref instanceof ConceptRef.Resolved r) return new Found(IriFactory.iri(r.iri()));
        ConceptRef.Unresolved u = (ConceptRef.Unresolved) ref;
        boolean fullIri = raw.regionMatches(true, 0, "http://", 0, 7) || raw.regionMatches(true, 0, "https://", 0, 8);
        if (fullIri && u.problemCode() == ProblemCode.UNKNOWN_PREFIX && IriFactory.isValid(raw)) return new Found(IriFactory.iri(raw));
        return new Missing(u.problemCode(), u.message());
    }
}
