package org.paperkg.source;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipException;

import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Reads PubTator files (BioCreative V CDR, NCBI Disease, PubTator exports), plain or gzipped:
 * <pre>
 * PMID|t|title
 * PMID|a|abstract
 * PMID  start  end  text  type  ids  [individual mentions]     (tab-separated mention lines)
 * PMID  CID  chemical  disease                                (tab-separated relation lines)
 * </pre>
 * with blank lines between documents. Offsets count code points in title, a space, then abstract;
 * a mention whose offsets do not cut out its text is reported (OFFSET_MISMATCH) and kept without
 * offsets. A document that cannot be read (no abstract line, abstract of another PMID, mention lines
 * without a title) costs exactly one SKIP problem; bad lines inside a readable document are warnings.
 * Reading is line by line: memory holds one document at a time.
 */
public final class PubTatorReader implements RecordSource {

    public static final String SOURCE = "pubtator";

    private final ConceptIds ids;
    private final InputLimits limits;
    private final ReadTally tally = new ReadTally();

    public PubTatorReader(PrefixTable prefixes) {
        this(prefixes, InputLimits.DEFAULTS);
    }

    public PubTatorReader(PrefixTable prefixes, InputLimits limits) {
        this.ids = new ConceptIds(prefixes);
        this.limits = limits;
    }

    /** What this reader has passed on so far, over all files. */
    public ReadTally tally() {
        return tally;
    }

