package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.PatternVars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.testing.Mapping;

/**
 * queries/federation/: each query says what it answers and which public endpoint(s) it needs, and
 * parses. Then every one is run end to end through {@code serve --allow-service} with its public
 * endpoints swapped for stand-ins on 127.0.0.1 (NLM MeSH: a real slice; Wikidata: made-up items in
 * Wikidata's shape; UniProt: empty). The stand-ins record what they were asked: no remote request
 * may leave a join variable unbound, i.e. no query ever asks a public endpoint for "everything".
 */
class FederationQueriesTest {

    static final Path DIR = Path.of("queries/federation");
    static final Map<String, String> PUBLIC = Map.of(
            "https://id.nlm.nih.gov/mesh/sparql", "NLM MeSH",
            "https://query.wikidata.org/sparql", "Wikidata main graph",
            "https://query-scholarly.wikidata.org/sparql", "Wikidata scholarly graph",
            "https://sparql.uniprot.org/sparql", "UniProt");
    private static final Pattern TITLE_LINE = Pattern.compile("# [A-Z][^:]*: \\S.*");
    private static final Pattern SERVICE = Pattern.compile("SERVICE\\s+<([^>]+)>");

    private static final Map<String, StandInEndpoint> standIns = new LinkedHashMap<>();
    private static EmbeddedEndpoint endpoint;

    @BeforeAll
    static void start() {
        DatasetGraph wikidata = DatasetGraphFactory.createTxnMem();
        RDFParser.source("src/test/resources/federation/wikidata-standin.trig").parse(wikidata);
        standIns.put("https://id.nlm.nih.gov/mesh/sparql", StandInEndpoint.readOnly(ServiceAllowListTest.meshStandIn(), "mesh"));
        standIns.put("https://query.wikidata.org/sparql",
                StandInEndpoint.readOnly(DatasetGraphFactory.wrap(wikidata.getDefaultGraph()), "wikidata"));
        standIns.put("https://query-scholarly.wikidata.org/sparql",
                StandInEndpoint.readOnly(DatasetGraphFactory.wrap(wikidata.getGraph(NodeFactory.createURI("urn:scholarly"))), "scholarly"));
        standIns.put("https://sparql.uniprot.org/sparql", StandInEndpoint.readOnly(DatasetGraphFactory.createTxnMem(), "uniprot"));
        List<String> allowed = standIns.values().stream().map(s -> s.datasetUrl() + "/").toList();
        DatasetGraph papers = Mapping.map(Path.of("examples/000_b340d623e11a1f67.txt")).dataset();
        endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(papers), ServeOptions.builder().port(0)
                .timeout(Duration.ofSeconds(20)).services(new ServiceAllowList(allowed, Duration.ofSeconds(5))).build());
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) endpoint.close();
        standIns.values().forEach(StandInEndpoint::close);
    }

    @Test
    void everyQuerySaysWhatItAnswersAndWhichEndpointItNeedsAndParses() throws IOException {
        List<Path> files = queries();
        assertTrue(files.size() >= 6, "queries: " + files);
        Set<String> used = new LinkedHashSet<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            assertTrue(TITLE_LINE.matcher(first).matches(), file + ": first line should be '# Title: what it answers': " + first);
            assertTrue(text.contains("# Endpoint"), file + ": no '# Endpoint' header line");
            assertTrue(text.contains("--allow-service"), file + ": should say how to allow its endpoint");
            Query query = QueryFactory.create(text);
            assertTrue(query.isSelectType(), file.toString());
            List<String> services = services(text);
            assertFalse(services.isEmpty(), file + " has no SERVICE");
            String header = header(text);
            for (String s : services) {
                assertTrue(PUBLIC.containsKey(s), file + ": SERVICE to an endpoint not known here: " + s);
                assertTrue(header.contains(s), file + ": header does not name the endpoint " + s);
                used.add(s);
            }
        }
        assertEquals(PUBLIC.keySet(), used, "every public endpoint should have a query");
    }

    @Test
    void everyQueryRunsAgainstStandInsAndNeverSendsAnUnboundJoin() throws IOException {
        Map<String, Integer> expectedRows = Map.of(
                "mesh-labels.rq", 6, "mesh-broader.rq", 5, "wikidata-mondo.rq", 1, "wikidata-mesh.rq", 2,
                "wikidata-scholarly.rq", 1, "uniprot-genes.rq", 0, "uniprot-omim-diseases.rq", 0);
        for (Path file : queries()) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<StandInEndpoint, Integer> before = new LinkedHashMap<>();
            standIns.values().forEach(s -> before.put(s, s.requests().size()));
            String local = text;
            for (var e : standIns.entrySet())
                local = local.replace("SERVICE <" + e.getKey() + ">", "SERVICE <" + e.getValue().sparqlUrl() + ">");
            HttpResponse<String> r = Http.query(endpoint.datasetUrl() + "/sparql", local);
            assertEquals(200, r.statusCode(), name + ": " + r.body());
            List<JsonValue> rows = Http.json(r).get("results").getAsObject().get("bindings").getAsArray();
            assertEquals(expectedRows.get(name), rows.size(), name + ": " + r.body());

            Map<String, Set<String>> joinVars = joinVariables(QueryFactory.create(text));
            int asked = 0;
            for (var service : joinVars.entrySet()) {
                assertFalse(service.getValue().isEmpty(), name + ": SERVICE <" + service.getKey() + "> shares no variable with what comes before it");
                StandInEndpoint standIn = standIns.get(service.getKey());
                List<StandInEndpoint.Request> requests = standIn.requests();
                for (StandInEndpoint.Request q : requests.subList(before.get(standIn), requests.size())) {
                    asked++;
                    assertNotNull(q.query(), q.toString());
                    for (String v : service.getValue())
                        assertFalse(Pattern.compile("\\?" + v + "\\b").matcher(q.query()).find(),
                                name + ": remote query with ?" + v + " unbound:\n" + q.query());
                }
            }
            // The example card mentions no gene: that query has nothing to ask.
            assertTrue(asked > 0 || name.startsWith("uniprot-genes"), name + ": no remote request");
        }
    }

    /** For each SERVICE IRI: the variables its block shares with the patterns before it in the same group. */
    static Map<String, Set<String>> joinVariables(Query query) {
        Map<String, Set<String>> join = new LinkedHashMap<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementGroup group) {
                List<Element> before = new ArrayList<>();
                for (Element el : group.getElements()) {
                    if (el instanceof ElementService service) {
                        Set<Var> left = new LinkedHashSet<>();
                        before.forEach(b -> left.addAll(PatternVars.vars(b)));
                        Set<String> shared = join.computeIfAbsent(service.getServiceNode().getURI(), k -> new LinkedHashSet<>());
                        for (Var v : PatternVars.vars(service.getElement()))
                            if (left.contains(v)) shared.add(v.getVarName());
                    }
                    before.add(el);
                }
            }
        });
        return join;
    }

    static List<Path> queries() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static List<String> services(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SERVICE.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static String header(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
