package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Renders commonmark nodes to plain text: emphasis, links and escapes become their text. */
final class MarkdownText {

    private MarkdownText() {}

    /** The inline content of a block, one string per source line (soft and hard breaks split). */
    static List<String> lines(Node block) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        appendInlines(block, current, lines);
        lines.add(current.toString());
        return lines.stream().map(String::strip).toList();
    }

    /** The inline content of a block on one line. */
    static String inline(Node block) {
        return String.join(" ", lines(block)).strip();
    }

    /** Text of any block, including lists and code, with paragraphs separated by blank lines. */
    static String block(Node node) {
        if (node instanceof Paragraph || node instanceof Heading) return inline(node);
        if (node instanceof FencedCodeBlock f) return f.getLiteral().stripTrailing();
        if (node instanceof IndentedCodeBlock c) return c.getLiteral().stripTrailing();
        if (node instanceof HtmlBlock h) return h.getLiteral().stripTrailing();
        if (node instanceof ThematicBreak) return "";
        if (node instanceof BulletList || node instanceof OrderedList) {
            List<String> items = new ArrayList<>();
            int n = node instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                String marker = node instanceof OrderedList ? (n++) + ". " : "- ";
                items.add(marker + children(item).replace("\n", "\n  "));
            }
            return String.join("\n", items);
        }
        return children(node);
    }

    /** The text of a list item (its paragraphs joined). */
    static String item(ListItem item) {
        return children(item);
    }

    private static String children(Node parent) {
        List<String> parts = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            String t = c instanceof Block ? block(c) : inline(c);
            if (!t.isBlank()) parts.add(t);
        }
        return String.join("\n\n", parts);
    }

    private static void appendInlines(Node parent, StringBuilder current, List<String> lines) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) current.append(t.getLiteral());
            else if (n instanceof Code c) current.append(c.getLiteral());
            else if (n instanceof HtmlInline h) current.append(h.getLiteral());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                lines.add(current.toString());
                current.setLength(0);
            } else if (n instanceof Image) appendInlines(n, current, lines);
            else appendInlines(n, current, lines);
        }
    }
}
