package org.paperkg.ontologytools.convert;

import java.util.Locale;

/** Recognises the header row of a report, written plain ({@code cls}) or SPARQL-style ({@code ?cls}). */
final class Headers {
    private Headers() {}

    /** The column name as written, without a leading '?' and in lower case. */
    static String name(String cell) {
        String s = cell.strip();
        if (s.startsWith("?")) s = s.substring(1);
        return s.toLowerCase(Locale.ROOT);
    }

    /** True when the row's first cell is the expected first column name. */
    static boolean isHeader(TsvRow row, String firstColumn) {
        return name(row.cell(0)).equals(firstColumn.toLowerCase(Locale.ROOT));
    }

    /** True when the row has a column of this name (a header row in any column order). */
    static boolean hasColumn(TsvRow row, String name) {
        return column(row, name, -1) >= 0;
    }

    /** The index of a named column in a header row, or {@code fallback} when it is not there. */
    static int column(TsvRow header, String name, int fallback) {
        String want = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++)
            if (name(header.cell(i)).equals(want)) return i;
        return fallback;
    }
}
