package org.paperkg.source;

/** A section of the card that has no dedicated field: kept as text under its heading. */
public record TextSection(String heading, String text, long line) {}
