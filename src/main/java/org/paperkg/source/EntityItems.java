package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the items of an entity bullet ({@code name (CURIE), name (CURIE), …}). A name may itself
 * hold commas and parentheses; an item ends at a parenthesised identifier followed by a comma or
 * the end of the line, so the identifier is the last such group of each item.
 */
final class EntityItems {

    /** One item; {@code id} is null when no identifier closes it. */
    record Item(String name, String id) {}

    private static final Pattern ID_SHAPE =
            Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*\\s*:\\s*\\S+|https?://\\S+");

    private EntityItems() {}

    static List<Item> split(String text) {
        List<Item> items = new ArrayList<>();
        int len = text.length();
        int start = 0;
        int i = 0;
        while (i < len) {
            if (text.charAt(i) != '(') {
                i++;
                continue;
            }
            int close = matchingParen(text, i);
            if (close < 0) break;
            int after = close + 1;
            while (after < len && text.charAt(after) == ' ') after++;
            String inner = text.substring(i + 1, close).strip();
            boolean endsItem = after >= len || text.charAt(after) == ',' || text.charAt(after) == ';';
            if (endsItem && ID_SHAPE.matcher(inner).matches()) {
                items.add(new Item(cleanName(text.substring(start, i)), inner));
                i = Math.min(after + 1, len);
                start = i;
            } else {
                i = close + 1;
            }
        }
        String rest = cleanName(text.substring(Math.min(start, len)));
        if (!rest.isEmpty()) items.add(new Item(rest, null));
        return items;
    }

    private static int matchingParen(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return j;
        }
        return -1;
    }

    private static String cleanName(String s) {
        String t = s.strip();
        while (t.startsWith(",") || t.startsWith(";")) t = t.substring(1).strip();
        return t;
    }
}
