package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;

/**
 * What the real files do not show: ORCIDs, group authors, shared and dangling affiliations, bad and
 * conflicting ids, the choice among publication dates, several articles in a set, and broken files
 * reported (never thrown) with the articles before the damage kept.
 */
class JatsXmlReaderTest {

    @TempDir
    Path tmp;

    private static final String ARTICLE = """
            <article article-type="research-article"><front>
            <journal-meta><journal-title-group><journal-title>Test Journal</journal-title>
              <abbrev-journal-title abbrev-type="nlm-ta">Test J</abbrev-journal-title></journal-title-group>
              <issn pub-type="ppub">1422-0067</issn><issn pub-type="epub">1234-5678</issn></journal-meta>
            <article-meta>
              <article-id pub-id-type="pmid">41000001</article-id>
              <article-id pub-id-type="pmcid">PMC13027165</article-id>
              <article-id pub-id-type="doi">10.3390/IJMS27062602</article-id>
              <article-id pub-id-type="doi">10.9999/other</article-id>
              <title-group><article-title>Bone and <italic>Infections</italic>: an <sub>interplay</sub></article-title></title-group>
              <contrib-group>
                <contrib contrib-type="author">
                  <contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-0097</contrib-id>
                  <name><surname>Galliera</surname><given-names>Emanuela</given-names><suffix>Jr</suffix></name>
                  <xref ref-type="aff" rid="a1 a2"><sup>1,2</sup></xref></contrib>
                <contrib contrib-type="author">
                  <contrib-id contrib-id-type="orcid">0000-0002-1825-0098</contrib-id>
                  <name><surname>Rossi</surname><given-names>Marco</given-names></name>
                  <xref ref-type="aff" rid="a9"/></contrib>
                <contrib contrib-type="author"><collab>Bone Study Group<contrib-group>
                  <contrib><name><surname>Member</surname><given-names>Ann</given-names></name></contrib></contrib-group></collab></contrib>
                <contrib contrib-type="author"><string-name>Li Wei</string-name></contrib>
                <contrib contrib-type="author"><role>Nobody</role></contrib>
                <contrib contrib-type="editor"><name><surname>Editor</surname><given-names>Ed</given-names></name></contrib>
                <aff>Shared Institute, Milan, Italy</aff>
              </contrib-group>
              <aff id="a1"><label>1</label>University of Milan, Italy</aff>
              <aff id="a2"><sup>2</sup><institution>IRCCS Galeazzi</institution>, Milan</aff>
              <pub-date pub-type="epub"><year>2026</year><month>3</month></pub-date>
              <pub-date pub-type="ppub"><year>2026</year><month>Apr</month></pub-date>
              <pub-date pub-type="collection"><year>2026</year></pub-date>
              <pub-date pub-type="pmc-release"><day>1</day><month>5</month><year>2026</year></pub-date>
              <abstract><title>Abstract</title><sec><title>Aims:</title><p>To look.</p></sec><sec><title>Results</title><p>Found <bold>it</bold>.</p><p>Twice.</p></sec></abstract>
              <abstract abstract-type="summary"><title>Author summary</title><p>Plain words.</p></abstract>
            </article-meta></front>
            <body><p>Opening words.</p>
              <sec><title>Methods</title><p>We did <xref ref-type="bibr" rid="r1">[1]</xref>.</p>
                <table-wrap><table><tr><td>cell text</td></tr></table></table-wrap>
                <sec><title>Samples</title><p>Bones.</p></sec></sec>
              <sec><title>Figures only</title><fig><caption><p>A figure.</p></caption></fig></sec>
            </body>
            <back><ref-list>
              <ref id="r1"><element-citation><pub-id pub-id-type="pmid">31000001</pub-id><pub-id pub-id-type="doi">10.1000/x</pub-id></element-citation></ref>
              <ref id="r2"><mixed-citation>Book without ids.</mixed-citation></ref>
              <ref id="r3"><mixed-citation><pub-id pub-id-type="pmcid">PMC11111111</pub-id></mixed-citation></ref>
              <ref id="r4"><element-citation><pub-id pub-id-type="pmid">not-a-pmid</pub-id></element-citation></ref>
              <ref id="r5"><element-citation><pub-id pub-id-type="pmid">31000001</pub-id><pub-id pub-id-type="doi">10.1000/x</pub-id></element-citation></ref>
              <ref-list><ref id="r6"><citation><pub-id pub-id-type="doi">10.2000/y</pub-id></citation></ref></ref-list>
            </ref-list></back></article>
            """;

    private ReaderRun read(String name, String content) throws Exception {
        return ReaderRun.of(Readers.all(PrefixTable.defaults(), null), tmp, name, content);
    }

