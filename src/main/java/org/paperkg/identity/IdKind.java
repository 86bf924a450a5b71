package org.paperkg.identity;

import org.apache.jena.graph.Node;
import org.paperkg.vocab.Terms;

/** The identifiers papers are matched on, strongest first: the paper IRI comes from the strongest known. */
public enum IdKind {
    PMCID(Terms.FABIO_PMCID), PMID(Terms.FABIO_PMID), DOI(Terms.BIBO_DOI);

    private final Node property;

    IdKind(Node property) {
        this.property = property;
    }

    /** The property that states this identifier of a paper. */
    public Node property() {
        return property;
    }
}
