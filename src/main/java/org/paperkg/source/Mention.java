package org.paperkg.source;

import java.util.List;

import org.paperkg.ids.ConceptRef;

/**
 * An entity mention as the source states it.
 *
 * @param kind       LINKED for paper-level entities (the card's "Linked entities"), TEXT for mentions
 *                   found in the text
 * @param section    the fragment naming the section it was found in ("full-text", "title-abstract", …)
 * @param entityType the type label as written ("Diseases", "Chemical", "SpecificDisease")
 * @param text       the surface text
 * @param concepts   what its identifier(s) resolved to: one per id of a composite ({@code D001|D002});
 *                   never empty (an absent or unnormalised id is an Unresolved entry)
 * @param start      0-based start offset in code points in the section text, or null
 * @param end        end offset (exclusive), or null
 * @param line       the line of the source it was read from
 */
public record Mention(Kind kind, String section, String entityType, String text, List<ConceptRef> concepts,
                      Integer start, Integer end, long line) {

    public enum Kind { LINKED, TEXT }

    public Mention {
        // a source that gives no type (found by fuzzing BioC JSON: the mapper threw on a null type)
        if (entityType == null || entityType.isBlank()) entityType = "Entity";
        if (text == null) text = "";
        concepts = List.copyOf(concepts);
        if (concepts.isEmpty()) throw new IllegalArgumentException("a mention needs at least one (possibly unresolved) id");
    }

    /** A mention without offsets, for a section given later (see {@link #in}). */
    public Mention(String entityType, String text, ConceptRef concept, long line) {
        this(Kind.TEXT, "full-text", entityType, text, List.of(concept), null, null, line);
    }

    /** The first (for most sources the only) concept. */
    public ConceptRef concept() {
        return concepts.get(0);
    }

    public boolean hasOffsets() {
        return start != null && end != null;
    }

    public Mention in(Kind kind, String section) {
        return new Mention(kind, section, entityType, text, concepts, start, end, line);
    }
}
