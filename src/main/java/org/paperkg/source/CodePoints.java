package org.paperkg.source;

/** Slices a text by code point offsets (BioC and PubTator count code points, Java strings count UTF-16 units). */
final class CodePoints {

    private final String text;
    private final int[] charIndex;
    private final int length;

    CodePoints(String text) {
        this.text = text;
        int n = text.codePointCount(0, text.length());
        this.length = n;
        if (n == text.length()) {
            charIndex = null;
        } else {
            charIndex = new int[n + 1];
            int ci = 0;
            for (int cp = 0; cp < n; cp++) {
                charIndex[cp] = ci;
                ci += Character.charCount(text.codePointAt(ci));
            }
            charIndex[n] = text.length();
        }
    }

    static int count(String s) {
        return s.codePointCount(0, s.length());
    }

    int length() {
        return length;
    }

    /** The text from code point {@code start} (inclusive) to {@code end} (exclusive), or null when out of range. */
    String slice(long start, long end) {
        if (start < 0 || end < start || end > length) return null;
        int s = (int) start, e = (int) end;
        return charIndex == null ? text.substring(s, e) : text.substring(charIndex[s], charIndex[e]);
    }
}
