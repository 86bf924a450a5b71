package org.paperkg.source;

import org.paperkg.ids.ConceptRef;

/**
 * An entity mention as the source states it: the entity type label (as written, e.g. "Diseases"),
 * the surface text, and what its identifier resolved to.
 */
public record Mention(String entityType, String text, ConceptRef concept, long line) {}
