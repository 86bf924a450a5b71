package org.paperkg.source;

import java.util.List;

import org.paperkg.ids.ConceptRef;

/**
 * A relation a source states between concepts, with the paper as evidence: e.g. PubTator's CID
 * (chemical induces disease), {@code subject} the chemical and {@code object} the disease.
 */
public record Relation(String type, List<ConceptRef> subject, List<ConceptRef> object, long line) {
    public Relation {
        if (type == null || type.isBlank()) type = "relation";
        subject = List.copyOf(subject);
        object = List.copyOf(object);
    }
}
