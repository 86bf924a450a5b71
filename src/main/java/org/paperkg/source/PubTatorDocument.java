package org.paperkg.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.paperkg.ids.ConceptRef;
import org.paperkg.problem.ProblemCode;

/**
 * One PubTator document while it is read: its title line, then its abstract line, then mention and
 * relation lines. Line-level problems are held in {@link #problems} until the document is passed on.
 */
final class PubTatorDocument {

    static final String SECTION = "title-abstract";
    static final String SECTION_LABEL = "Title and abstract";

    private static final Pattern PMID = Pattern.compile("\\d+");
    private static final Pattern PMCID = Pattern.compile("PMC\\d+");

    private final String file;
    private final long titleLine;
    private final String docId;
    private final String title;
    private final ConceptIds ids;
    final RecordProblems problems;
    private PaperRecord.Builder builder;
    private CodePointText text;
    /** Entity type of each id part seen in a mention, so that relation arguments resolve like their mentions. */
    private final Map<String, String> typeOfId = new HashMap<>();

    private final InputLimits limits;
    private boolean hasAbstract;
    private int items;
    /** Why the document is over the limits, or null; once set, nothing more is kept of it. */
    private String tooLarge;

    PubTatorDocument(String file, long titleLine, String docId, String title, ConceptIds ids, InputLimits limits) {
        this.file = file;
        this.titleLine = titleLine;
        this.docId = docId;
        this.title = title;
        this.ids = ids;
        this.limits = limits;
        this.problems = new RecordProblems(file);
    }

    /** Marks the document as over the limits (the first reason stays); it will be skipped, not kept. */
    void tooLarge(String why) {
        if (tooLarge == null) tooLarge = why;
        builder = null;
        text = null;
        typeOfId.clear();
    }

    String tooLarge() {
        return tooLarge;
    }

    /** An abstract line too long to keep: the document is complete but too large. */
    void abstractTooLong(String why) {
        hasAbstract = true;
        tooLarge(why);
    }

    String docId() {
        return docId;
    }

    long titleLine() {
        return titleLine;
    }

    boolean hasAbstract() {
        return hasAbstract;
    }

    void abstractLine(String abstractText) {
        hasAbstract = true;
        if (tooLarge != null) return;
        if ((long) title.length() + abstractText.length() + 1 > limits.maxRecordChars()) {
            tooLarge("more than " + limits.maxRecordChars() + " characters of title and abstract");
            return;
        }
        text = new CodePointText(title + " " + abstractText);
        builder = PaperRecord.builder(new SourceRef(file, titleLine), PubTatorReader.SOURCE)
                .title(title)
                .abstractText(abstractText)
                .text(new SourceText(SECTION, SECTION_LABEL, text.text()));
        if (PMID.matcher(docId).matches()) builder.pmid(docId);
        else if (PMCID.matcher(docId).matches()) builder.pmcid(docId);
        else problems.warn(titleLine, ProblemCode.BAD_PMID, "document id '" + docId + "' is neither a PMID nor a PMCID");
    }

    /** False (and the document marked too large) once a list would grow past the limit. */
    private boolean roomForOneMore(String what) {
        if (tooLarge != null) return false;
        if (++items <= limits.maxRecordItems()) return true;
        tooLarge("more than " + limits.maxRecordItems() + " mention and relation lines (at " + what + ")");
        return false;
    }

    void mention(PubTatorLine.MentionLine m, long line) {
        if (!roomForOneMore("line " + line)) return;
        List<ConceptRef> concepts = ids.parse(m.ids(), m.type());
        reportUnresolved(concepts, line);
        for (String part : m.ids() == null ? new String[0] : m.ids().split("[|+;]"))
            typeOfId.putIfAbsent(part.strip(), m.type());
        Integer start = null, end = null;
        String surface = m.text();
        Long s = number(m.start()), e = number(m.end());
        if (s == null || e == null) {
            problems.warn(line, ProblemCode.BAD_OFFSET, "offsets '" + m.start() + "', '" + m.end()
                    + "' are not numbers; mention '" + m.text() + "' kept without offsets");
        } else {
            String cut = text.slice(s, e);
            // blanks around the text field are not part of the mention when the offsets leave them out
            if (cut != null && (cut.equals(surface) || cut.equals(surface.strip()))) {
                surface = cut;
                start = s.intValue();
                end = e.intValue();
            } else {
                problems.warn(line, ProblemCode.OFFSET_MISMATCH, "offsets " + s + ".." + e + (cut == null
                        ? " are outside the text (" + text.length() + " characters)"
                        : " cut out '" + cut + "'") + ", not '" + m.text() + "'; mention kept without offsets");
            }
        }
        builder.mention(new Mention(Mention.Kind.TEXT, SECTION, m.type(), surface, concepts, start, end, line));
    }

    void relation(PubTatorLine.RelationLine r, long line) {
        if (!roomForOneMore("line " + line)) return;
        boolean cid = r.type().equalsIgnoreCase("CID");
        List<ConceptRef> subject = ids.parse(r.first(), typeOfId.getOrDefault(r.first().strip(), cid ? "Chemical" : null));
        List<ConceptRef> object = ids.parse(r.second(), typeOfId.getOrDefault(r.second().strip(), cid ? "Disease" : null));
        reportUnresolved(subject, line);
        reportUnresolved(object, line);
        builder.relation(new Relation(r.type(), subject, object, line));
    }

    PaperRecord build() {
        return builder.build();
    }

    private void reportUnresolved(List<ConceptRef> refs, long line) {
        for (ConceptRef ref : refs)
            if (ConceptIds.isProblem(ref) && ref instanceof ConceptRef.Unresolved u)
                problems.warn(line, u.problemCode(), u.message());
    }

    private static Long number(String field) {
        try {
            return Long.parseLong(field.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
