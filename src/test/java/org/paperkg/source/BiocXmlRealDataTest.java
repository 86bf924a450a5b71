package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.ConceptRef;
import org.paperkg.problem.ProblemCode;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;

/**
 * Both CDR BioC files (src/test/resources/data/bioc-cdr, see its SOURCES.md) are read; counts and
 * offsets are checked against a line scan of the XML that shares nothing with the reader.
 */
class BiocXmlRealDataTest {

    private static final Pattern LOCATION = Pattern.compile("<location offset='(\\d+)' length='(\\d+)' />");
    private static final Pattern TEXT = Pattern.compile("<text>(.*)</text>");
    private static final Pattern MESH = Pattern.compile("<infon key=\"MESH\">(.*)</infon>");

    /** One annotation as the line scan sees it. */
    record Scanned(String doc, long line, List<int[]> locations, String text, String ids) {}

    /** The CDR BioC layout is one element per line: enough to scan it without an XML parser. */
    static List<Scanned> scan(String xml, Map<String, String> docTexts) {
        List<Scanned> out = new ArrayList<>();
        String[] lines = xml.split("\n", -1);
        String doc = null;
        StringBuilder docText = null;
        int passageOffset = -1;
        boolean inAnnotation = false;
        long annLine = 0;
        List<int[]> locs = null;
        String annText = null, ids = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("<document>")) { docText = new StringBuilder(); }
            else if (l.startsWith("<id>")) { doc = l.substring(4, l.indexOf("</id>")); }
            else if (l.startsWith("<offset>")) { passageOffset = Integer.parseInt(l.substring(8, l.indexOf("</offset>"))); }
            else if (l.startsWith("<annotation ")) { inAnnotation = true; annLine = i + 1; locs = new ArrayList<>(); annText = null; ids = null; }
            else if (l.startsWith("</annotation>")) { inAnnotation = false; out.add(new Scanned(doc, annLine, locs, annText, ids)); }
            else if (l.startsWith("</document>")) { docTexts.put(doc, docText.toString()); }
            else if (inAnnotation) {
                Matcher m = LOCATION.matcher(l);
                if (m.matches()) locs.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                m = TEXT.matcher(l);
                if (m.matches()) annText = unescape(m.group(1));
                m = MESH.matcher(l);
                if (m.matches()) ids = m.group(1);
            } else {
                Matcher m = TEXT.matcher(l);
                if (m.matches()) {
                    while (docText.length() < passageOffset) docText.append(' ');
                    docText.append(unescape(m.group(1)));
                }
            }
        }
        return out;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** True when the locations cut the text out of the document text (pieces joined by a space). */
    static boolean cutsOut(Scanned a, String docText) {
        List<String> pieces = new ArrayList<>();
        for (int[] loc : a.locations()) {
            if (loc[0] + loc[1] > docText.length()) return false;
            pieces.add(docText.substring(loc[0], loc[0] + loc[1]));
        }
        return String.join(" ", pieces).equals(a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDR_TrainingSet.BioC.xml.gz", "CDR_DevelopmentSet.BioC.xml.gz"})
    void countsOffsetsAndIdsMatchAnIndependentScan(String name) {
        Path file = XmlTestData.dir("bioc-cdr").resolve(name);
        XmlTestData.Result result = XmlTestData.read(new BiocXmlReader(PrefixTable.defaults()), file, name);
        String xml = XmlTestData.gunzip(file);

        assertEquals(500, result.records().size());
        assertEquals(XmlTestData.count(xml, "<document>"), result.records().size());
        assertEquals(XmlTestData.count(xml, "<annotation "), result.records().stream().mapToInt(r -> r.mentions().size()).sum());
        assertEquals(XmlTestData.count(xml, "<relation "), result.records().stream().mapToInt(r -> r.relations().size()).sum());
        assertTrue(result.skips().isEmpty());

        Map<String, String> docTexts = new HashMap<>();
        List<Scanned> scanned = scan(xml, docTexts);
        assertEquals(XmlTestData.count(xml, "<annotation "), scanned.size());

        // the corpus's own bad locations, found by the scan, are exactly the reader's OFFSET_MISMATCH problems
        TreeSet<Long> badByScan = new TreeSet<>();
        for (Scanned a : scanned) if (!cutsOut(a, docTexts.get(a.doc()))) badByScan.add(a.line());
        TreeSet<Long> badByReader = new TreeSet<>();
        for (Problem p : result.problems()) {
            assertEquals("OFFSET_MISMATCH", p.code(), p.toString());
            assertEquals(Problem.Severity.WARN, p.severity());
            badByReader.add(p.line());
        }
        assertEquals(badByScan, badByReader);
        assertEquals(name.startsWith("CDR_Training") ? 3 : 1, badByReader.size(),
                "CDR BioC has a few parts of composite mentions whose locations are off by one or two");

        Map<Long, Scanned> byLine = new HashMap<>();
        scanned.forEach(a -> byLine.put(a.line(), a));
        long withOffsets = 0;
        for (PaperRecord r : result.records()) {
            assertEquals(1, r.texts().size());
            SourceText text = r.texts().get(0);
            assertEquals("title-abstract", text.section(), "CDR documents are a title and an abstract");
            assertEquals(docTexts.get(r.pmid()), text.text());
            assertEquals(r.title(), text.text().substring(0, r.title().length()));
            for (Mention m : r.mentions()) {
                Scanned a = byLine.get(m.line());
                assertEquals(a.doc(), r.pmid());
                assertEquals(a.text(), m.text());
                assertEquals(a.ids(), String.join("|", m.concepts().stream().map(ConceptRef::raw).toList()));
                assertEquals("title-abstract", m.section());
                assertEquals(Mention.Kind.TEXT, m.kind());
                boolean single = a.locations().size() == 1 && !badByScan.contains(a.line());
                assertEquals(single, m.hasOffsets(), "offsets iff one location that cuts out the text, line " + m.line());
                if (m.hasOffsets()) {
                    withOffsets++;
                    assertEquals(a.locations().get(0)[0], m.start());
                    assertEquals(a.locations().get(0)[0] + a.locations().get(0)[1], m.end());
                    assertEquals(m.text(), text.text().substring(m.start(), m.end()));
                }
            }
        }
        assertEquals(scanned.stream().filter(a -> a.locations().size() == 1 && !badByScan.contains(a.line())).count(), withOffsets);
        long unnormalised = result.records().stream().flatMap(r -> r.mentions().stream()).flatMap(m -> m.concepts().stream())
                .filter(c -> c instanceof ConceptRef.Unresolved u && u.code().equals("UNNORMALISED")).count();
        // -1 alone, or as a part of a composite (dev has one "D002544|-1")
        assertEquals(XmlTestData.count(xml, "<infon key=\"MESH\">(-1|[^<]*\\|-1)</infon>"), unnormalised);
        assertTrue(result.records().stream().flatMap(r -> r.mentions().stream()).flatMap(m -> m.concepts().stream())
                .allMatch(c -> c instanceof ConceptRef.Resolved || c.raw().equals("-1")));
    }

    /** The first training document, checked by hand against the XML. */
    @Test
    void firstTrainingDocument() {
        Path file = XmlTestData.dir("bioc-cdr").resolve("CDR_TrainingSet.BioC.xml.gz");
        List<PaperRecord> records = new ArrayList<>();
        try {
            new BiocXmlReader(PrefixTable.defaults()).read(file, "cdr-train", r -> { if (records.isEmpty()) records.add(r); }, p -> { });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PaperRecord r = records.get(0);
        assertEquals("bioc", r.source());
        assertEquals(new SourceRef("cdr-train", 6), r.origin());
        assertEquals("227508", r.pmid());
        assertEquals("Naloxone reverses the antihypertensive effect of clonidine.", r.title());
        assertTrue(r.abstractText().startsWith("In unanesthetized, spontaneously hypertensive rats"));
        assertEquals(r.title() + " " + r.abstractText(), r.texts().get(0).text());
        assertEquals(20, r.mentions().size());
        Mention naloxone = r.mentions().get(0);
        assertEquals(new Mention(Mention.Kind.TEXT, "title-abstract", "Chemical", "Naloxone",
                List.of(PrefixTable.defaults().resolveIn("MESH", "D009270")), 0, 8, 12), naloxone);
        assertEquals("http://id.nlm.nih.gov/mesh/D009270", ((ConceptRef.Resolved) naloxone.concept()).iri());
        Mention hypertensive = r.mentions().get(2);
        assertEquals("Disease", hypertensive.entityType());
        assertEquals("hypertensive", hypertensive.text());
        assertEquals(93, hypertensive.start());
        assertEquals(105, hypertensive.end());
        Mention nalozone = r.mentions().get(4);
        assertEquals("nalozone", nalozone.text());
        assertEquals(new ConceptRef.Unresolved("-1", ProblemCode.UNNORMALISED, "-1: the corpus could not normalise this mention"), nalozone.concept());
        assertEquals(244, nalozone.start());
        assertEquals(1, r.relations().size());
        Relation cid = r.relations().get(0);
        assertEquals("CID", cid.type());
        assertEquals(List.of(PrefixTable.defaults().resolveIn("MESH", "D008750")), cid.subject());
        assertEquals(List.of(PrefixTable.defaults().resolveIn("MESH", "D007022")), cid.object());
    }

    /** A composite mention and its parts: "Ocular and auditory toxicity" (the title of PMID 1378968 in the training set). */
    @Test
    void compositeMentionAndItsParts() {
        Path file = XmlTestData.dir("bioc-cdr").resolve("CDR_TrainingSet.BioC.xml.gz");
        XmlTestData.Result result = XmlTestData.read(new BiocXmlReader(PrefixTable.defaults()), file, "cdr-train");
        PaperRecord r = result.records().stream().filter(x -> x.title().startsWith("Ocular and auditory toxicity")).findFirst().orElseThrow();
        Mention composite = r.mentions().get(0);
        assertEquals("Ocular and auditory toxicity", composite.text());
        assertEquals(List.of("MESH:D014786", "MESH:D006311"),
                composite.concepts().stream().map(c -> ((ConceptRef.Resolved) c).curie()).toList());
        assertEquals(0, composite.start());
        assertEquals(28, composite.end());
        Mention ocular = r.mentions().get(1);
        assertEquals("Ocular toxicity", ocular.text(), "a part in two pieces: 0+6 and 20+8");
        assertEquals(List.of("MESH:D014786"), ocular.concepts().stream().map(c -> ((ConceptRef.Resolved) c).curie()).toList());
        assertFalse(ocular.hasOffsets(), "one start and end cannot locate a mention in two pieces");
        assertNull(ocular.start());
        Mention auditory = r.mentions().get(2);
        assertEquals("auditory toxicity", auditory.text());
        assertEquals(11, auditory.start());
        assertEquals(28, auditory.end());
    }
}
