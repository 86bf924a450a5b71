package org.paperkg.source;

import java.util.regex.Pattern;

/**
 * Keeps a card's closing {@code ---} a rule when it directly follows a paragraph line. CommonMark
 * reads such a line as a setext heading underline, which would turn the last paragraph into a
 * heading and lose the footer. Cards use {@code ## } headings only, so a dash line right after text
 * is the closing rule: it is rewritten to {@code ***}, a rule that can interrupt a paragraph, on the
 * same line, so source line numbers are unchanged. Lines inside fenced code are left alone.
 */
final class ClosingRules {

    private static final Pattern DASH_RULE = Pattern.compile(" {0,3}-{3,}[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

    private ClosingRules() {}

    static String keepAsRules(String text) {
        if (text.indexOf("---") < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        boolean previousIsText = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int contentEnd = end < 0 ? text.length() : (end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            String line = text.substring(start, contentEnd);
            var fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (closes(line, fence)) fence = null;
                out.append(text, start, next);
                previousIsText = false;
            } else if (fenceMatch.matches()) {
                fence = fenceMatch.group(1);
                out.append(text, start, next);
                previousIsText = false;
            } else if (previousIsText && DASH_RULE.matcher(line).matches()) {
                out.append(line.replace('-', '*')).append(text, contentEnd, next);
                previousIsText = false;
            } else {
                out.append(text, start, next);
                previousIsText = !line.isBlank();
            }
            start = next;
        }
        return out.toString();
    }

    /** A closing fence: the opening fence's character, at least as many, and nothing else. */
    private static boolean closes(String line, String fence) {
        String s = line.strip();
        if (s.length() < fence.length() || line.length() - line.stripLeading().length() > 3) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) != fence.charAt(0)) return false;
        return true;
    }
}
