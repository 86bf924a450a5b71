package org.paperkg.source;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Reads BioC JSON, plain or gzipped: a single document object, a BioC collection
 * ({@code {"documents": […]}}), a PubTator3 export ({@code {"PubTator3": […]}}) or an array of
 * documents. The file is streamed: one document at a time is held in memory.
 * <p>
 * Each document gives one record (see {@link BiocDocument}); annotation offsets are document-level
 * code point offsets into the passages laid out at their offsets. JSON that is not well formed ends
 * the file: the document being read costs one SKIP problem (documents before it were passed on).
 */
public final class BiocJsonReader implements RecordSource {

    public static final String SOURCE = "bioc";

    /** Keys of the top-level object whose array holds the documents. */
    private static final Set<String> DOCUMENT_LISTS = Set.of("documents", "PubTator3");

    private final ConceptIds ids;
    private final InputLimits limits;
    private final ReadTally tally = new ReadTally();

    public BiocJsonReader(PrefixTable prefixes) {
        this(prefixes, InputLimits.DEFAULTS);
    }

    public BiocJsonReader(PrefixTable prefixes, InputLimits limits) {
        this.ids = new ConceptIds(prefixes);
        this.limits = limits;
    }

    /** What this reader has passed on so far, over all files. */
    public ReadTally tally() {
        return tally;
    }

