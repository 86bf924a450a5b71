package org.paperkg.ontologytools.convert;

/**
 * Reads the cells of the TSV reports that ROBOT / SPARQL queries write: identifiers as CURIEs,
 * {@code <IRI>}s or quoted strings, and labels as quoted literals (optionally with {@code @lang} or
 * {@code ^^<datatype>}) using SPARQL's TSV escapes.
 */
public final class TsvTerms {
    private TsvTerms() {}

    /** A label read from a cell: its text and language tag ("" when none). */
    public record Text(String value, String lang) {}

    /** The identifier written in a cell, without the {@code <>} or quotes around it. */
    public static String id(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("<") && s.endsWith(">")) return s.substring(1, s.length() - 1).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) return s.substring(1, s.length() - 1).strip();
        return s;
    }

    /**
     * The text of a label cell: a quoted literal is unquoted and unescaped, anything else is taken
     * as it is. Returns null when the cell is empty or a quote is not closed.
     */
    public static Text text(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) return null;
        if (!s.startsWith("\"")) return new Text(s, "");
        int close = closingQuote(s);
        if (close < 0) return null;
        String value = unescape(s.substring(1, close));
        String rest = s.substring(close + 1);
        String lang = rest.startsWith("@") ? rest.substring(1) : "";
        if (!rest.isEmpty() && !rest.startsWith("@") && !rest.startsWith("^^")) return null;
        return value.isBlank() ? null : new Text(value, lang);
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i;
        }
        return -1;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
