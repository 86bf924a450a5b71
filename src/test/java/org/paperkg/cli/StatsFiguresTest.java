package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.paperkg.testing.TestFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code paperkg stats} figures beyond linking coverage, on the two PubTator abstracts of
 * {@link StatsCommandTest} and three hand-written cards (src/test/resources/stats/three-cards.md),
 * with the labels of stats/labels.ttl and no slice. Counted by hand:
 *
 * <pre>
 * papers 5 (2 abstracts without date or authors; cards 2024-05-01, 2025, 2025-02)
 * authors 3 (Ann Lee, Bo Chen, Cy Diaz; Bo and Cy on two cards each)
 * mentions 18: abstracts 9, cards 3 + 4 + 2
 * top concepts (mentions, papers):
 *   MESH:D010019 6, 4  (abstract 1: twice and the composite; every card)    label "Osteomyelitis"@en, not the @de one
 *   MESH:D010024 3, 3  (abstract 2; cards Beta and Gamma)                   skos:prefLabel "Osteoporosis"
 *   MESH:D014640 2, 2  (vancomycin: abstract 1 and card Beta)               no label
 *   MESH:D007239 2, 1  (infection and the composite, abstract 1)            no label
 *   MONDO:0005246, OMIM:166710, OMIM:607507: 1, 1 each, in IRI order        MONDO: "osteomyelitis"
 * unresolved: FOO:123 UNKNOWN_PREFIX 2 mentions in 2 papers; -1 UNNORMALISED 1 in 1
 * years: (no date) 2, 2024 1, 2025 2
 * </pre>
 */
class StatsFiguresTest {

    private static final String[] ARGS = {"--no-slice", "-q", TestFiles.resource("stats/three-cards.md").toString(),
            TestFiles.resource("stats/two-abstracts.pubtator.txt").toString(),
            "--ontology", TestFiles.resource("stats/labels.ttl").toString()};

