package org.paperkg.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One element of a record read from XML, with its attributes, its content (text and child
 * elements, in document order) and the line of its start tag. A record (one PubMed article, one
 * BioC document) is held as a small tree of these while it is mapped, then dropped.
 */
public final class XmlElement {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String name;
    private final long line;
    private final String[] attributes;
    /** XmlElement children and text (a String, or a StringBuilder when it came in pieces), in order. */
    private final List<Object> content = new ArrayList<>(2);

    XmlElement(String name, long line, String[] attributes) {
        this.name = name;
        this.line = line;
        this.attributes = attributes;
    }

    public String name() {
        return name;
    }

    public long line() {
        return line;
    }

    /** An attribute's value by local name, or null. */
    public String attr(String localName) {
        for (int i = 0; i < attributes.length; i += 2)
            if (attributes[i].equals(localName)) return attributes[i + 1];
        return null;
    }

    /** The first child element of that name, or null. */
    public XmlElement child(String childName) {
        for (Object o : content)
            if (o instanceof XmlElement e && e.name.equals(childName)) return e;
        return null;
    }

    /** The child elements of that name, in order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (Object o : content)
            if (o instanceof XmlElement e && e.name.equals(childName)) out.add(e);
        return out;
    }

    /** All child elements, in order. */
    public List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>();
        for (Object o : content)
            if (o instanceof XmlElement e) out.add(e);
        return out;
    }

    /** The element reached by following child names, or null. */
    public XmlElement path(String... names) {
        XmlElement e = this;
        for (String n : names) {
            if (e == null) return null;
            e = e.child(n);
        }
        return e;
    }

    /**
     * All text inside, inline markup ({@code <i>}, {@code <sup>}, …) flattened away, white space
     * runs collapsed to one space and trimmed; empty when there is none.
     */
    public String text() {
        return SPACES.matcher(rawText()).replaceAll(" ").strip();
    }

    /** The text of a child element (see {@link #text()}), or null when there is no such child or it is blank. */
    public String childText(String childName) {
        XmlElement c = child(childName);
        if (c == null) return null;
        String t = c.text();
        return t.isEmpty() ? null : t;
    }

    /**
     * The text inside (see {@link #text()}) without that of the named descendant elements and
     * their subtrees: an affiliation without its footnote label, a group name without its member
     * list.
     */
    public String textWithout(Set<String> skipped) {
        return SPACES.matcher(flatten(skipped)).replaceAll(" ").strip();
    }

    /** All text inside exactly as written (entities and character references resolved). */
    public String rawText() {
        if (content.size() == 1 && content.get(0) instanceof CharSequence s) return s.toString();
        return flatten(Set.of());
    }

    /** The text of this element's subtree in document order, leaving out the subtrees of the skipped names. */
    private String flatten(Set<String> skipped) {
        StringBuilder sb = new StringBuilder();
        Deque<Object> stack = new ArrayDeque<>();
        pushReversed(stack, content);
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (o instanceof CharSequence s) sb.append(s);
            else if (!skipped.contains(((XmlElement) o).name)) pushReversed(stack, ((XmlElement) o).content);
        }
        return sb.toString();
    }

    private static void pushReversed(Deque<Object> stack, List<Object> items) {
        for (int i = items.size() - 1; i >= 0; i--) stack.push(items.get(i));
    }

    void add(XmlElement child) {
        content.add(child);
    }

    /** Text, which the parser may give in several pieces: adjacent pieces are joined (without copying them again and again). */
    void add(String text) {
        int last = content.size() - 1;
        if (last >= 0 && content.get(last) instanceof StringBuilder sb) sb.append(text);
        else if (last >= 0 && content.get(last) instanceof String s) content.set(last, new StringBuilder(s.length() + text.length()).append(s).append(text));
        else content.add(text);
    }

    @Override
    public String toString() {
        return "<" + name + "> at line " + line;
    }
}
