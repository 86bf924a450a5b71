package org.paperkg.source;

/**
 * Bounds on one record read from XML, so that a hostile or broken file cannot exhaust memory: a
 * record over a bound is skipped with one TOO_LARGE problem and reading goes on with the next.
 *
 * @param maxRecordChars    characters of text in one record
 * @param maxRecordElements elements in one record (those of ignored subtrees not counted)
 * @param maxDepth          nesting depth of elements in the file
 */
public record XmlLimits(long maxRecordChars, int maxRecordElements, int maxDepth) {

    /** 16 M characters, 500 000 elements, depth 200: far above any real PubMed or BioC record. */
    public static final XmlLimits DEFAULTS = new XmlLimits(16_000_000L, 500_000, 200);

    public XmlLimits {
        if (maxRecordChars < 1 || maxRecordElements < 1 || maxDepth < 2)
            throw new IllegalArgumentException("XML limits must be positive (depth at least 2)");
    }
}
