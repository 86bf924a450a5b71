package org.paperkg.source;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Cuts an XML file into records and hands each, as a small {@link XmlElement} tree, to a format's
 * mapper: one record in memory at a time, however large the file. Subtrees a format does not need
 * are streamed over without being kept.
 *
 * <p>Every failure becomes a problem, never an exception (only real I/O errors are thrown): a
 * record that cannot be read is one SKIP problem and is not passed on, with the warnings found in
 * it dropped. XML errors are fatal (the parser cannot go on after one): the record being read is
 * skipped, the records before it have been passed on, the rest of the file is not read.
 */
final class XmlRecordStream {

    /**
     * What a format's files look like.
     *
     * @param name            the format's name for messages ("PubMed XML")
     * @param roots           root elements whose children are records
     * @param records         the element names of records: children of the root, or the root itself
     * @param ignoredChildren other children of the root, skipped without a word (collection metadata)
     * @param ignoredSubtrees elements inside a record that are not kept (not mapped, possibly large)
     * @param recordWord      what a record is called, for "no … in this file"
     */
    record Format(String name, Set<String> roots, Set<String> records, Set<String> ignoredChildren,
                  Set<String> ignoredSubtrees, String recordWord) {}

    /** What became of one record. */
    sealed interface Outcome {
        /** Read: the record is passed on with its warnings. */
        record Read(PaperRecord record) implements Outcome {}

        /** Not read: exactly one SKIP problem. */
        record Skip(long line, ProblemCode code, String message) implements Outcome {}

        /** Not a paper (e.g. a list of deleted citations): its warnings are reported, nothing else. */
        record Ignore() implements Outcome {}

        /** Withdrawals of records (a PubMed DeleteCitation list): each passed on, with the element's warnings. */
        record Deletions(java.util.List<PaperRecord> records) implements Outcome {}
    }

    interface Mapper {
        Outcome map(XmlElement record, RecordProblems problems);

        /**
         * The text of a child of the root that is not a record ({@code <date>} of a BioC collection),
         * given when the child ends, before the records after it are mapped.
         */
        default void header(String element, String text, long line, RecordProblems problems) {}

        /** A short name for a record, possibly read only in part ("PMID 123"), for messages; or null. */
        default String describe(XmlElement partial) {
            return null;
        }
    }

    private final XmlInput input;
    private final String file;
    private final Format format;
    private final InputLimits limits;
    private final Mapper mapper;
    private final Consumer<PaperRecord> records;
    private final ProblemSink problems;

    private int depth;
    private String root;
    private long recordsSeen;
    private XmlElement record;
    private int recordDepth;
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private int ignoredFrom;
    private long recordChars;
    /** The root's child being read that is not a record, and its text so far (see {@link Mapper#header}). */
    private String header;
    private long headerLine;
    private final StringBuilder headerText = new StringBuilder();
    private int recordElements;
    private String overflow;
    /** Line of the first character XML 1.1 let through that a literal cannot hold (see TextChars), or 0. */
    private long controlCharLine;
    private String controlChar;
    private long lastLine = 1;

    private XmlRecordStream(XmlInput input, String file, Format format, InputLimits limits, Mapper mapper,
                            Consumer<PaperRecord> records, ProblemSink problems) {
        this.input = input;
        this.file = file;
        this.format = format;
        this.limits = limits;
        this.mapper = mapper;
        this.records = records;
        this.problems = problems;
    }

    static void read(XmlInput input, String file, Format format, InputLimits limits, Mapper mapper,
                     Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        new XmlRecordStream(input, file, format, limits, mapper, records, problems).run();
    }

