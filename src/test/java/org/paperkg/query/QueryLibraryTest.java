package org.paperkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.testing.OntologyFixtureDb;

/**
 * The query library's specification: every query in queries/ is run by name through the real
 * {@code paperkg query --db DIR} command over a TDB2 database that {@code paperkg ingest} built
 * from the fixture cards and a small ontology file, and its result is compared with the
 * hand-checked expected result in src/test/resources/queries-expected/. The same files loaded in
 * memory ({@code paperkg query PATH… NAME}) must give the same answer.
 *
 * <p>Queries whose header says {@code # Needs: ontology data} (hierarchies, mappings, labels) run
 * against a second database ({@link OntologyFixtureDb}): the same fixture plus the bundled
 * MONDO/MeSH/OMIM slice ({@code --slice}), a mapping written from the MeSH side
 * (fixture-ontology/mesh-to-mondo.ttl) and one more card (fixture-ontology/cards/) whose ids reach
 * MONDO in the ways the fixture cards do not (OMIM, xref only, obsolete classes). The other queries
 * keep the plain fixture, so their expected results do not move with the slice. Queries whose
 * header says {@code # Needs: citation data} run against a third database: the fixture plus the
 * PubMed records of fixture-citations/ (references, retractions, comments, a book chapter and a
 * book, citing the fixture's cards by PMID, DOI and PMC id) and two real PubMed records with a
 * reference list and corrections.
 *
 * <p>Cases: {@code NAME.tsv} (SELECT) or {@code NAME.ttl} (CONSTRUCT) is the expected result of
 * query NAME; {@code NAME.CASE.tsv|ttl} are further cases. A case's parameters are in the file of
 * the same stem ending {@code .params} ({@code name=value} per line, '#' comments); no such file
 * means no parameters. Rows are compared in order when the query has ORDER BY, as sets otherwise.
 * A query without any case fails, so every new query comes with its expected results.
 */
class QueryLibraryTest {

    private static final Path QUERIES = Path.of("queries");
    private static final Path FIXTURE = Path.of("src/test/resources/fixture");
    /** Loaded next to the cards, so the store also holds a non-paper graph, as a real one does. */
    private static final Path ONTOLOGY = Path.of("src/test/resources/fixture-ontology/mondo-fixture.ttl");
    private static final String NEEDS_ONTOLOGIES = "# Needs: ontology data";
    private static final String NEEDS_CITATIONS = "# Needs: citation data";
    private static final List<String> CITATIONS = List.of("src/test/resources/fixture-citations/retractions-and-books.xml",
            "src/test/resources/data/pubmed/metapub/36156117.xml.gz", "src/test/resources/data/pubmed/metapub/35649368.xml.gz");
    private static final Path EXPECTED = Path.of("src/test/resources/queries-expected");

    private static final Pattern TITLE_LINE = Pattern.compile("# [A-Z][^:]*: \\S.*");
    private static final Pattern DECLARED_PARAM = Pattern.compile("\\?(\\w+) —");
    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param (\\w+)=");

    @TempDir
    static Path tmp;
    private static Path db;
    private static Path ontologyDb;
    private static Path citationDb;

    @BeforeAll
    static void ingestFixture() {
        db = tmp.resolve("db");
        Run run = paperkg("ingest", "--db", db.toString(), "--ontology", ONTOLOGY.toString(), "-q", FIXTURE.toString());
        assertEquals(0, run.exitCode(), run.err());
        ontologyDb = OntologyFixtureDb.get();
        citationDb = tmp.resolve("db-citations");
        List<String> args = new ArrayList<>(List.of("ingest", "--db", citationDb.toString(), "-q", FIXTURE.toString()));
        args.addAll(CITATIONS);
        Run citations = paperkg(args.toArray(String[]::new));
        assertEquals(0, citations.exitCode(), citations.err());
    }

    /** The database a query runs against: with the slice when its header says it needs ontology data. */
    private static Path dbFor(String query) throws IOException {
        String text = Files.readString(QUERIES.resolve(query + ".rq"), StandardCharsets.UTF_8);
        List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        if (header.stream().anyMatch(l -> l.startsWith(NEEDS_CITATIONS))) return citationDb;
        return header.stream().anyMatch(l -> l.startsWith(NEEDS_ONTOLOGIES)) ? ontologyDb : db;
    }

