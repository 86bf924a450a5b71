package org.paperkg.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.paperkg.problem.ProblemCode;

/**
 * The one text a BioC document's annotation offsets count in. Offsets in BioC are document-level:
 * when the document is exactly a title at 0 and an abstract at len(title)+1 (CDR, PubTator), the
 * text is "title abstract" ({@code title-abstract}); otherwise each passage (or, for a passage
 * without text, each sentence) is placed at its offset, gaps filled with spaces ({@code text}).
 * Passages that overlap or lie absurdly far apart give no text (a warning), so no offsets.
 */
final class BiocDocumentText {

    static final String TITLE_ABSTRACT = "title-abstract";
    static final String TEXT = "text";

    /** A passage or sentence with its document-level offset (code points). */
    record Piece(long offset, String text, long line, boolean title, boolean abstractText) {}

    private BiocDocumentText() {}

    /** The section name mentions of these pieces belong to. */
    static String section(List<Piece> pieces) {
        return isTitleAbstract(pieces) ? TITLE_ABSTRACT : TEXT;
    }

    static boolean isTitleAbstract(List<Piece> pieces) {
        return pieces.size() == 2 && pieces.get(0).title() && pieces.get(0).offset() == 0 && pieces.get(1).abstractText()
                && pieces.get(1).offset() == CodePointText.count(pieces.get(0).text()) + 1;
    }

    /** The document text, or null (with a warning) when the pieces cannot be placed; null when there are none. */
    static SourceText build(List<Piece> pieces, long maxChars, RecordProblems problems) {
        if (pieces.isEmpty()) return null;
        if (isTitleAbstract(pieces))
            return new SourceText(TITLE_ABSTRACT, "Title and abstract", pieces.get(0).text() + " " + pieces.get(1).text());
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingLong(Piece::offset));
        StringBuilder sb = new StringBuilder();
        long at = 0;
        for (Piece p : sorted) {
            if (p.offset() < at) {
                problems.warn(p.line(), ProblemCode.PASSAGE_OVERLAP, "passage at offset " + p.offset() + " overlaps the one before "
                        + "(which ends at " + at + "): the document has no text to count offsets in, mentions are kept without offsets");
                return null;
            }
            if (p.offset() - at > maxChars) {
                problems.warn(p.line(), ProblemCode.BAD_OFFSET, "passage offset " + p.offset() + " is too far from the text before it: "
                        + "mentions are kept without offsets");
                return null;
            }
            for (; at < p.offset(); at++) sb.append(' ');
            sb.append(p.text());
            at += CodePointText.count(p.text());
        }
        return new SourceText(TEXT, "Document text", sb.toString());
    }
}
