package org.paperkg.ontologytools.slice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;

/**
 * Receives a converter's triples and keeps only the links of one predicate (subject IRI → object
 * IRIs), so that the slice closure reads the sources with exactly the converters' rules.
 */
final class LinkCollector extends StreamRDFBase {

    private final Node predicate;
    private final Map<String, List<String>> links = new HashMap<>();

    LinkCollector(Node predicate) {
        this.predicate = predicate;
    }

    @Override
    public void triple(Triple t) {
        if (t.getPredicate().equals(predicate) && t.getObject().isURI())
            links.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>(2)).add(t.getObject().getURI());
    }

    List<String> get(String subjectIri) {
        return links.getOrDefault(subjectIri, List.of());
    }
}