    /** One expected result: its file, and the parameters to run with. */
    record Case(String query, String caseName, Path expected, List<String> params) {
        boolean isGraph() {
            return expected != null && expected.toString().endsWith(".ttl");
        }
    }

    /** What a command run printed. */
    record Run(int exitCode, String out, String err) {}

    @TestFactory
    Stream<DynamicNode> everyQueryGivesItsExpectedResult() throws IOException {
        Map<String, List<Case>> cases = cases();
        return queryNames().stream().map(name -> {
            List<Case> forQuery = cases.getOrDefault(name, List.of());
            if (forQuery.isEmpty())
                return dynamicTest(name + ": has an expected result", () -> fail("query '" + name
                        + "' has no expected result: add " + EXPECTED.resolve(name + ".tsv") + " (or .ttl for a CONSTRUCT),"
                        + " checked by hand against the fixture, and " + name + ".params if it takes parameters"));
            return DynamicContainer.dynamicContainer(name,
                    forQuery.stream().map(c -> dynamicTest(c.caseName() + " " + c.params(), () -> check(c))));
        });
    }

    /** Splits a command line as a shell would for the quoting the examples use: name="two words". */
    static List<String> shellWords(String command) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:[^\\s\"]|\"[^\"]*\")+").matcher(command);
        while (m.find()) out.add(m.group().replace("\"", ""));
        return out;
    }

    @Test
    void everyExpectedResultBelongsToAQuery() throws IOException {
        Set<String> orphans = new TreeSet<>(cases().keySet());
        orphans.removeAll(queryNames());
        try (Stream<Path> files = Files.list(EXPECTED)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".params"))
                    .filter(n -> !Files.exists(EXPECTED.resolve(stem(n) + ".tsv")) && !Files.exists(EXPECTED.resolve(stem(n) + ".ttl")))
                    .forEach(orphans::add);
        }
        assertEquals(Set.of(), orphans, "expected results or .params files without a query or without a result");
    }

    @Test
    void theLibraryInTheBuildIsTheQueriesFolder() throws IOException {
        assertEquals(queryNames(), QueryLibrary.names(), "queries packaged as resources vs files in queries/");
        assertTrue(queryNames().size() >= 12, "at least 12 library queries");
    }

    /** Headers: title line, parameters, an example; own PREFIXes; documented parameters exist and are tested. */
    @TestFactory
    Stream<DynamicTest> everyQueryHasAWorkingHeader() throws IOException {
        Map<String, List<Case>> cases = cases();
        return queryNames().stream().map(name -> dynamicTest(name, () -> {
            String text = Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
            List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(!header.isEmpty() && TITLE_LINE.matcher(header.get(0)).matches(),
                    "first line must be '# Title: what it answers', got: " + (header.isEmpty() ? "(no header)" : header.get(0)));
            int params = indexOfPrefix(header, "# Parameters:");
            int example = indexOfPrefix(header, "# Example: scripts/paperkg query --db db " + name);
            assertTrue(params > 0, "header needs a '# Parameters:' line");
            assertTrue(example > params, "header needs '# Example: scripts/paperkg query --db db " + name + " …' after the parameters");

            // Pasteable into the Fuseki query page: parses with no prefixes but its own.
            Query query = QueryFactory.create(text);

            Set<String> declared = new LinkedHashSet<>();
            Matcher m = DECLARED_PARAM.matcher(String.join("\n", header.subList(params, example)));
            while (m.find()) declared.add(m.group(1));
            if (declared.isEmpty())
                assertTrue(header.get(params).startsWith("# Parameters: none"), "no '?name — …' parameter declared, so say 'none'");
            QueryText.checkVariables(query, declared);

            Set<String> exampleParams = new TreeSet<>();
            Matcher e = EXAMPLE_PARAM.matcher(header.get(example));
            while (e.find()) exampleParams.add(e.group(1));
            assertTrue(declared.containsAll(exampleParams), "example uses undeclared parameters " + exampleParams);

            Set<String> tested = new TreeSet<>();
            for (Case c : cases.getOrDefault(name, List.of()))
                for (String p : c.params()) tested.add(p.substring(0, p.indexOf('=')));
            assertTrue(declared.containsAll(tested), "cases use undeclared parameters: " + tested + " vs declared " + declared);
            Set<String> untested = new TreeSet<>(declared);
            untested.removeAll(tested);
            assertEquals(Set.of(), untested, "declared parameters that no case uses");
        }));
    }

    /**
     * The header's example works (against the fixture instead of --db db), and so does leaving every
     * parameter out (checked here unless a case without parameters already pins the result down).
     */
    @TestFactory
    Stream<DynamicTest> everyQueryRunsAsDocumentedAndWithoutParameters() throws IOException {
        Map<String, List<Case>> cases = cases();
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : queryNames()) {
            String text = Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
            Query query = QueryFactory.create(text);
            String out = query.isSelectType() ? "tsv" : "ttl";
            boolean hasCaseWithoutParameters = cases.getOrDefault(name, List.of()).stream().anyMatch(c -> c.params().isEmpty());
            if (!hasCaseWithoutParameters) tests.add(dynamicTest(name + " without parameters", () -> {
                Run run = paperkg("query", "--db", dbFor(name).toString(), name, "--out", out);
                assertEquals(0, run.exitCode(), run.err());
            }));
            String example = text.lines().filter(l -> l.startsWith("# Example: ")).findFirst().orElseThrow();
            String command = example.substring(example.indexOf("--db db ") + "--db db ".length()).strip();
            tests.add(dynamicTest(name + " example: " + command, () -> {
                List<String> args = new ArrayList<>(List.of("query", "--db", dbFor(name).toString()));
                args.addAll(shellWords(command));
                if (!args.contains("--out")) args.addAll(List.of("--out", out));
                Run run = paperkg(args.toArray(String[]::new));
                assertEquals(0, run.exitCode(), run.err());
                assertTrue(!run.err().contains("results: 0\n"), "the example finds nothing in the fixture:\n" + run.err());
            }));
        }
        return tests.stream();
    }

    /**
     * The queries that answer a page ("One page of 100" in the header, or "Pages of 100", one page
     * per person, for co-authors): their pages of 2 rows, asked with --limit 2 --offset 0, 2, 4, …,
     * put together give the whole answer of each case (and, for one page, of no parameters), in
     * order, so paging neither loses nor repeats a row.
     */
    @TestFactory
    Stream<DynamicTest> pagesPutTogetherGiveTheWholeAnswer() throws IOException {
        Map<String, List<Case>> cases = cases();
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : queryNames()) {
            String text = Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
            boolean onePage = QueryLibrary.header(text).contains("One page of 100");
            if (!onePage && !QueryLibrary.header(text).contains("Pages of 100")) continue;
            tests.add(dynamicTest(name, () -> {
                int longest = 0;
                List<Case> runs = new ArrayList<>(cases.get(name));
                if (onePage) runs.add(new Case(name, name + " without parameters", null, List.of()));
                for (Case c : runs) {
                    List<String> whole = rows(c, List.of());
                    longest = Math.max(longest, whole.size());
                    List<String> paged = new ArrayList<>();
                    for (int offset = 0; offset <= whole.size(); offset += 2) {
                        List<String> page = rows(c, List.of("--limit", "2", "--offset", Integer.toString(offset)));
                        assertTrue(page.size() <= 2, "a page of 2 has " + page.size() + " rows: " + page);
                        paged.addAll(page);
                    }
                    assertEquals(whole, paged, c.caseName() + ": pages of 2 rows put together");
                }
                assertTrue(longest >= 3, name + ": no case has 3 rows or more, so paging is not tested");
            }));
        }
        assertTrue(tests.size() >= 8, "queries that answer a page: " + tests.size());
        return tests.stream();
    }

    @Test
    void aNegativePageIsRefused() {
        Run run = paperkg("query", "--db", db.toString(), "papers-by-concept", "--limit", "-1");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--limit must be 0 or more"), run.err());
    }

    @Test
    void aQueryWithoutLimitGetsThePageOnItself() {
        Run run = paperkg("query", "--db", db.toString(), "-e", "SELECT ?p { ?p a fabio:JournalArticle } ORDER BY ?p",
                "--limit", "2", "--offset", "1", "--out", "tsv");
        assertEquals(0, run.exitCode(), run.err());
        Run all = paperkg("query", "--db", db.toString(), "-e", "SELECT ?p { ?p a fabio:JournalArticle } ORDER BY ?p", "--out", "tsv");
        List<String> rows = all.out().lines().skip(1).toList();
        assertTrue(rows.size() >= 3, all.out());
        assertEquals(rows.subList(1, 3), run.out().lines().skip(1).toList());
    }

    /**
     * co-mentions and co-authors read a tracked focus's pairs from the statistics graph: with every
     * concept and person of the fixture tracked (threshold 1 paper), each case, the query without
     * parameters and each of its pages of 2 rows answer what the live count answers on the database built
     * with the default threshold (which tracks none of them), in the same order; so does the
     * in-memory store.
     */
    @Test
    void coMentionsAndCoAuthorsAnswerTheSameFromTheStatisticsRows() throws IOException {
        Path tracked = tmp.resolve("db-tracked");
        try (Settings.Scope threshold = Settings.override(PaperkgSettings.PAIR_THRESHOLD, 1)) {
            Run run = paperkg("ingest", "--db", tracked.toString(), "--ontology", ONTOLOGY.toString(), "-q", FIXTURE.toString());
            assertEquals(0, run.exitCode(), run.err());
            for (String cls : List.of("CoMentionFocus", "CoAuthorFocus")) {
                String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?r a <https://w3id.org/paperkg/vocab#" + cls + "> } }";
                Run marks = paperkg("query", "--db", tracked.toString(), "-e", count, "--out", "tsv");
                assertTrue(Integer.parseInt(marks.out().lines().skip(1).findFirst().orElse("0")) >= 3, cls + " rows: " + marks.out());
                Run none = paperkg("query", "--db", db.toString(), "-e", count, "--out", "tsv");
                assertEquals("0", none.out().lines().skip(1).findFirst().orElse(""), "the default threshold tracks none: " + none.out());
            }
            Map<String, List<Case>> cases = cases();
            for (String name : List.of("co-mentions", "co-authors")) {
                List<Case> runs = new ArrayList<>(cases.get(name));
                runs.add(new Case(name, name + " without parameters", null, List.of()));
                for (Case c : runs) {
                    List<String> live = rows(db, c, List.of());
                    assertTrue(live.size() >= 3, c.caseName() + ": at least 3 rows, to compare order and pages: " + live);
                    assertEquals(live, rows(tracked, c, List.of()), c.caseName() + ": read from the rows vs counted live");
                    // page by page (co-authors pages each person's co-authors, so its pages do not simply add up)
                    for (int offset = 0; offset <= live.size(); offset += 2) {
                        List<String> page = List.of("--limit", "2", "--offset", Integer.toString(offset));
                        assertEquals(rows(db, c, page), rows(tracked, c, page), c.caseName() + ": page of 2 rows at offset " + offset);
                    }
                }
            }
            Case concept = cases.get("co-mentions").stream().filter(c -> !c.params().isEmpty() && c.params().get(0).startsWith("concept="))
                    .findFirst().orElseThrow();
            List<String> args = new ArrayList<>(List.of("query", "--ontology", ONTOLOGY.toString(), "-q", "--no-slice", FIXTURE.toString(),
                    "co-mentions", "--out", "tsv"));
            for (String p : concept.params()) args.addAll(List.of("--param", p));
            Run memory = paperkg(args.toArray(String[]::new));
            assertEquals(0, memory.exitCode(), memory.err());
            assertEquals(rows(db, concept, List.of()), memory.out().lines().skip(1).toList(), "in memory, from the rows");
        }
    }

    /** The rows (without the header) of a case run with extra arguments. */
    private static List<String> rows(Case c, List<String> extra) throws IOException {
        return rows(dbFor(c.query()), c, extra);
    }

    private static List<String> rows(Path database, Case c, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("query", "--db", database.toString(), c.query()));
        for (String p : c.params()) args.addAll(List.of("--param", p));
        args.addAll(extra);
        args.addAll(List.of("--out", "tsv"));
        Run run = paperkg(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), "exit code; stderr:\n" + run.err());
        return run.out().lines().skip(1).toList();
    }

    @Test
    void cardsLoadedInMemoryGiveTheSameAnswerAsTheDatabase() throws IOException {
        // --ontology takes 1..* files, so an option must follow it: -q. The bundled slice is left out, as for the database.
        Run memory = paperkg("query", "--ontology", ONTOLOGY.toString(), "-q", "--no-slice", FIXTURE.toString(), "dataset-summary", "--out", "tsv");
        assertEquals(0, memory.exitCode(), memory.err());
        compareRows(Files.readString(EXPECTED.resolve("dataset-summary.tsv"), StandardCharsets.UTF_8), memory.out(), true);
    }

    private static void check(Case c) throws IOException {
        List<String> args = new ArrayList<>(List.of("query", "--db", dbFor(c.query()).toString(), c.query()));
        for (String p : c.params()) args.addAll(List.of("--param", p));
        args.addAll(List.of("--out", c.isGraph() ? "ttl" : "tsv"));
        Run run = paperkg(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), "exit code; stderr:\n" + run.err());
        String expected = Files.readString(c.expected(), StandardCharsets.UTF_8);
        if (c.isGraph()) compareGraphs(expected, run.out());
        else {
            Query query = QueryFactory.create(Files.readString(QUERIES.resolve(c.query() + ".rq"), StandardCharsets.UTF_8));
            compareRows(expected, run.out(), query.hasOrderBy());
        }
    }

    private static void compareRows(String expectedText, String actualText, boolean ordered) {
        List<String> expected = expectedText.lines().toList();
        List<String> actual = actualText.lines().toList();
        String context = "\n--- actual output (copy only after checking it by hand) ---\n" + actualText;
        assertTrue(!actual.isEmpty(), "no output at all" + context);
        assertEquals(expected.get(0), actual.get(0), "header" + context);
        List<String> exp = expected.subList(1, expected.size());
        List<String> act = actual.subList(1, actual.size());
        List<String> missing = minus(exp, act);
        List<String> unexpected = minus(act, exp);
        if (!missing.isEmpty() || !unexpected.isEmpty())
            fail("rows differ\nmissing:\n  " + String.join("\n  ", missing) + "\nunexpected:\n  "
                    + String.join("\n  ", unexpected) + context);
        if (ordered) assertEquals(exp, act, "same rows, wrong order (the query has ORDER BY)" + context);
    }

    private static void compareGraphs(String expectedTtl, String actualTtl) {
        Graph expected = parse(expectedTtl);
        Graph actual = parse(actualTtl);
        List<Triple> missing = expected.find().filterDrop(actual::contains).toList();
        List<Triple> unexpected = actual.find().filterDrop(expected::contains).toList();
        if (!missing.isEmpty() || !unexpected.isEmpty())
            fail("graphs differ\nmissing:\n  " + missing.stream().map(Object::toString).collect(Collectors.joining("\n  "))
                    + "\nunexpected:\n  " + unexpected.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        assertTrue(expected.isIsomorphicWith(actual));
    }

    private static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** Multiset difference a − b. */
    private static List<String> minus(Collection<String> a, Collection<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String x : b) rest.remove(x);
        return rest;
    }

    /** Runs {@code paperkg ARGS…} in this JVM, capturing what it prints. */
    private static synchronized Run paperkg(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = PaperkgCommand.execute(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(QueryLibraryTest::stem).sorted().toList();
        }
    }

    /** Cases by query name, sorted by case name. */
    private static Map<String, List<Case>> cases() throws IOException {
        Map<String, List<Case>> byQuery = new TreeMap<>();
        try (Stream<Path> files = Files.list(EXPECTED)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".tsv") && !file.endsWith(".ttl")) continue;
                String stem = stem(file);
                int dot = stem.indexOf('.');
                String query = dot < 0 ? stem : stem.substring(0, dot);
                Path paramsFile = EXPECTED.resolve(stem + ".params");
                List<String> params = Files.exists(paramsFile)
                        ? Files.readAllLines(paramsFile, StandardCharsets.UTF_8).stream().map(String::strip)
                                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()
                        : List.of();
                byQuery.computeIfAbsent(query, k -> new ArrayList<>()).add(new Case(query, stem, f, params));
            }
        }
        return byQuery;
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        return -1;
    }

    private static String stem(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }
}