    @Override
    public void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        // strict decoding that hands on the text before a bad byte and knows the bad byte's line
        try (StrictUtf8Reader chars = new StrictUtf8Reader(MaybeGzipped.open(file));
             JsonReader json = new JsonReader(chars)) {
            json.setStrictness(Strictness.STRICT);
            new Pass(displayName, records, problems, json, chars).run();
        }
    }

    /** One pass over one file. */
    private final class Pass {
        private final String file;
        private final Consumer<PaperRecord> records;
        private final ProblemSink problems;
        private final JsonReader json;
        private final StrictUtf8Reader chars;
        /** Line of the document being read, or 0 between documents. */
        private long documentLine;
        /** The date of the collection whose documents are being read (given before its document list): their edition. */
        private RecordVersion collection = RecordVersion.NONE;
        private int documents;

        Pass(String file, Consumer<PaperRecord> records, ProblemSink problems, JsonReader json, StrictUtf8Reader chars) {
            this.file = file;
            this.chars = chars;
            this.records = records;
            this.problems = problems;
            this.json = json;
        }

        void run() throws IOException {
            try {
                topLevel();
            } catch (MalformedJsonException | CharacterCodingException | EOFException | ZipException
                     | JsonParseException | IllegalStateException | NumberFormatException e) {
                broken(e);
                return;
            }
            trailing();
            if (documents == 0)
                problems.report(new Problem(file, 1, Problem.Severity.WARN, ProblemCode.EMPTY_FILE, "no BioC document in this file"));
        }

        /** Anything after the top-level value is reported once; every document has been read by then. */
        private void trailing() throws IOException {
            boolean more;
            try {
                more = json.peek() != JsonToken.END_DOCUMENT;
            } catch (MalformedJsonException | CharacterCodingException e) {
                more = true;
            }
            if (more)
                problems.report(new Problem(file, JsonTree.line(json), Problem.Severity.WARN, ProblemCode.TRAILING_TEXT,
                        "text after the JSON value; ignored"));
        }

        private void topLevel() throws IOException {
            JsonToken first = json.peek();
            if (first == JsonToken.BEGIN_ARRAY) {
                documentArray();
            } else if (first == JsonToken.BEGIN_OBJECT) {
                JsonTree tree = new JsonTree(limits);
                documentLine = JsonTree.line(json);
                JsonObject top = new JsonObject();
                json.beginObject();
                while (json.hasNext()) {
                    String name = json.nextName();
                    if (DOCUMENT_LISTS.contains(name) && json.peek() == JsonToken.BEGIN_ARRAY) {
                        long topLine = documentLine;
                        documentArray();
                        documentLine = topLine;
                    } else {
                        long line = JsonTree.line(json);
                        JsonElement value = tree.read(json);
                        top.add(name, value);
                        // a collection's date comes before its documents; a lone document's "date" is its publication's
                        if (name.equals("date") && value.isJsonPrimitive()) collectionDate(value.getAsString(), line);
                    }
                }
                json.endObject();
                documentLine = 0;
                collection = RecordVersion.NONE;
                if (top.has("passages")) document(top, tree);
            } else {
                throw new IllegalStateException("expected a BioC document, collection or array of documents, found " + first);
            }
        }

        private void collectionDate(String raw, long line) {
            collection = RecordVersion.collectionDate(raw).map(RecordVersion::dated).orElse(RecordVersion.NONE);
            if (collection == RecordVersion.NONE && !RecordVersion.isPlaceholder(raw))
                problems.report(new Problem(file, line, Problem.Severity.WARN, ProblemCode.BAD_DATE, "the collection's \"date\" '" + raw
                        + "' is not a date: its documents are taken as an annotation set of no date"));
        }

        private void documentArray() throws IOException {
            json.beginArray();
            while (json.hasNext()) {
                documentLine = JsonTree.line(json);
                String path = json.getPath();
                JsonTree tree = new JsonTree(limits);
                JsonElement element = tree.read(json);
                long line = documentLine;
                documentLine = 0;
                if (element.isJsonObject()) {
                    document(element.getAsJsonObject(), tree);
                } else {
                    documents++;
                    problems.report(new Problem(file, line, Problem.Severity.SKIP, ProblemCode.NOT_A_DOCUMENT,
                            "array element " + path + " is not a BioC document object"));
                }
            }
            json.endArray();
        }

        private void document(JsonObject object, JsonTree tree) {
            documents++;
            if (tree.tooLarge() != null) {
                problems.report(new Problem(file, tree.lineOf(object, 1), Problem.Severity.SKIP, ProblemCode.TOO_LARGE,
                        "document has " + tree.tooLarge() + ": skipped"));
                return;
            }
            BiocDocument doc = new BiocDocument(file, object, tree, ids);
            String unreadable = doc.unreadable();
            if (unreadable != null) {
                doc.problems.skip(problems, doc.line(), ProblemCode.NO_PASSAGES, unreadable);
                return;
            }
            if (tree.controlCharLine() > 0)
                doc.problems.warn(tree.controlCharLine(), ProblemCode.CONTROL_CHAR, "control character(s) or lone surrogate(s) (first "
                        + tree.controlChar() + ") replaced by U+FFFD: RDF/XML and XML results cannot hold them");
            PaperRecord record = doc.build(collection);
            String tooLarge = limits.tooLarge(record);
            if (tooLarge != null) {
                doc.problems.skip(problems, doc.line(), ProblemCode.TOO_LARGE, "document has " + tooLarge + ": skipped");
                return;
            }
            doc.problems.flushTo(problems);
            tally.record(record);
            records.accept(record);
        }

        private void broken(Exception e) {
            if (e instanceof CharacterCodingException && chars.badUtf8Line() > 0) {
                String where = documentLine > 0 ? "the document starting at line " + documentLine + " and anything after it" : "nothing after it";
                problems.report(new Problem(file, chars.badUtf8Line(), Problem.Severity.SKIP, ProblemCode.INVALID_UTF8,
                        "invalid UTF-8 bytes (never replaced: the JSON cannot be read past them); " + where + " in the file is not read"));
                return;
            }
            String why = e instanceof CharacterCodingException ? "invalid UTF-8"
                    : e instanceof EOFException || e instanceof ZipException ? "the file is cut off or damaged (" + gsonMessage(e) + ")"
                    : "not well-formed BioC JSON (" + gsonMessage(e) + ")";
            if (documentLine > 0) {
                problems.report(new Problem(file, documentLine, Problem.Severity.SKIP, ProblemCode.BAD_JSON,
                        why + " in the document starting here; it and anything after it in the file are not read"));
            } else {
                problems.report(new Problem(file, Math.max(1, JsonTree.line(json)), Problem.Severity.SKIP, ProblemCode.BAD_JSON,
                        why + "; nothing after this point in the file is read"));
            }
        }
    }

    /** gson's message without its advice to read leniently and its link to a troubleshooting page. */
    private static String gsonMessage(Exception e) {
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON").strip();
    }
}
