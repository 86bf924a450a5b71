package org.paperkg.ontologytools.slice;

import java.util.Set;
import java.util.TreeSet;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;

/** Between canonical CURIEs (the id files) and canonical IRIs (the converters' triples). */
final class SliceIris {

    private final PrefixTable table;

    SliceIris(PrefixTable table) {
        this.table = table;
    }

    /** The canonical IRI of a CURIE or IRI, or null. */
    String iri(String id) {
        return table.resolve(id) instanceof ConceptRef.Resolved r ? r.iri() : null;
    }

    /** The canonical CURIE of a CURIE or IRI, or null. */
    String curie(String id) {
        return table.resolve(id) instanceof ConceptRef.Resolved r ? r.curie() : null;
    }

    /** The scheme of a resolved id ("MONDO", "MESH", …), or null. */
    String scheme(String id) {
        return table.resolve(id) instanceof ConceptRef.Resolved r ? r.scheme() : null;
    }

    Set<String> curies(Set<String> iris) {
        Set<String> out = new TreeSet<>();
        for (String iri : iris) {
            String c = curie(iri);
            if (c != null) out.add(c);
        }
        return out;
    }
}
