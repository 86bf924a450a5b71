package org.paperkg.report;

/** Escapes text from data for HTML element content and quoted attribute values. */
final class Html {

    private Html() {}

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