    private void run() throws IOException {
        if (input.entityDeclarationLine() > 0) {
            report(Problem.Severity.SKIP, input.entityDeclarationLine(), ProblemCode.XML_ENTITY, ENTITIES_REFUSED);
            return;
        }
        try {
            XMLStreamReader r = input.reader();
            while (hasNext(r)) {
                int event = next(r);
                lastLine = Math.max(lastLine, XmlInputs.line(r));
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        if (!doctype(r)) return;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!start(r)) return;
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(r);
                    default -> { }
                }
            }
            if (recordsSeen == 0)
                report(Problem.Severity.WARN, Math.max(1, lastLine), ProblemCode.EMPTY_FILE, "no " + format.recordWord() + " in this file");
        } catch (XMLStreamException e) {
            failed(e);
        }
    }

    private static boolean hasNext(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.hasNext();
        } catch (RuntimeException e) {
            throw new XMLStreamException("parser failed: " + e, e);
        }
    }

    private static int next(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException("parser failed: " + e, e);
        }
    }

    private static final String ENTITIES_REFUSED = "the DOCTYPE declares entities (<!ENTITY …>); entity declarations "
            + "and expansion are refused, so the file is not read";

    /** A DOCTYPE is never processed; one that declares entities makes the file refused (a second check after the prolog scan). */
    private boolean doctype(XMLStreamReader r) {
        String text = r.getText();
        if (text != null && text.contains("<!ENTITY")) {
            report(Problem.Severity.SKIP, XmlInputs.line(r), ProblemCode.XML_ENTITY, ENTITIES_REFUSED);
            return false;
        }
        return true;
    }

    private boolean start(XMLStreamReader r) {
        depth++;
        String name = r.getLocalName();
        long line = XmlInputs.line(r);
        if (depth == 1) {
            root = name;
            if (format.records().contains(name)) {
                beginRecord(r, name, line);
                return true;
            }
            if (!format.roots().contains(name)) {
                report(Problem.Severity.SKIP, line, ProblemCode.UNKNOWN_ROOT, "root element <" + name + "> is not " + format.name()
                        + " (expected " + String.join(" or ", format.roots().stream().sorted().toList()) + ")");
                return false;
            }
            return true;
        }
        if (record == null) {
            if (depth == 2 && ignoredFrom == 0) {
                if (format.records().contains(name)) {
                    beginRecord(r, name, line);
                } else {
                    if (!format.ignoredChildren().contains(name))
                        report(Problem.Severity.WARN, line, ProblemCode.UNKNOWN_ELEMENT, "<" + name + "> in <" + root + "> is not read");
                    else {
                        header = name;
                        headerLine = line;
                        headerText.setLength(0);
                    }
                    ignoredFrom = depth;
                }
            }
            return true;
        }
        if (ignoredFrom > 0 || overflow != null) return true;
        if (format.ignoredSubtrees().contains(name)) {
            ignoredFrom = depth;
            return true;
        }
        if (++recordElements > limits.maxRecordElements()) {
            overflow("more than " + limits.maxRecordElements() + " elements");
            return true;
        }
        if (depth > limits.maxDepth()) {
            overflow("elements nested deeper than " + limits.maxDepth());
            return true;
        }
        XmlElement e = element(r, name, line);
        open.peek().add(e);
        open.push(e);
        return true;
    }

    private void beginRecord(XMLStreamReader r, String name, long line) {
        recordsSeen++;
        record = element(r, name, line);
        recordDepth = depth;
        recordChars = 0;
        recordElements = 1;
        overflow = null;
        controlCharLine = 0;
        open.clear();
        open.push(record);
    }

    private XmlElement element(XMLStreamReader r, String name, long line) {
        int n = r.getAttributeCount();
        String[] attrs = new String[2 * n];
        for (int i = 0; i < n; i++) {
            attrs[2 * i] = r.getAttributeLocalName(i);
            attrs[2 * i + 1] = clean(r.getAttributeValue(i), line);
            recordChars += attrs[2 * i + 1].length();
        }
        return new XmlElement(name, line, attrs);
    }

    private void text(XMLStreamReader r) {
        // a header's own text, kept short: a date, a source name
        if (header != null && depth == 2 && headerText.length() < 1000) headerText.append(r.getText());
        if (record == null || ignoredFrom > 0 || overflow != null) return;
        String t = clean(r.getText(), XmlInputs.line(r));
        recordChars += t.length();
        if (recordChars > limits.maxRecordChars()) {
            overflow("more than " + limits.maxRecordChars() + " characters of text");
            return;
        }
        open.peek().add(t);
    }

    /** XML 1.1 lets control characters in as character references: replaced, and reported with the record. */
    private String clean(String text, long line) {
        if (TextChars.isClean(text)) return text;
        if (controlCharLine == 0) {
            controlCharLine = Math.max(1, line);
            controlChar = TextChars.describeFirst(text);
        }
        return TextChars.clean(text);
    }

    private void overflow(String what) {
        overflow = what;
        open.clear();
    }

    private void end() {
        if (header != null && depth == 2) {
            RecordProblems found = new RecordProblems(file);
            mapper.header(header, clean(headerText.toString(), headerLine).strip(), headerLine, found);
            found.warnings().forEach(problems::report);
            header = null;
        }
        if (ignoredFrom == depth) {
            ignoredFrom = 0;
        } else if (record != null && ignoredFrom == 0 && overflow == null && depth > recordDepth) {
            open.pop();
        }
        if (record != null && depth == recordDepth) finishRecord();
        depth--;
    }

    private void finishRecord() {
        XmlElement done = record;
        record = null;
        open.clear();
        if (overflow != null) {
            report(Problem.Severity.SKIP, done.line(), ProblemCode.TOO_LARGE, what(done) + " has " + overflow + ": skipped");
            return;
        }
        RecordProblems found = new RecordProblems(file);
        Outcome outcome;
        try {
            outcome = mapper.map(done, found);
        } catch (RuntimeException e) {
            outcome = new Outcome.Skip(done.line(), ProblemCode.READ_ERROR, what(done) + " could not be read: " + e);
        }
        if (outcome instanceof Outcome.Read read) {
            String tooLarge = limits.tooLarge(read.record());
            if (tooLarge != null) outcome = new Outcome.Skip(done.line(), ProblemCode.TOO_LARGE, what(done) + " has " + tooLarge + ": skipped");
        }
        if (outcome instanceof Outcome.Skip s) {
            report(Problem.Severity.SKIP, s.line(), s.code(), s.message());
            return;
        }
        if (controlCharLine > 0)
            report(Problem.Severity.WARN, controlCharLine, ProblemCode.CONTROL_CHAR, "control character(s) (first " + controlChar
                    + ") replaced by U+FFFD: RDF/XML and XML results cannot hold them");
        found.warnings().forEach(problems::report);
        if (outcome instanceof Outcome.Read read) records.accept(read.record());
        if (outcome instanceof Outcome.Deletions deletions) deletions.records().forEach(records);
    }

    private String what(XmlElement partial) {
        String label = null;
        try {
            label = mapper.describe(partial);
        } catch (RuntimeException ignored) {
            // a description is a courtesy; the line says where the record is
        }
        return "<" + partial.name() + "> at line " + partial.line() + (label != null ? " (" + label + ")" : "");
    }

    private void failed(XMLStreamException e) throws IOException {
        InputStats stats = input.stats();
        IOException io = stats.ioError();
        if (io != null && !(io instanceof EOFException) && !(io instanceof ZipException)) throw io;
        long line = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation().getLineNumber() : lastLine;
        String message = parserMessage(e);
        ProblemCode code;
        if (stats.badUtf8Line() > 0) {
            boolean utf8 = !(stats instanceof StrictUtf8Reader r) || r.charset().name().equals("UTF-8");
            code = utf8 ? ProblemCode.INVALID_UTF8 : ProblemCode.INVALID_ENCODING;
            line = stats.badUtf8Line();
            message = utf8 ? "invalid UTF-8 bytes (never replaced: the XML cannot be read past them)"
                    : "bytes that are not " + ((StrictUtf8Reader) stats).charset().name() + ", the file's encoding (never replaced: the XML cannot be read past them)";
        } else if (io instanceof EOFException) {
            code = ProblemCode.TRUNCATED;
            message = "the compressed stream ends early (" + io.getMessage() + ")";
        } else if (io != null) {
            code = ProblemCode.BAD_GZIP;
            message = "the compressed stream is corrupt (" + io.getMessage() + ")";
        } else if (isEntityError(message)) {
            code = ProblemCode.XML_ENTITY;
            message = message + " (entities other than the XML built-ins are refused)";
        } else if (root == null && !stats.sawContent()) {
            report(Problem.Severity.WARN, Math.max(1, line), ProblemCode.EMPTY_FILE, "the file is empty");
            return;
        } else if (stats.atEnd() && depth > 0 && line > stats.newlines()) {
            code = ProblemCode.TRUNCATED;
            message = "the file ends inside <" + (record != null && !open.isEmpty() ? open.peek().name() : root) + ">";
        } else {
            code = ProblemCode.BAD_XML;
        }
        String where = record != null ? what(record) + " not read: " : "";
        report(Problem.Severity.SKIP, Math.max(1, line), code, where + message + "; the rest of the file is not read");
        record = null;
    }

    private static String parserMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }

    private static boolean isEntityError(String message) {
        return message.contains("was referenced, but not declared") || message.contains("entity expansion")
                || message.contains("external entity refused");
    }

    private void report(Problem.Severity severity, long line, ProblemCode code, String message) {
        problems.report(new Problem(file, line, severity, code, message));
    }
}
