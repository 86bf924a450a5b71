package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of a JATS article: its abstracts and its body, as paragraphs of plain text (inline
 * markup flattened, as PubMed titles are).
 *
 * <p>The abstract is the article-meta's {@code abstract} of no abstract-type (or type "abstract"):
 * its sections as "TITLE: text", like PubMed's labelled AbstractText, joined by blank lines. Other
 * abstracts (a PLoS author summary, a translated {@code trans-abstract}) are other sections, headed
 * by their title or "Other abstract (type)".
 *
 * <p>The body gives one section per top-level {@code sec}, headed by its title; its subsections'
 * titles are paragraphs of their own before their text. Paragraphs of the body outside any sec make
 * an untitled section. Figures, tables, formulas and supplementary material are not read (the
 * reader drops them while streaming); the record limits bound the rest.
 */
final class JatsText {

    /** What is not a paragraph of a section's text: its heading, which is read apart. */
    private static final Set<String> HEADING = Set.of("title", "label");

    private JatsText() {}

    static void abstracts(XmlElement meta, PaperRecord.Builder b) {
        for (XmlElement a : meta.children("abstract")) {
            String type = a.attr("abstract-type");
            String text = text(a);
            if (text == null) continue;
            if (type == null || type.isBlank() || type.strip().equalsIgnoreCase("abstract")) b.abstractText(text);
            else b.otherSection(new TextSection(otherHeading(a, type), text, a.line()));
        }
        for (XmlElement a : meta.children("trans-abstract")) {
            String text = text(a);
            if (text != null) b.otherSection(new TextSection(otherHeading(a, a.attr("lang")), text, a.line()));
        }
    }

    private static String otherHeading(XmlElement a, String about) {
        String title = a.childText("title");
        if (title != null) return title;
        return "Other abstract" + (about == null || about.isBlank() ? "" : " (" + about.strip() + ")");
    }

    /** An abstract's paragraphs; its sections as "TITLE: text"; null when it has no text. */
    private static String text(XmlElement a) {
        List<String> paragraphs = new ArrayList<>();
        for (XmlElement e : a.elements()) {
            if (HEADING.contains(e.name())) continue;
            if (e.name().equals("sec")) {
                String body = String.join(" ", blocks(e, false));
                if (body.isEmpty()) continue;
                paragraphs.add(labelled(e.childText("title"), body));
            } else {
                String t = e.text();
                if (!t.isEmpty()) paragraphs.add(t);
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /** "TITLE: text" (a title that ends in a colon keeps its one), or the text alone. */
    private static String labelled(String title, String text) {
        if (title == null) return text;
        return title + (title.endsWith(":") ? " " : ": ") + text;
    }

    /** The body's sections, in order; a section with no text (its figures and tables not read) is left out. */
    static List<TextSection> body(XmlElement body) {
        List<TextSection> out = new ArrayList<>();
        if (body == null) return out;
        List<String> loose = new ArrayList<>();
        long looseLine = 0;
        for (XmlElement e : body.elements()) {
            if (e.name().equals("sec")) {
                if (!loose.isEmpty()) out.add(new TextSection("", String.join("\n\n", loose), looseLine));
                loose.clear();
                List<String> paragraphs = blocks(e, true);
                String title = e.childText("title");
                if (!paragraphs.isEmpty())
                    out.add(new TextSection(title == null ? "" : title, String.join("\n\n", paragraphs), e.line()));
            } else {
                String t = e.text();
                if (t.isEmpty()) continue;
                if (loose.isEmpty()) looseLine = e.line();
                loose.add(t);
            }
        }
        if (!loose.isEmpty()) out.add(new TextSection("", String.join("\n\n", loose), looseLine));
        return out;
    }

    /**
     * The paragraphs of a sec in document order, its own title left out; a subsection's title is a
     * paragraph before its text when {@code subsectionTitles}.
     */
    private static List<String> blocks(XmlElement sec, boolean subsectionTitles) {
        List<String> out = new ArrayList<>();
        for (XmlElement e : sec.elements()) {
            if (HEADING.contains(e.name())) continue;
            if (e.name().equals("sec")) {
                String title = e.childText("title");
                if (subsectionTitles && title != null) out.add(title);
                out.addAll(blocks(e, subsectionTitles));
            } else {
                String t = e.text();
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }
}