    @Test
    void oneArticleFieldByField() throws Exception {
        ReaderRun run = read("a.nxml", ARTICLE);
        PaperRecord r = run.record("41000001");
        assertEquals("jats", r.source());
        assertEquals("Bone and Infections: an interplay", r.title());
        assertEquals("PMC13027165", r.pmcid());
        assertEquals("10.3390/ijms27062602", r.doi(), "the first DOI, in canonical form");
        assertEquals(List.of("DOI (second): 10.9999/other", "ORCID of Marco Rossi (invalid): 0000-0002-1825-0098", "ISSN (invalid): 1234-5678"),
                r.extraMetadata());
        // epub and ppub are both months: the print issue's wins, as PubMed gives it
        assertEquals(new PubDate("2026-04", PubDate.Precision.MONTH), r.issued());
        assertEquals(new Journal("Test Journal", "Test J", List.of("1422-0067")), r.journal(), "1234-5678 fails its check digit");

        assertEquals(List.of("Emanuela Galliera Jr", "Marco Rossi", "Bone Study Group", "Li Wei"),
                r.authors().stream().map(Author::name).toList(), "the editor and the contrib without a name are not authors");
        Author galliera = r.authors().get(0);
        assertEquals("0000-0002-1825-0097", galliera.orcid());
        assertEquals("Emanuela", galliera.givenName());
        assertEquals("Galliera", galliera.familyName());
        assertEquals(List.of("University of Milan, Italy", "IRCCS Galeazzi, Milan"), galliera.affiliations(), "rid names two, labels left out");
        assertNull(r.authors().get(1).orcid(), "a bad check digit");
        assertEquals(List.of("Shared Institute, Milan, Italy"), r.authors().get(1).affiliations(), "its xref names nothing: the shared aff");
        Author group = r.authors().get(2);
        assertTrue(group.collective());
        assertEquals(List.of("Shared Institute, Milan, Italy"), group.affiliations());
        assertNull(r.authors().get(3).familyName(), "a string-name has no parts");

        assertEquals("Aims: To look.\n\nResults: Found it. Twice.", r.abstractText());
        assertEquals(List.of(new TextSection("Author summary", "Plain words.", 0), new TextSection("", "Opening words.", 0),
                        new TextSection("Methods", "We did [1].\n\nSamples\n\nBones.", 0)),
                r.otherSections().stream().map(s -> new TextSection(s.heading(), s.text(), 0)).toList(),
                "no table text, and no section for a sec of figures only");

        assertEquals(List.of(new CitedWork(null, "31000001", "10.1000/x"), new CitedWork("PMC11111111", null, null),
                new CitedWork(null, null, "10.2000/y")), r.references().cited(), "r5 repeats r1; r6 is in a nested ref-list");
        assertEquals(2, r.references().withoutIdentifier(), "r2 has no pub-id, r4's is not a PMID");

        assertEquals(List.of("WARN a.nxml:9: CONFLICTING_ID DOI '10.9999/other' differs from '10.3390/ijms27062602' (kept as text)",
                "WARN a.nxml:19: BAD_XREF an author's affiliation reference names 'a9', which is no <aff> of the article: not read",
                "WARN a.nxml:17: BAD_ORCID not a valid ORCID iD (form or check digit): '0000-0002-1825-0098' of Marco Rossi;"
                        + " the author is kept without it (kept as text)",
                "WARN a.nxml:23: BAD_AUTHOR author without surname, given-names, string-name or collab: not read",
                "WARN a.nxml:4: BAD_ISSN not a valid ISSN (form or check digit): '1234-5678' (kept as text)"),
                run.problemLines());
    }

    @Test
    void aSetOfArticlesEachReadAndOneWithoutTitleSkipped() throws Exception {
        String set = "<?xml version=\"1.0\"?>\n<!DOCTYPE pmc-articleset PUBLIC \"-//NLM//DTD ARTICLE SET 2.0//EN\" \"https://dtd.nlm.nih.gov/ncbi/pmc/articleset/nlm-articleset-2.0.dtd\">\n"
                + "<pmc-articleset>\n"
                + "<article><front><article-meta><article-id pub-id-type=\"pmc\">7</article-id><title-group><article-title>First</article-title></title-group>"
                + "<pub-date pub-type=\"epub\"><day>31</day><month>2</month><year>2020</year></pub-date></article-meta></front></article>\n"
                + "<article><front><article-meta><article-id pub-id-type=\"pmid\">12</article-id><title-group><article-title/></title-group></article-meta></front></article>\n"
                + "<article><front><article-meta><article-id pub-id-type=\"pmid\">PMID x</article-id>"
                + "<title-group><article-title>Third</article-title></title-group></article-meta></front></article>\n"
                + "</pmc-articleset>\n";
        ReaderRun run = read("set.xml", set);
        assertEquals(List.of("First", "Third"), run.records().stream().map(PaperRecord::title).toList());
        assertEquals("PMC7", run.records().get(0).pmcid());
        assertEquals(new PubDate("2020-02", PubDate.Precision.MONTH), run.records().get(0).issued(), "no 31 February: the month is kept");
        assertNull(run.records().get(1).pmid());
        assertEquals(List.of("PMID (invalid): PMID x"), run.records().get(1).extraMetadata());
        assertEquals(List.of("WARN set.xml:4: BAD_DATE not a day of 2020-02: '31' in <pub-date>; month kept",
                "SKIP set.xml:5: NO_TITLE <article> at line 5 (PMID 12): no <article-title>",
                "WARN set.xml:6: BAD_PMID not a valid PMID: 'PMID x' (kept as text)"), run.problemLines());
    }