    private static Captured stats(String... options) {
        List<String> args = new ArrayList<>(List.of("stats"));
        args.addAll(List.of(options));
        args.addAll(List.of(ARGS));
        Captured run = Captured.paperkg(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    @Test
    void papersAuthorsTopConceptsUnresolvedIdsAndYearsAreCountedExactly() {
        Map<String, String> m = stats("--out", "tsv").metrics();
        assertEquals("5", m.get("papers"));
        assertEquals("3", m.get("authors"));
        assertEquals("18", m.get("mentions"));
        assertEquals("12", m.get("mentions.scheme.MESH"));
        assertEquals("2", m.get("mentions.scheme.(unresolved)"));
        assertEquals("12", m.get("mentions.type.Disease"));
        assertEquals("2", m.get("mentions.type.Chemical"));
        // the type most mentions have; D010024 is DiseaseClass once (abstract 2) and Disease twice (cards)
        String[][] top = {
                {"MESH:D010019", "Osteomyelitis", "6", "4", "Disease"},
                {"MESH:D010024", "Osteoporosis", "3", "3", "Disease"},
                {"MESH:D014640", "", "2", "2", "Chemical"},
                {"MESH:D007239", "", "2", "1", "CompositeMention"},
                {"MONDO:0005246", "osteomyelitis", "1", "1", "Disease"},
                {"OMIM:166710", "", "1", "1", "SpecificDisease"},
                {"OMIM:607507", "", "1", "1", "SpecificDisease"}};
        for (int i = 0; i < top.length; i++) {
            String p = "top." + (i + 1) + ".";
            assertEquals(top[i][0], m.get(p + "concept"), p + "concept");
            assertEquals(top[i][1], m.get(p + "label"), p + "label");
            assertEquals(top[i][2], m.get(p + "mentions"), p + "mentions");
            assertEquals(top[i][3], m.get(p + "papers"), p + "papers");
            assertEquals(top[i][4], m.get(p + "type"), p + "type");
        }
        assertEquals(null, m.get("top.8.concept"), "seven concepts have a body");
        assertEquals("2", m.get("unresolved.ids"));
        assertEquals("2", m.get("unresolved.FOO:123.UNKNOWN_PREFIX.mentions"));
        assertEquals("2", m.get("unresolved.FOO:123.UNKNOWN_PREFIX.papers"));
        assertEquals("1", m.get("unresolved.-1.UNNORMALISED.mentions"));
        assertEquals("2", m.get("year.none.papers"));
        assertEquals("1", m.get("year.2024.papers"));
        assertEquals("2", m.get("year.2025.papers"));
    }

    @Test
    void topLimitsTheConceptList() {
        Map<String, String> m = stats("--out", "tsv", "--top", "2").metrics();
        assertEquals("MESH:D010024", m.get("top.2.concept"));
        assertEquals(null, m.get("top.3.concept"));
    }

    @Test
    void jsonParsesAndSaysWhatTheTsvAndTheTextSay() {
        String jsonText = stats("--json").out();
        assertEquals(jsonText, stats("--out", "json").out(), "--json is --out json");
        JsonObject json = JsonParser.parseString(jsonText).getAsJsonObject();
        assertEquals("paperkg-stats/1", json.get("format").getAsString());

        // every tsv metric, rebuilt from the JSON, has the same value
        Map<String, String> tsv = stats("--out", "tsv").metrics();
        Map<String, String> fromJson = tsvOf(json);
        assertEquals(tsv, fromJson);

        String text = stats().out();
        assertTrue(text.startsWith("papers: 5\nauthors: 3 "), text);
        assertTrue(text.contains("\nmentions: 18 "), text);
        JsonArray top = json.getAsJsonArray("topConcepts");
        for (int i = 0; i < top.size(); i++) {
            JsonObject c = top.get(i).getAsJsonObject();
            String label = c.get("label").isJsonNull() ? "-" : c.get("label").getAsString();
            assertTrue(Pattern.compile("\\n +" + (i + 1) + " +" + Pattern.quote(c.get("curie").getAsString()) + " +"
                    + Pattern.quote(c.get("entityType").getAsString()) + " +" + c.get("mentions").getAsLong() + " +" + c.get("papers").getAsLong() + " +" + Pattern.quote(label) + "\\n")
                    .matcher(text).find(), "text row for " + c + " in\n" + text);
        }
        for (JsonElement e : json.getAsJsonArray("unresolvedIds")) {
            JsonObject u = e.getAsJsonObject();
            assertTrue(Pattern.compile("\\n +" + Pattern.quote(u.get("id").getAsString()) + " +" + u.get("reason").getAsString()
                    + " +" + u.get("mentions").getAsLong() + " +" + u.get("papers").getAsLong() + "\\n").matcher(text).find(), text);
        }
        for (JsonElement e : json.getAsJsonArray("papersPerYear")) {
            JsonObject y = e.getAsJsonObject();
            String year = y.get("year").isJsonNull() ? "(no date)" : y.get("year").getAsString();
            assertTrue(Pattern.compile("\\n +" + Pattern.quote(year) + " +" + y.get("papers").getAsLong() + "\\n").matcher(text).find(), text);
        }
    }

    /** The JSON object written as the tsv metrics, so the two can be compared whole. */
    private static Map<String, String> tsvOf(JsonObject j) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mentions", j.get("mentions").getAsString());
        j.getAsJsonObject("mentionsByScheme").entrySet().forEach(e -> m.put("mentions.scheme." + e.getKey(), e.getValue().getAsString()));
        j.getAsJsonObject("mentionsByType").entrySet().forEach(e -> m.put("mentions.type." + e.getKey(), e.getValue().getAsString()));
        for (JsonElement e : j.getAsJsonArray("linkingCoverage")) {
            JsonObject c = e.getAsJsonObject();
            String p = "reach." + c.get("scheme").getAsString() + "." + c.get("types").getAsString() + "." + c.get("via").getAsString() + ".";
            for (String[] part : new String[][] {{"mentions", "mentionsReaching"}, {"ids", "idsReaching"}, {"concepts", "conceptsReaching"}}) {
                long whole = c.get(part[0]).getAsLong(), reaching = c.get(part[1]).getAsLong();
                m.put(p + part[0], Long.toString(whole));
                m.put(p + part[0] + ".reaching", Long.toString(reaching));
                m.put(p + part[0] + ".percent", whole == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * reaching / whole));
            }
        }
        m.put("papers", j.get("papers").getAsString());
        m.put("authors", j.get("authors").getAsString());
        m.put("retracted.papers", j.get("retractedPapers").getAsString());
        m.put("retracted.stillCited", j.get("retractedStillCited").getAsString());
        m.put("retracted.citingPapers", j.get("papersCitingRetracted").getAsString());
        m.put("citations", j.get("citations").getAsString());
        m.put("citations.citingPapers", j.get("citingPapers").getAsString());
        int rank = 0;
        for (JsonElement e : j.getAsJsonArray("topConcepts")) {
            JsonObject c = e.getAsJsonObject();
            String p = "top." + ++rank + ".";
            m.put(p + "concept", c.get("curie").getAsString());
            m.put(p + "label", c.get("label").isJsonNull() ? "" : c.get("label").getAsString());
            m.put(p + "type", c.get("entityType").isJsonNull() ? "" : c.get("entityType").getAsString());
            m.put(p + "mentions", c.get("mentions").getAsString());
            m.put(p + "papers", c.get("papers").getAsString());
        }
        m.put("unresolved.ids", Integer.toString(j.getAsJsonArray("unresolvedIds").size()));
        for (JsonElement e : j.getAsJsonArray("unresolvedIds")) {
            JsonObject u = e.getAsJsonObject();
            String p = "unresolved." + u.get("id").getAsString() + "." + u.get("reason").getAsString() + ".";
            m.put(p + "mentions", u.get("mentions").getAsString());
            m.put(p + "papers", u.get("papers").getAsString());
        }
        for (JsonElement e : j.getAsJsonArray("papersPerYear")) {
            JsonObject y = e.getAsJsonObject();
            m.put("year." + (y.get("year").isJsonNull() ? "none" : y.get("year").getAsString()) + ".papers", y.get("papers").getAsString());
        }
        return m;
    }
}
