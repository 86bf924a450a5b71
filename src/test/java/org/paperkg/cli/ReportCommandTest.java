package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.TestFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code paperkg report}: the page is self-contained and text from the data cannot break it. The
 * fixture is that of {@link StatsFiguresTest}, with labels (stats/hostile-labels.ttl) that end a
 * script element, open a comment or carry markup. That the charts render is
 * {@link ReportScreenshotTest}'s job.
 */
class ReportCommandTest {

    static final String HOSTILE_D010019 = "Osteo</script><script>document.title='pwned'</script>";
    static final String HOSTILE_D010024 = "<img src=x onerror=alert(1)> & \"quoted\" 'single' <!-- \u2028";

    @TempDir
    Path dir;

    /** Writes the report of the fixture with the hostile labels to {@code out}. */
    static Captured report(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("report", "--no-slice", "-q", "-o", out.toString()));
        args.addAll(List.of(extra));
        args.addAll(List.of(TestFiles.resource("stats/three-cards.md").toString(),
                TestFiles.resource("stats/two-abstracts.pubtator.txt").toString(),
                "--ontology", TestFiles.resource("stats/hostile-labels.ttl").toString()));
        return Captured.paperkg(args.toArray(String[]::new));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what), Pattern.CASE_INSENSITIVE).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void labelsFromTheDataAreEscapedInTablesAndInTheEmbeddedJson() throws IOException {
        Path out = dir.resolve("report.html");
        Captured run = report(out);
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);

        // exactly the page's own three script elements: the data, ECharts, the drawing code
        assertEquals(3, count(html, "<script"), "script elements opened");
        assertEquals(3, count(html, "</script"), "script elements closed");
        assertEquals(0, count(html, "<!--"), "a comment opener would change how the script data is parsed");
        assertFalse(markup(html).contains("<img"), "the label's markup must not become an element");
        // in the tables, as text
        assertTrue(html.contains("<td>Osteo&lt;/script&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;</td>"), html.substring(0, 4000));
        assertTrue(html.contains("<td>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39; &lt;!-- \u2028</td>"));

        // in the JSON, intact once parsed
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(data.find(), "the data element");
        JsonObject json = JsonParser.parseString(data.group(1)).getAsJsonObject();
        JsonArray top = json.getAsJsonObject("stats").getAsJsonArray("topConcepts");
        assertEquals("MESH:D010019", top.get(0).getAsJsonObject().get("curie").getAsString());
        assertEquals(HOSTILE_D010019, top.get(0).getAsJsonObject().get("label").getAsString());
        assertEquals(HOSTILE_D010024, top.get(1).getAsJsonObject().get("label").getAsString());
        assertFalse(data.group(1).contains("\u2028"), "U+2028 is escaped in the JSON too");

        // the charts' data: diseases leave out vancomycin (Chemical); the network links concepts sharing papers
        JsonArray diseases = json.getAsJsonArray("topDiseases");
        assertEquals(List.of("MESH:D010019", "MESH:D010024", "MESH:D007239", "MONDO:0005246", "OMIM:166710", "OMIM:607507"),
                curies(diseases));
        JsonObject network = json.getAsJsonObject("network");
        assertEquals(7, network.getAsJsonArray("nodes").size());
        // D010019 (node 0) and D010024 (node 1) share three papers: abstract 2 has no D010019, so Beta and Gamma: 2
        boolean found = false;
        for (var l : network.getAsJsonArray("links")) {
            JsonObject link = l.getAsJsonObject();
            if (link.get("source").getAsInt() == 0 && link.get("target").getAsInt() == 1) {
                assertEquals(2, link.get("papers").getAsInt());
                found = true;
            }
        }
        assertTrue(found, "a link between the two most mentioned concepts: " + network);
    }

    @Test
    void thePageLoadsNothingFromOutside() throws IOException {
        Path out = dir.resolve("report.html");
        assertEquals(0, report(out).exitCode());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        String lower = markup(html).toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("content-security-policy\" content=\"default-src 'none'"), "a policy that forbids fetching");
        // no element with a src, no stylesheet link, no import: the only URLs are the concept links
        assertFalse(Pattern.compile("<[a-z]+[^>]*\\ssrc\\s*=").matcher(lower).find(), "an element with src");
        assertFalse(lower.contains("<link"), "a link element");
        assertFalse(lower.contains("@import"), "a CSS import");
        assertTrue(html.contains("<a href=\"http://id.nlm.nih.gov/mesh/D010019\">MESH:D010019</a>"), "concept links stay");
        assertTrue(html.length() > 500_000, "ECharts is inlined (" + html.length() + " characters)");
    }

    @Test
    void aReportThatCannotBeWrittenFailsAndLeavesNoFile() throws IOException {
        Path missing = dir.resolve("no-such-dir").resolve("report.html");
        Captured run = report(missing);
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(Files.exists(missing));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing left behind");
        }
        Captured noOutput = Captured.paperkg("report", "--no-slice", TestFiles.resource("stats/three-cards.md").toString());
        assertTrue(noOutput.exitCode() != 0 && noOutput.err().contains("Missing required option: '--output=FILE'"), noOutput.err());
    }

    /** The page without the content of its script elements (ECharts' own code has markup in strings). */
    private static String markup(String html) {
        return Pattern.compile("(<script[^>]*>).*?(</script>)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(html).replaceAll("$1$2");
    }

    private static List<String> curies(JsonArray concepts) {
        List<String> out = new ArrayList<>();
        concepts.forEach(c -> out.add(c.getAsJsonObject().get("curie").getAsString()));
        return out;
    }
}
