package org.paperkg.source;

/**
 * A text addressed by code point offsets, as PubTator and BioC count them: {@code slice(start, end)}
 * is the text from code point {@code start} (0-based) up to {@code end} (exclusive). Texts without
 * surrogate pairs (almost all) are sliced directly; others through a code point → char index table.
 */
final class CodePointText {

    private final String text;
    private final int[] charIndex;

    CodePointText(String text) {
        this.text = text;
        int cps = text.codePointCount(0, text.length());
        if (cps == text.length()) {
            charIndex = null;
        } else {
            charIndex = new int[cps + 1];
            int ci = 0;
            for (int cp = 0; cp < cps; cp++) {
                charIndex[cp] = ci;
                ci += Character.charCount(text.codePointAt(ci));
            }
            charIndex[cps] = text.length();
        }
    }

    static int count(String s) {
        return s.codePointCount(0, s.length());
    }

    String text() {
        return text;
    }

    /** Length in code points. */
    int length() {
        return charIndex == null ? text.length() : charIndex.length - 1;
    }

    /** The text between the code point offsets, or null when they are not a range inside the text. */
    String slice(long start, long end) {
        if (start < 0 || end < start || end > length()) return null;
        if (charIndex == null) return text.substring((int) start, (int) end);
        return text.substring(charIndex[(int) start], charIndex[(int) end]);
    }
}
