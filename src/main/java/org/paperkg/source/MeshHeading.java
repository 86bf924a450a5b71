package org.paperkg.source;

import java.util.List;

import org.paperkg.ids.ConceptRef;

/** A MeSH heading of a PubMed record: a descriptor, whether it is a major topic, its qualifiers. */
public record MeshHeading(ConceptRef descriptor, String label, boolean majorTopic, List<Qualifier> qualifiers) {

    public record Qualifier(ConceptRef qualifier, String label, boolean majorTopic) {}

    public MeshHeading {
        qualifiers = List.copyOf(qualifiers);
    }
}
