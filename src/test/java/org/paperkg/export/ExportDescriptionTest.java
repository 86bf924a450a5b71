package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.store.KgStore;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.GraphAssert;
import org.paperkg.testing.StrictRiot;
import org.paperkg.testing.TestCards;

/**
 * An export describes what it wrote: the VoID counts in the file equal those the store's own
 * description computes from the same data, the export run is recorded with its inputs and counts,
 * and every paper graph leads to the file (and checksum) it came from. Triple formats get the
 * description in NAME.void.ttl beside them; --no-description leaves it out.
 */
class ExportDescriptionTest {

    private static final String PREFIXES = """
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX pkg: <https://w3id.org/paperkg/vocab#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            """;
    /** Every number of the VoID, as "subject property" → value. */
    private static final String VOID_COUNTS = PREFIXES + """
            SELECT ?what ?n {
              { <https://w3id.org/paperkg/dataset> ?p ?n . FILTER (?p IN (void:triples, pkg:papers, pkg:authors, pkg:mentions, pkg:sourceGraphs))
                BIND (STR(?p) AS ?what) }
              UNION
              { ?l a void:Linkset ; pkg:scheme ?s ; ?p ?n . FILTER (?p IN (void:triples, pkg:distinctConcepts)) BIND (CONCAT(?s, " ", STR(?p)) AS ?what) }
            }""";

    @TempDir
    static Path tmp;
    private static List<Path> cards;

    @BeforeAll
    static void cards() {
        cards = TestCards.all(tmp.resolve("generated"));
    }

    @Test
    void theExportedVoidCountsEqualThoseOfTheDataInAStore() throws Exception {
        DatasetGraph exported = export("all.nq", Lang.NQUADS);
        Map<String, String> inFile = counts(DescriptionGraphs.descriptionOnly(exported));
        Map<String, String> inStore = storeDescription(DescriptionGraphs.withoutDescription(exported));
        assertTrue(inStore.size() > 8 && inStore.containsKey("MONDO http://rdfs.org/ns/void#triples"), inStore.toString());
        assertEquals(inStore, inFile);
        assertFalse(inFile.get("http://rdfs.org/ns/void#triples").equals("0"));
    }

    @Test
    void theExportRunAndEachGraphsInputFileAreRecorded() throws Exception {
        DatasetGraph exported = export("run.nq", Lang.NQUADS);
        DatasetGraph data = DescriptionGraphs.withoutDescription(exported);
        List<String> graphs = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));

        Map<String, String> pathByGraph = new TreeMap<>();
        Map<String, String> shaByPath = new TreeMap<>();
        QueryExec.dataset(exported).query(PREFIXES + """
                SELECT ?g ?path ?sha { GRAPH <https://w3id.org/paperkg/graph/provenance> { ?g prov:wasGeneratedBy ?run ; prov:wasDerivedFrom ?file }
                  GRAPH ?rg { ?run a pkg:ExportRun ; prov:used ?file . ?file pkg:path ?path ; spdx:checksum/spdx:checksumValue ?sha } }""")
                .select().forEachRemaining(b -> {
                    pathByGraph.put(b.get("g").getURI(), b.get("path").getLiteralLexicalForm());
                    shaByPath.put(b.get("path").getLiteralLexicalForm(), b.get("sha").getLiteralLexicalForm());
                });
        assertEquals(new java.util.TreeSet<>(graphs), pathByGraph.keySet(), "every paper graph has its origin");
        for (var e : shaByPath.entrySet()) assertEquals(sha256(Path.of(e.getKey())), e.getValue(), e.getKey());

        var activity = QueryExec.dataset(exported).query(PREFIXES + """
                SELECT ?files ?graphs ?triples { GRAPH ?rg { ?run a pkg:ExportRun, prov:Activity ; pkg:files ?files ; pkg:graphs ?graphs ; pkg:triples ?triples } }""")
                .select().next();
        assertEquals(cards.size(), Integer.parseInt(activity.get("files").getLiteralLexicalForm()));
        assertEquals(graphs.size(), Integer.parseInt(activity.get("graphs").getLiteralLexicalForm()));
        long dataLines = Files.readAllLines(tmp.resolve("run.nq")).stream().filter(l -> !l.contains("/graph/void>")
                && !l.contains("/graph/provenance>") && !l.contains("/graph/run/")).count();
        assertEquals(dataLines, Long.parseLong(activity.get("triples").getLiteralLexicalForm()),
                "the run's triples are the statements written (a paper read twice is written twice)");
    }

    @Test
    void aTripleFormatHasItsDescriptionBesideItWithTheSameCounts() throws Exception {
        DatasetGraph quads = export("for-ttl.nq", Lang.NQUADS);
        DatasetGraph triples = export("papers.ttl.gz", Lang.TURTLE);
        assertTrue(triples.getDefaultGraph().find().toList().stream()
                .noneMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith("https://w3id.org/paperkg/dataset")),
                "the data file holds only the data");
        DatasetGraph beside = StrictRiot.parse(tmp.resolve("papers.void.ttl"), Lang.TURTLE);
        assertEquals(counts(DescriptionGraphs.descriptionOnly(quads)), counts(beside));
    }

    @Test
    void withoutTheDescriptionOnlyTheDataIsWritten() throws Exception {
        Path out = tmp.resolve("bare.nq");
        List<String> args = new ArrayList<>(List.of("export", "-q", "--no-description", "-o", out.toString()));
        cards.forEach(c -> args.add(c.toString()));
        assertEquals(0, PaperkgCommand.execute(args.toArray(String[]::new)));
        DatasetGraph parsed = StrictRiot.parse(out, Lang.NQUADS);
        assertTrue(DescriptionGraphs.descriptionOnly(parsed).isEmpty());
        GraphAssert.assertIsomorphic(DescriptionGraphs.withoutDescription(export("with.nq", Lang.NQUADS)), parsed);
    }

    private static DatasetGraph export(String name, Lang lang) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "-q", "-o", out.toString()));
        cards.forEach(c -> args.add(c.toString()));
        assertEquals(0, PaperkgCommand.execute(args.toArray(String[]::new)), "export exit code");
        return StrictRiot.parse(out, lang);
    }

    /** The VoID counts the store computes over {@code data}. */
    private static Map<String, String> storeDescription(DatasetGraph data) {
        DatasetGraph store = KgStore.inMemory();
        try {
            Txn.executeWrite(store, () -> {
                data.find().forEachRemaining(store::add);
                new DatasetDescription(PaperIris.DEFAULT_BASE, defaults()).refresh(store, Instant.now());
            });
            return Txn.calculateRead(store, () -> counts(store));
        } finally {
            KgStore.release(store);
        }
    }

    private static PrefixTable defaults() {
        return PrefixTable.defaults();
    }

    /** The VoID numbers in {@code dsg}, whichever graphs hold them. */
    private static Map<String, String> counts(DatasetGraph dsg) {
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        Map<String, String> m = new TreeMap<>();
        QueryExec.graph(all).query(VOID_COUNTS)
                .select().forEachRemaining(b -> m.put(b.get("what").getLiteralLexicalForm(), b.get("n").getLiteralLexicalForm()));
        return m;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
