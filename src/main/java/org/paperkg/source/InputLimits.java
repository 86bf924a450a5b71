package org.paperkg.source;

import java.util.List;

/**
 * Bounds on one record, so that a hostile or broken file cannot exhaust memory, whatever its format:
 * a record over a bound is skipped with one TOO_LARGE problem and reading goes on with the next. The
 * defaults are far above any real paper and keep a run within a small heap (256 MB).
 *
 * @param maxRecordChars    characters of text in one record; in line-based files (cards, PubTator) also
 *                          the longest line read (in bytes), so that one huge line is never held
 * @param maxRecordElements XML elements in one record (those of ignored subtrees not counted)
 * @param maxDepth          nesting depth of XML elements in the file
 * @param maxRecordItems    entries in any one list of a record: authors, mentions, relations, MeSH
 *                          headings, findings, sections
 */
public record InputLimits(long maxRecordChars, int maxRecordElements, int maxDepth, int maxRecordItems) {

    /** 4 M characters, 500 000 XML elements, depth 200, 20 000 list entries. */
    public static final InputLimits DEFAULTS = new InputLimits(4_000_000L, 500_000, 200, 20_000);

    public InputLimits {
        if (maxRecordChars < 1 || maxRecordElements < 1 || maxDepth < 2 || maxRecordItems < 1)
            throw new IllegalArgumentException("input limits must be positive (XML depth at least 2)");
    }

    /** The XML bounds given, the default number of list entries. */
    public InputLimits(long maxRecordChars, int maxRecordElements, int maxDepth) {
        this(maxRecordChars, maxRecordElements, maxDepth, DEFAULTS.maxRecordItems());
    }

    public InputLimits withMaxRecordChars(long chars) {
        return new InputLimits(chars, maxRecordElements, maxDepth, maxRecordItems);
    }

    public InputLimits withMaxRecordItems(int items) {
        return new InputLimits(maxRecordChars, maxRecordElements, maxDepth, items);
    }

    /** What makes a complete record too large ("100000 authors (more than 20000)"), or null when it is within the bounds. */
    public String tooLarge(PaperRecord r) {
        String lists = tooMany("authors", r.authors()) + tooMany("mentions", r.mentions()) + tooMany("relations", r.relations())
                + tooMany("MeSH headings", r.meshHeadings()) + tooMany("key findings", r.keyFindings())
                + tooMany("sections", r.otherSections()) + tooMany("texts", r.texts()) + tooMany("metadata parts", r.extraMetadata());
        if (!lists.isEmpty()) return lists.substring(2);
        long chars = chars(r);
        return chars > maxRecordChars ? "more than " + maxRecordChars + " characters of text" : null;
    }

    private String tooMany(String what, List<?> list) {
        return list.size() > maxRecordItems ? ", " + list.size() + " " + what + " (more than " + maxRecordItems + ")" : "";
    }

    /** The characters of text a record holds (what the character limit bounds). */
    public static long chars(PaperRecord r) {
        // texts repeat the title and abstract in the formats that have them (PubTator, BioC): counted once
        long texts = 0;
        for (SourceText t : r.texts()) texts += len(t.text());
        long n = Math.max(texts, len(r.title()) + len(r.abstractText())) + len(r.tldr()) + len(r.contribution()) + len(r.figures());
        for (String s : r.keyFindings()) n += len(s);
        for (TextSection s : r.otherSections()) n += len(s.text());
        for (String s : r.extraMetadata()) n += len(s);
        for (Author a : r.authors()) n += len(a.name());
        for (Mention m : r.mentions()) n += len(m.text());
        return n;
    }

    private static long len(String s) {
        return s == null ? 0 : s.length();
    }
}
