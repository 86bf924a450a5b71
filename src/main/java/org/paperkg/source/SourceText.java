package org.paperkg.source;

/**
 * A text of the paper that mention offsets count in, e.g. PubTator's "title, a space, then abstract".
 * {@code section} is the fragment of its section node, {@code label} its readable name.
 */
public record SourceText(String section, String label, String text) {}
