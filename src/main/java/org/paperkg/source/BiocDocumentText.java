package org.paperkg.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of a BioC document as its document-level offsets count it: each passage's (or sentence's)
 * text placed at its offset, the gaps between them filled with spaces. Offsets count code points.
 */
final class BiocDocumentText {

    /** A passage or sentence text and where the document puts it. */
    record Piece(long offset, String text, long line) {}

    /** The widest gap filled with spaces: more is taken for a broken offset, not padding. */
    static final long MAX_GAP = 1_000_000;

    private final List<Piece> pieces = new ArrayList<>();

    void add(long offset, String text, long line) {
        pieces.add(new Piece(offset, text, line));
    }

    /** Lays the pieces out in offset order; a piece that starts inside the one before it is left out and reported. */
    CodePointText layout(RecordProblems problems) {
        StringBuilder text = new StringBuilder();
        long length = 0; // in code points
        List<Piece> ordered = new ArrayList<>(pieces);
        ordered.sort(Comparator.comparingLong(Piece::offset));
        for (Piece p : ordered) {
            if (p.offset() < length) {
                problems.warn(p.line(), "PASSAGE_OVERLAP", "passage at offset " + p.offset()
                        + " starts inside the text before it (which ends at " + length + "); its text is left out");
                continue;
            }
            if (p.offset() - length > MAX_GAP) {
                problems.warn(p.line(), "BAD_OFFSET", "passage offset " + p.offset() + " is more than " + MAX_GAP
                        + " characters beyond the text before it (which ends at " + length + "); its text is left out");
                continue;
            }
            text.append(" ".repeat((int) (p.offset() - length)));
            text.append(p.text());
            length = p.offset() + p.text().codePointCount(0, p.text().length());
        }
        return new CodePointText(text.toString());
    }
}