    @Test
    void aTruncatedFileKeepsTheArticlesBeforeTheCutAndSaysWhere() throws Exception {
        String two = "<pmc-articleset>\n" + ARTICLE + ARTICLE.replace("41000001", "41000002").replace("PMC13027165", "PMC13027166") + "</pmc-articleset>\n";
        String cut = two.substring(0, two.lastIndexOf("<sec><title>Methods"));
        ReaderRun run = read("cut.xml", cut);
        assertEquals(List.of("41000001"), run.records().stream().map(PaperRecord::pmid).toList());
        List<String> skips = run.problemLines().stream().filter(l -> l.startsWith("SKIP")).toList();
        assertEquals(1, skips.size(), run.problemLines().toString());
        assertTrue(skips.get(0).contains(" TRUNCATED <article> at line ") && skips.get(0).contains("(PMID 41000002) not read: the file ends inside <body>"),
                skips.get(0));

        // the same, gzipped and cut in the middle of its compressed bytes
        byte[] gz = Files.readAllBytes(ReaderRun.gzip(tmp, "whole.nxml.gz", two.getBytes(StandardCharsets.UTF_8)));
        Path cutGz = tmp.resolve("cut.nxml.gz");
        Files.write(cutGz, Arrays.copyOf(gz, gz.length * 3 / 4));
        ReaderRun gzRun = ReaderRun.of(new JatsXmlReader(), cutGz);
        assertTrue(gzRun.records().size() <= 1);
        assertEquals(1, gzRun.problems().size(), gzRun.problemLines().toString());
        assertTrue(gzRun.problemLines().get(0).matches("SKIP cut\\.nxml\\.gz:\\d+: TRUNCATED .*the compressed stream ends early.*"),
                gzRun.problemLines().get(0));
    }

    @Test
    void malformedXmlIsOneProblemNotACrash() throws Exception {
        ReaderRun run = read("bad.nxml", "<article><front><article-meta><title-group><article-title>A</title-group>"
                + "</article-meta></front></article>\n");
        assertTrue(run.records().isEmpty());
        assertEquals(1, run.problems().size());
        assertTrue(run.problemLines().get(0).startsWith("SKIP bad.nxml:1: BAD_XML <article> at line 1 not read: "), run.problemLines().get(0));

        ReaderRun noMeta = ReaderRun.of(new JatsXmlReader(), tmp, "nometa.nxml", "<article><body><p>x</p></body></article>");
        assertEquals(List.of("SKIP nometa.nxml:1: NO_TITLE <article> at line 1: no <front>/<article-meta>"), noMeta.problemLines());

        ReaderRun wrongRoot = ReaderRun.of(new JatsXmlReader(), tmp, "other.xml", "<PubmedArticleSet/>");
        assertEquals(List.of("SKIP other.xml:1: UNKNOWN_ROOT root element <PubmedArticleSet> is not JATS XML (expected pmc-articleset)"),
                wrongRoot.problemLines());
    }

    @Test
    void jatsIsToldFromItsContent() {
        assertEquals(InputFormat.JATS_XML, InputFormat.detect("<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS\" \"x.dtd\">\n"
                + "<article xmlns:xlink=\"http://www.w3.org/1999/xlink\"><front>"));
        assertEquals(InputFormat.JATS_XML, InputFormat.detect("<pmc-articleset><article>"));
        assertNull(InputFormat.detect("<article><title>DocBook</title><para>x</para></article>"), "an <article> without <front> is not JATS");
        assertEquals(InputFormat.JATS_XML, InputFormat.parse("jats"));
        assertEquals(InputFormat.JATS_XML, InputFormat.parse("nxml"));
        assertTrue(InputFormat.sources().contains("jats"));
    }
}
