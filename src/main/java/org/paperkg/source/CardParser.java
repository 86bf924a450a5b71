package org.paperkg.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.IriFactory;
import org.paperkg.ids.PaperIds;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Parses the Markdown of one paper card (from its {@code # } title line to the next) into a
 * {@link PaperRecord}, reporting what it cannot read with the line in the file.
 */
final class CardParser {

    private static final Pattern AUTHORS = Pattern.compile("(?i)authors?\\s*:\\s*(.*)");
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z][A-Za-z .]{0,20}?)\\s*:\\s*(.+)");
    private static final Pattern COLLECTION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .&/+\\-]{0,39}");
    private static final Pattern PMC_IN_URL = Pattern.compile("(?i)\\bPMC\\d+\\b");
    private static final String SEPARATOR = "·";
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");

    private enum Part { PREAMBLE, SECTION, FOOTER }

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final PrefixTable prefixes;
    private final InputLimits limits;

    CardParser(PrefixTable prefixes, InputLimits limits) {
        this.prefixes = prefixes;
        this.limits = limits;
    }

    /** One card's text; {@code firstLine} is the file line of its title. */
    record Chunk(String file, long firstLine, String text, boolean truncated) {}

    /** The record, or empty when the card was skipped (a SKIP problem has then been reported). */
    Optional<PaperRecord> parse(Chunk chunk, ProblemSink problems) {
        return new Run(chunk, problems).parse();
    }

    /** State of parsing one card. */
    private final class Run {
        private final Chunk chunk;
        private final ProblemSink problems;
        private final PaperRecord.Builder paper;
        private Part part = Part.PREAMBLE;
        private String section;
        private long sectionLine;
        private boolean metadataSeen;
        private boolean footerSeen;
        private long sourceLine;
        private final StringBuilder otherText = new StringBuilder();
        /** Why the card is over the limits (checked as lists grow, so they never grow far), or null. */
        private String tooLarge;
        private int authors;
        private int mentions;

        Run(Chunk chunk, ProblemSink problems) {
            this.chunk = chunk;
            this.problems = problems;
            this.paper = PaperRecord.builder(new SourceRef(chunk.file(), chunk.firstLine()));
        }

        Optional<PaperRecord> parse() {
            Node doc = parser.parse(ClosingRules.keepAsRules(chunk.text()));
            cleanDecodedText(doc, new long[] {chunk.firstLine()});
            Node first = doc.getFirstChild();
            if (!(first instanceof Heading h) || h.getLevel() != 1 || MarkdownText.inline(h).isEmpty()) {
                // the line of the text that is not a card, not of the blank lines before it
                skip(first == null ? chunk.firstLine() : line(first), ProblemCode.NO_TITLE, first instanceof Heading hh && hh.getLevel() == 1
                        ? "card title is empty" : "text that does not start with a '# ' title is not a card");
                return Optional.empty();
            }
            if (chunk.truncated()) {
                skip(chunk.firstLine(), ProblemCode.TRUNCATED, "card ends without its closing '---' and the file ends mid-line");
                return Optional.empty();
            }
            paper.title(MarkdownText.inline(h));
            for (Node n = first.getNext(); n != null && tooLarge == null; n = n.getNext()) block(n);
            closeSection();
            PaperRecord record = tooLarge == null ? paper.build() : null;
            if (tooLarge == null) tooLarge = limits.tooLarge(record);
            if (tooLarge != null) {
                skip(chunk.firstLine(), ProblemCode.TOO_LARGE, "card has " + tooLarge + ": skipped");
                return Optional.empty();
            }
            if (!footerSeen)
                warn(chunk.firstLine(), ProblemCode.NO_FOOTER, "card has no closing '---' / 'Source:' footer");
            fillPmcidFromUrl();
            return Optional.of(paper.build());
        }

        private void block(Node n) {
            long line = line(n);
            if (n instanceof Heading h && h.getLevel() == 2) {
                closeSection();
                part = Part.SECTION;
                section = MarkdownText.inline(h);
                sectionLine = line;
                return;
            }
            if (n instanceof ThematicBreak) {
                closeSection();
                part = Part.FOOTER;
                footerSeen = true;
                return;
            }
            switch (part) {
                case PREAMBLE -> preamble(n, line);
                case FOOTER -> footer(n, line);
                case SECTION -> sectionBlock(n, line);
            }
        }

        private void preamble(Node n, long line) {
            if (!(n instanceof Paragraph)) {
                keepOther(MarkdownText.block(n));
                return;
            }
            List<String> lines = MarkdownText.lines(n);
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                if (text.isEmpty()) continue;
                Matcher authors = AUTHORS.matcher(text);
                if (authors.matches()) {
                    for (String name : NAME_SEPARATOR.split(authors.group(1))) {
                        if (name.isBlank()) continue;
                        if (++this.authors > limits.maxRecordItems()) {
                            tooLarge = "more than " + limits.maxRecordItems() + " authors";
                            return;
                        }
                        paper.author(name.strip());
                    }
                } else if (text.regionMatches(true, 0, "Source:", 0, 7)) {
                    sourceUrl(text.substring(7).strip(), line + i);
                } else if (!metadataSeen && looksLikeMetadata(text)) {
                    metadataSeen = true;
                    metadata(text, line + i);
                } else {
                    warn(line + i, ProblemCode.UNEXPECTED_TEXT, "text before the first section kept as an unnamed section");
                    keepOther(text);
                }
            }
        }

        private boolean looksLikeMetadata(String text) {
            if (text.contains(SEPARATOR)) return true;
            return classify(text.strip()) != null;
        }

        /** What a metadata part is: "DOI", "PMID", "PMCID", "date", "collection", or null. */
        private String classify(String part) {
            Matcher kv = KEY_VALUE.matcher(part);
            if (kv.matches()) {
                String key = kv.group(1).replace(" ", "").toUpperCase(Locale.ROOT);
                if (key.equals("DOI") || key.equals("PMID") || key.equals("PMCID")) return key;
            }
            if (PubDate.looksLikeDate(part)) return "date";
            if (COLLECTION.matcher(part).matches()) return "collection";
            return null;
        }

        private void metadata(String text, long line) {
            for (String raw : text.split(SEPARATOR)) {
                String part = raw.strip();
                if (part.isEmpty()) continue;
                String kind = classify(part);
                if (kind == null) {
                    warn(line, ProblemCode.UNKNOWN_METADATA, "metadata part kept as text: '" + part + "'");
                    paper.extraMetadata(part);
                    continue;
                }
                switch (kind) {
                    case "DOI" -> identifier(part, line, "DOI", ProblemCode.BAD_DOI, PaperIds::doi, paper.doi(), paper::doi);
                    case "PMID" -> identifier(part, line, "PMID", ProblemCode.BAD_PMID, PaperIds::pmid, paper.pmid(), paper::pmid);
                    case "PMCID" -> identifier(part, line, "PMCID", ProblemCode.BAD_PMCID, PaperIds::pmcid, paper.pmcid(), paper::pmcid);
                    case "date" -> {
                        Optional<PubDate> date = PubDate.parse(part);
                        if (date.isEmpty()) {
                            warn(line, ProblemCode.BAD_DATE, "not a valid date: '" + part + "' (kept as text)");
                            paper.extraMetadata(part);
                        } else if (paper.issued() != null) {
                            warn(line, ProblemCode.DUPLICATE_METADATA, "second date '" + part + "' kept as text");
                            paper.extraMetadata(part);
                        } else paper.issued(date.get());
                    }
                    default -> {
                        if (paper.collection() == null) paper.collection(part);
                        else {
                            warn(line, ProblemCode.UNKNOWN_METADATA, "metadata part kept as text: '" + part + "'");
                            paper.extraMetadata(part);
                        }
                    }
                }
            }
        }

        private void identifier(String part, long line, String kind, ProblemCode bad, Function<String, Optional<String>> normalise,
                                String existing, Function<String, PaperRecord.Builder> set) {
            String value = part.substring(part.indexOf(':') + 1).strip();
            Optional<String> id = normalise.apply(value);
            if (id.isEmpty()) {
                warn(line, bad, "not a valid " + kind + ": '" + value + "' (kept as text)");
                paper.extraMetadata(part);
            } else if (existing != null && !existing.equals(id.get())) {
                warn(line, ProblemCode.CONFLICTING_ID, kind + " '" + id.get() + "' differs from '" + existing + "' (kept as text)");
                paper.extraMetadata(part);
            } else set.apply(id.get());
        }

        private void footer(Node n, long line) {
            List<String> lines = n instanceof Paragraph ? MarkdownText.lines(n) : List.of(MarkdownText.block(n));
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                if (text.isBlank()) continue;
                if (text.regionMatches(true, 0, "Source:", 0, 7)) sourceUrl(text.substring(7).strip(), line + i);
                else {
                    warn(line + i, ProblemCode.UNEXPECTED_TEXT, "footer text kept as metadata: '" + text + "'");
                    paper.extraMetadata(text);
                }
            }
        }

        private void sourceUrl(String url, long line) {
            if (IriFactory.isValid(url) && (url.startsWith("http://") || url.startsWith("https://"))) {
                paper.sourceUrl(url);
                sourceLine = line;
            } else {
                warn(line, ProblemCode.BAD_URL, "source is not a valid http(s) IRI: '" + url + "' (kept as text)");
                paper.extraMetadata("Source: " + url);
            }
        }

        private void fillPmcidFromUrl() {
            String url = paper.sourceUrl();
            if (url == null) return;
            Matcher m = PMC_IN_URL.matcher(url);
            if (!m.find()) return;
            Optional<String> valid = PaperIds.pmcid(m.group());
            if (valid.isEmpty()) {
                // e.g. PMC0 or ten digits: found by fuzzing, it used to throw
                warn(sourceLine, ProblemCode.BAD_PMCID, "'" + m.group() + "' in the source URL is not a valid PMCID (ignored)");
                return;
            }
            String fromUrl = valid.get();
            if (paper.pmcid() == null) paper.pmcid(fromUrl);
            else if (!paper.pmcid().equals(fromUrl))
                warn(sourceLine, ProblemCode.CONFLICTING_ID, "PMCID in source URL (" + fromUrl + ") differs from " + paper.pmcid());
        }

        private void sectionBlock(Node n, long line) {
            switch (sectionKind()) {
                case "linked" -> entities(n, line, true);
                case "fulltext" -> entities(n, line, false);
                case "findings" -> {
                    if (n instanceof BulletList || n instanceof OrderedList) {
                        for (Node item = n.getFirstChild(); item != null; item = item.getNext())
                            paper.keyFinding(MarkdownText.item((ListItem) item));
                    } else paper.keyFinding(MarkdownText.block(n));
                }
                case "tldr" -> paper.tldr(MarkdownText.block(n));
                case "contribution" -> paper.contribution(MarkdownText.block(n));
                case "abstract" -> paper.abstractText(MarkdownText.block(n));
                case "figures" -> paper.figures(MarkdownText.block(n));
                default -> keepOther(MarkdownText.block(n));
            }
        }

        private String sectionKind() {
            String s = NOT_A_TO_Z.matcher(section.toLowerCase(Locale.ROOT)).replaceAll("");
            return switch (s) {
                case "linkedentities" -> "linked";
                case "fulltextentities" -> "fulltext";
                case "keyfindings", "findings" -> "findings";
                case "tldr" -> "tldr";
                case "contribution", "contributions" -> "contribution";
                case "abstract" -> "abstract";
                case "figures", "figure" -> "figures";
                default -> "other";
            };
        }

        private void entities(Node n, long line, boolean linked) {
            if (n instanceof BulletList || n instanceof OrderedList) {
                for (Node item = n.getFirstChild(); item != null; item = item.getNext())
                    for (Node p = item.getFirstChild(); p != null; p = p.getNext()) entityLine(p, line(p), linked);
            } else entityLine(n, line, linked);
        }

        private void entityLine(Node block, long line, boolean linked) {
            if (!(block instanceof Paragraph)) {
                warn(line, ProblemCode.BAD_ENTITY_LINE, "not an entity bullet, ignored: '" + MarkdownText.block(block) + "'");
                return;
            }
            String type;
            String rest;
            String text = MarkdownText.inline(block);
            if (block.getFirstChild() instanceof StrongEmphasis strong) {
                String label = MarkdownText.inline(strong);
                type = label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
                rest = text.substring(Math.min(label.length(), text.length())).strip();
                if (rest.startsWith(":")) rest = rest.substring(1).strip();
            } else {
                int colon = text.indexOf(": ");
                if (colon < 0) {
                    warn(line, ProblemCode.BAD_ENTITY_LINE, "entity line without '**Type:**' label; type set to 'Entity'");
                    type = "Entity";
                    rest = text;
                } else {
                    type = text.substring(0, colon).strip();
                    rest = text.substring(colon + 2).strip();
                }
            }
            for (EntityItems.Item item : EntityItems.split(rest)) {
                if (++mentions > limits.maxRecordItems()) {
                    tooLarge = "more than " + limits.maxRecordItems() + " entity mentions";
                    return;
                }
                ConceptRef ref;
                if (item.id() == null) {
                    ref = new ConceptRef.Unresolved("", ProblemCode.MISSING_ID, "entity '" + item.name() + "' has no (CURIE)");
                } else {
                    ref = prefixes.resolve(item.id());
                }
                if (ref instanceof ConceptRef.Unresolved u) warn(line, u.problemCode(), u.message());
                Mention m = new Mention(type, item.name(), ref, line);
                if (linked) paper.linkedEntity(m);
                else paper.fullTextEntity(m);
            }
        }

        private void keepOther(String text) {
            if (text.isBlank()) return;
            if (otherText.length() > 0) otherText.append("\n\n");
            otherText.append(text);
        }

        private void closeSection() {
            if (otherText.length() == 0) return;
            String heading = part == Part.SECTION && section != null ? section : "";
            paper.otherSection(new TextSection(heading, otherText.toString(), part == Part.SECTION ? sectionLine : chunk.firstLine()));
            otherText.setLength(0);
        }

        /**
         * Character references (&#x1;, &#xD800;) are decoded by the Markdown parser into characters
         * no literal may hold, after TextLines cleaned the raw line: they are replaced and reported
         * here like raw ones. {@code line} follows the soft and hard breaks inside a paragraph.
         */
        private void cleanDecodedText(Node parent, long[] line) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (!n.getSourceSpans().isEmpty()) line[0] = line(n);
                if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    line[0]++;
                } else if (n instanceof Text t && !TextChars.isClean(t.getLiteral())) {
                    warn(line[0], ProblemCode.CONTROL_CHAR, "character reference(s) to a control character or lone surrogate (first "
                            + TextChars.describeFirst(t.getLiteral()) + ") replaced by U+FFFD: RDF/XML and XML results cannot hold them");
                    t.setLiteral(TextChars.clean(t.getLiteral()));
                }
                cleanDecodedText(n, line);
            }
        }

        private long line(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            return spans.isEmpty() ? chunk.firstLine() : chunk.firstLine() + spans.get(0).getLineIndex();
        }

        private void warn(long line, ProblemCode code, String message) {
            problems.report(new Problem(chunk.file(), line, Problem.Severity.WARN, code, message));
        }

        private void skip(long line, ProblemCode code, String message) {
            problems.report(new Problem(chunk.file(), line, Problem.Severity.SKIP, code, message));
        }
    }
}
