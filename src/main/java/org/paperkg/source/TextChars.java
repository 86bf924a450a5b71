package org.paperkg.source;

/**
 * Characters that text taken from input may not keep: those XML 1.0 cannot hold (C0 controls other
 * than tab, line feed and carriage return; U+FFFE, U+FFFF) and lone surrogates. A literal holding one
 * cannot be written as RDF/XML or SPARQL XML results, and a lone surrogate is not even UTF-8. Each
 * becomes U+FFFD (one code point for one, so offsets counted in code points stay right); the readers
 * report where they did it.
 */
public final class TextChars {

    public static final char REPLACEMENT = '\uFFFD';

    private TextChars() {}

    /** True when {@code text} holds no character that {@link #clean} would replace. */
    public static boolean isClean(String text) {
        return firstBad(text) < 0;
    }

    /** The text with every bad character (see the class comment) replaced by U+FFFD. */
    public static String clean(String text) {
        int first = firstBad(text);
        if (first < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(isBad(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /** A short description of the first bad character, e.g. "U+0002", for messages. */
    public static String describeFirst(String text) {
        int i = firstBad(text);
        return i < 0 ? "" : String.format("U+%04X", (int) text.charAt(i));
    }

    private static int firstBad(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800) continue;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isBad(c)) return i;
        }
        return -1;
    }

    /** A bad char when met on its own (a surrogate here is one without its partner). */
    private static boolean isBad(char c) {
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
        return Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}
