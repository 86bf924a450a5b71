package org.paperkg.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a PubTator file, classified by its shape alone (no document context). */
sealed interface PubTatorLine {

    /** An empty or all-blank line: the end of a document. */
    record Blank() implements PubTatorLine {}

    /** {@code PMID|t|title}. */
    record Title(String docId, String text) implements PubTatorLine {}

    /** {@code PMID|a|abstract}. */
    record Abstract(String docId, String text) implements PubTatorLine {}

    /** {@code PMID start end text type [ids [individual mentions]]}, tab-separated. */
    record MentionLine(String docId, String start, String end, String text, String type, String ids) implements PubTatorLine {}

    /** {@code PMID TYPE id1 id2 [more]}, tab-separated, e.g. {@code 227508 CID D008750 D007022}. */
    record RelationLine(String docId, String type, String first, String second) implements PubTatorLine {}

    /** Anything else. */
    record Other(String text) implements PubTatorLine {}

    Pattern TEXT_LINE = Pattern.compile("([^|\\t\\s]+)\\|([ta])\\|(.*)", Pattern.DOTALL);
    Pattern NUMBER = Pattern.compile("[+-]?\\d+");

    static PubTatorLine parse(String line) {
        if (line.isBlank()) return new Blank();
        Matcher m = TEXT_LINE.matcher(line);
        if (m.matches())
            return m.group(2).equals("t") ? new Title(m.group(1), m.group(3)) : new Abstract(m.group(1), m.group(3));
        if (line.indexOf('\t') < 0) return new Other(line);
        String[] f = line.split("\t", -1);
        if (f.length < 4 || f[0].isBlank()) return new Other(line);
        boolean mention = f.length >= 6 || (f.length == 5 && (isNumber(f[1]) || isNumber(f[2])));
        if (mention)
            return new MentionLine(f[0].strip(), f[1], f[2], f[3], f[4], f.length >= 6 ? f[5] : null);
        if (!isNumber(f[1]) && !f[1].isBlank())
            return new RelationLine(f[0].strip(), f[1].strip(), f[2], f[3]);
        return new Other(line);
    }

    private static boolean isNumber(String field) {
        return NUMBER.matcher(field.strip()).matches();
    }
}