    @Override
    public void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        try (TextLines lines = TextLines.open(file, displayName, problems, limits.maxRecordChars())) {
            new Pass(displayName, records, problems).run(lines);
        }
    }

    /** One pass over one file. */
    private final class Pass {
        private final String file;
        private final Consumer<PaperRecord> records;
        private final ProblemSink problems;
        private PubTatorDocument doc;
        /** After a problem that covers the rest of a block: ignore lines up to the next blank line. */
        private boolean skippingBlock;
        private boolean sawText;

        Pass(String file, Consumer<PaperRecord> records, ProblemSink problems) {
            this.file = file;
            this.records = records;
            this.problems = problems;
        }

        void run(TextLines lines) throws IOException {
            String line;
            try {
                while ((line = lines.next()) != null) {
                    if (lines.lastLineTooLong()) tooLong(PubTatorLine.parse(line), lines.lineNumber(), lines.lastLineBytes());
                    else accept(PubTatorLine.parse(line), lines.lineNumber());
                }
            } catch (EOFException | ZipException e) {
                truncatedFile(lines.lineNumber(), e);
                return;
            }
            finishDocument();
            if (!sawText)
                problems.report(new Problem(file, Math.max(1, lines.lineNumber()), Problem.Severity.WARN,
                        ProblemCode.EMPTY_FILE, "no PubTator document in this file"));
        }

        private void accept(PubTatorLine line, long n) {
            if (line instanceof PubTatorLine.Blank) {
                finishDocument();
                skippingBlock = false;
                return;
            }
            sawText = true;
            // a title line starts a document even inside a skipped block: garbage or a broken document
            // right before it (with no blank line between) must not take the next document with it
            if (line instanceof PubTatorLine.Title) skippingBlock = false;
            if (skippingBlock) return;
            if (line instanceof PubTatorLine.Title t) {
                finishDocument();
                doc = new PubTatorDocument(file, n, t.docId(), t.text(), ids, limits);
            } else if (line instanceof PubTatorLine.Abstract a) {
                abstractLine(a, n);
            } else if (line instanceof PubTatorLine.MentionLine m) {
                annotationLine(m.docId(), n, () -> doc.mention(m, n));
            } else if (line instanceof PubTatorLine.RelationLine r) {
                annotationLine(r.docId(), n, () -> doc.relation(r, n));
            } else {
                otherLine((PubTatorLine.Other) line, n);
            }
        }

        /** A line over the limit, of which only its start was kept: its document is skipped as too large. */
        private void tooLong(PubTatorLine start, long n, long bytes) {
            String why = "a line of " + bytes + " bytes at line " + n + " (more than " + limits.maxRecordChars() + ")";
            sawText = true;
            if (start instanceof PubTatorLine.Title t) {
                skippingBlock = false;
                finishDocument();
                doc = new PubTatorDocument(file, n, t.docId(), "", ids, limits);
                doc.tooLarge(why);
            } else if (start instanceof PubTatorLine.Abstract a && doc != null && !doc.hasAbstract() && a.docId().equals(doc.docId())) {
                doc.abstractTooLong(why);
            } else if (doc != null && doc.hasAbstract()) {
                doc.tooLarge(why);
            } else if (doc != null) {
                skipDocument(ProblemCode.TOO_LARGE, "document " + doc.docId() + " has " + why + " before its abstract line; document not read");
            } else if (!skippingBlock) {
                problems.report(new Problem(file, n, Problem.Severity.WARN, ProblemCode.STRAY_TEXT,
                        why + ", outside any document (ignored up to the next blank line)"));
                skippingBlock = true;
            }
        }

        private void abstractLine(PubTatorLine.Abstract a, long n) {
            if (doc == null) {
                skipBlock(n, ProblemCode.MISSING_TITLE, "abstract of " + a.docId() + " without a title line (" + a.docId()
                        + "|t|…) before it; document not read");
            } else if (doc.hasAbstract()) {
                doc.problems.warn(n, ProblemCode.DUPLICATE_ABSTRACT, "second abstract line of " + doc.docId() + " ignored");
            } else if (!a.docId().equals(doc.docId())) {
                skipDocument(ProblemCode.PMID_MISMATCH, "title of " + doc.docId() + " is followed by the abstract of "
                        + a.docId() + " (line " + n + "); document not read");
            } else {
                doc.abstractLine(a.text());
            }
        }

        private void annotationLine(String docId, long n, Runnable add) {
            if (doc == null) {
                skipBlock(n, ProblemCode.MISSING_TITLE, "annotation lines of " + docId + " without a title and abstract before them; document not read");
            } else if (!doc.hasAbstract()) {
                skipDocument(ProblemCode.TRUNCATED_DOCUMENT, "document " + doc.docId() + " has no abstract line (" + doc.docId()
                        + "|a|…): line " + n + " follows its title; document not read");
            } else if (!docId.equals(doc.docId())) {
                doc.problems.warn(n, ProblemCode.PMID_MISMATCH, "line of PMID " + docId + " inside document " + doc.docId() + " ignored");
            } else {
                add.run();
            }
        }

        private void otherLine(PubTatorLine.Other o, long n) {
            if (doc == null) {
                problems.report(new Problem(file, n, Problem.Severity.WARN, ProblemCode.STRAY_TEXT,
                        "not a PubTator line, outside any document (ignored up to the next blank line): " + excerpt(o.text())));
                skippingBlock = true;
            } else if (!doc.hasAbstract()) {
                skipDocument(ProblemCode.TRUNCATED_DOCUMENT, "document " + doc.docId() + " has no abstract line (" + doc.docId()
                        + "|a|…): line " + n + " follows its title; document not read");
            } else {
                doc.problems.warn(n, ProblemCode.BAD_LINE, "not a PubTator line, ignored: " + excerpt(o.text()));
            }
        }

        /**
         * The end of the current document: passed on when complete, else one SKIP problem. The lines
         * after it are read as usual: they may be the next document (no blank line between them).
         */
        private void finishDocument() {
            if (doc == null) return;
            if (!doc.hasAbstract()) {
                doc.problems.skip(problems, doc.titleLine(), ProblemCode.TRUNCATED_DOCUMENT, "document " + doc.docId()
                        + " ends without its abstract line (" + doc.docId() + "|a|…); document not read");
            } else if (doc.tooLarge() != null) {
                doc.problems.skip(problems, doc.titleLine(), ProblemCode.TOO_LARGE, "document " + doc.docId() + " has " + doc.tooLarge() + ": skipped");
            } else {
                PaperRecord record = doc.build();
                String tooLarge = limits.tooLarge(record);
                if (tooLarge != null) {
                    doc.problems.skip(problems, doc.titleLine(), ProblemCode.TOO_LARGE, "document " + doc.docId() + " has " + tooLarge + ": skipped");
                } else {
                    doc.problems.flushTo(problems);
                    tally.record(record);
                    records.accept(record);
                }
            }
            doc = null;
        }

        private void skipDocument(ProblemCode code, String message) {
            doc.problems.skip(problems, doc.titleLine(), code, message);
            doc = null;
            skippingBlock = true;
        }

        private void skipBlock(long n, ProblemCode code, String message) {
            problems.report(new Problem(file, n, Problem.Severity.SKIP, code, message));
            skippingBlock = true;
        }

        private void truncatedFile(long n, IOException e) {
            String why = "the compressed file is cut off or damaged (" + e.getMessage() + ")";
            if (doc != null) {
                doc.problems.skip(problems, doc.titleLine(), ProblemCode.TRUNCATED_FILE, why + " inside document " + doc.docId()
                        + "; document not read");
                doc = null;
            } else {
                problems.report(new Problem(file, Math.max(1, n), Problem.Severity.WARN, ProblemCode.TRUNCATED_FILE, why));
            }
        }
    }

    private static String excerpt(String s) {
        String t = s.strip();
        return "'" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
    }
}
