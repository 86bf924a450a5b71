package org.paperkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** The input formats paperkg reads, told apart by their first bytes (after gunzip). */
public enum InputFormat {
    CARD("card"), PUBTATOR("pubtator"), BIOC_XML("bioc"), BIOC_JSON("bioc"), PUBMED_XML("pubmed"), JATS_XML(JatsXmlReader.SOURCE);

    private final String source;

    InputFormat(String source) {
        this.source = source;
    }

    /** The source name records of this format carry (PaperRecord.source()). */
    public String source() {
        return source;
    }

    /** Every source name, once. */
    public static java.util.List<String> sources() {
        return java.util.Arrays.stream(values()).map(InputFormat::source).distinct().toList();
    }

    private static final int PEEK = 8192;
    private static final Pattern PUBTATOR_LINE = Pattern.compile("(?m)^\\s*[^|\\s]+\\|[ta]\\|");
    private static final Pattern CARD_TITLE = Pattern.compile("(?m)^ {0,3}# \\S");
    /** What tells a card from any Markdown file: its authors line, a card section, or its footer. */
    private static final Pattern CARD_PART = Pattern.compile(
            "(?im)^(\\*\\*authors?:\\*\\*|#{2} +(tl;?dr|contribution|key findings|abstract|linked entities|full-text entities)\\s*$|source: +https?://)");
    private static final Pattern FRONT = Pattern.compile("<front[\\s>]");
    private static final Pattern XML_ROOT = Pattern.compile("<(?!\\?|!)([A-Za-z_][\\w.\\-]*)");

    /** Names accepted by --format. */
    public static InputFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "card", "md", "markdown" -> CARD;
            case "pubtator" -> PUBTATOR;
            case "bioc", "bioc_xml", "biocxml" -> BIOC_XML;
            case "bioc_json", "biocjson" -> BIOC_JSON;
            case "pubmed", "pubmed_xml", "medline" -> PUBMED_XML;
            case "jats", "jats_xml", "nxml" -> JATS_XML;
            default -> throw new IllegalArgumentException("unknown format '" + name + "': use card, pubtator, bioc-xml, bioc-json, pubmed or jats");
        };
    }

    /** The format of a file from its content, or null when it is none of ours. */
    public static InputFormat detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(head(in));
        }
    }

    static InputFormat detect(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) return BIOC_JSON;
        if (trimmed.startsWith("<")) {
            String root = xmlRoot(trimmed);
            if (root == null) return null;
            return switch (root) {
                case "collection" -> BIOC_XML;
                case "PubmedArticleSet", "MedlineCitationSet", "PubmedArticle", "MedlineCitation" -> PUBMED_XML;
                case "pmc-articleset" -> JATS_XML;
                // <article> is a common root (DocBook has one): a JATS article opens with its <front> matter
                case "article" -> FRONT.matcher(trimmed).find() ? JATS_XML : null;
                default -> null;
            };
        }
        if (PUBTATOR_LINE.matcher(text).find()) return PUBTATOR;
        if (text.isBlank()) return CARD;
        return CARD_TITLE.matcher(text).find() && CARD_PART.matcher(text).find() ? CARD : null;
    }

    private static String xmlRoot(String text) {
        // skip the prolog, comments and the DOCTYPE (which may hold an internal subset)
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0) return null;
            if (text.startsWith("<?", lt)) i = endOf(text, lt, "?>");
            else if (text.startsWith("<!--", lt)) i = endOf(text, lt, "-->");
            else if (text.startsWith("<!DOCTYPE", lt)) {
                int bracket = text.indexOf('[', lt), close = text.indexOf('>', lt);
                i = bracket >= 0 && bracket < close ? endOf(text, bracket, "]>") : close + 1;
            } else {
                var m = XML_ROOT.matcher(text);
                return m.find(lt) ? m.group(1) : null;
            }
            if (i <= 0) return null;
        }
        return null;
    }

    private static int endOf(String text, int from, String end) {
        int e = text.indexOf(end, from);
        return e < 0 ? -1 : e + end.length();
    }

    private static String head(InputStream raw) throws IOException {
        // a cut or damaged gzip: the format is told from what could be read; the reader reports the damage
        return new String(MaybeGzipped.head(MaybeGzipped.wrap(raw), PEEK), StandardCharsets.UTF_8);
    }
}
