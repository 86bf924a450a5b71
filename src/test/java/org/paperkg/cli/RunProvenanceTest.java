package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;
import org.paperkg.testutil.Cards;

/**
 * Every ingest records its run (prov:Activity, inputs with size and SHA-256, counts) and links each
 * paper graph to the run and file that made it, on the bulk path (empty database) and the
 * transactional one, across re-ingests and merges.
 */
class RunProvenanceTest {

    private static final String PAPER = "https://w3id.org/paperkg/paper/pmc/PMC13027165";
    private static final String PREFIXES = """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX pkg: <https://w3id.org/paperkg/vocab#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            """;
    /** From a paper to each of its graphs, the run that wrote it and the file (path, size, checksum) it came from. */
    private static final String PAPER_TO_FILE = PREFIXES + """
            SELECT ?g ?run ?path ?bytes ?sha ?started {
              GRAPH ?g { ?g foaf:primaryTopic ?paper }
              GRAPH <https://w3id.org/paperkg/graph/provenance> { ?g prov:wasGeneratedBy ?run ; prov:wasDerivedFrom ?file }
              GRAPH ?runGraph { ?run a prov:Activity ; prov:used ?file ; prov:startedAtTime ?started .
                                ?file pkg:path ?path ; dcat:byteSize ?bytes ; spdx:checksum/spdx:checksumValue ?sha }
            } ORDER BY ?g""";

    private static final String PUBTATOR = """
            41000001|t|Bone and Infections: An Osteoimmunological Interplay
            41000001|a|Osteomyelitis follows bone infection.
            41000001\t53\t66\tOsteomyelitis\tDisease\tD010019
            """;
    private static final String PUBMED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>41000001</PMID><Article>
            <ArticleTitle>Bone and Infections: An Osteoimmunological Interplay.</ArticleTitle></Article></MedlineCitation>
            <PubmedData><ArticleIdList><ArticleId IdType="pubmed">41000001</ArticleId>
            <ArticleId IdType="pmc">PMC13027165</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>
            """;

    @TempDir
    Path tmp;

    @Test
    void aPaperLeadsToItsFileChecksumAndRunOnTheBulkAndTheTransactionalPath() throws Exception {
        Path db = tmp.resolve("db");
        Path card = gzip(tmp.resolve("card.md.gz"), Cards.example());
        Path pubtator = write("doc.pubtator", PUBTATOR.replace("41000001", "41000002"));
        ingest(db, card); // empty database: the bulk path
        ingest(db, pubtator); // the transactional path

        List<Map<String, String>> rows = select(db, PAPER_TO_FILE, PAPER);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(card.toString(), rows.get(0).get("path"));
        assertEquals(Long.toString(Files.size(card)), rows.get(0).get("bytes"), "the size of the file as stored (gzipped)");
        assertEquals(sha256(card), rows.get(0).get("sha"), "the SHA-256 of the file as stored, as sha256sum prints it");

        List<Map<String, String>> other = select(db, PAPER_TO_FILE, "https://w3id.org/paperkg/paper/pmid/41000002");
        assertEquals(1, other.size(), other.toString());
        assertEquals(pubtator.toString(), other.get(0).get("path"));
        assertEquals(sha256(pubtator), other.get(0).get("sha"));
        assertNotEquals(rows.get(0).get("run"), other.get(0).get("run"), "each ingest is a run of its own");
        assertEquals(2, select(db, PREFIXES + "SELECT ?run { ?run a pkg:IngestRun }", null).size());
    }

    @Test
    void reIngestingAFileMovesTheGraphsLinkToTheNewRunAndFile() throws Exception {
        Path db = tmp.resolve("db");
        Path first = write("first.md", Cards.example());
        ingest(db, first);
        Path second = write("second.md", Cards.example().replace("Bone and Infections", "Bone and infections"));
        ingest(db, second);

        List<Map<String, String>> rows = select(db, PAPER_TO_FILE, PAPER);
        assertEquals(1, rows.size(), "one link per graph, to the run that wrote it last: " + rows);
        assertEquals(second.toString(), rows.get(0).get("path"));
        assertEquals(sha256(second), rows.get(0).get("sha"));
        assertEquals(2, select(db, PREFIXES + "SELECT ?run { ?run a pkg:IngestRun }", null).size(),
                "the first run's record stays, as history");
    }

    @Test
    void aMergedPapersGraphsKeepTheirOriginsUnderTheirNewNames() throws Exception {
        Path db = tmp.resolve("db");
        Path pubtator = write("doc.pubtator", PUBTATOR);
        Path pubmed = write("record.xml", PUBMED);
        ingest(db, pubtator); // paper/pmid/41000001
        ingest(db, pubmed); // brings the PMCID: the PubTator graph is renamed to the pmc key

        List<Map<String, String>> rows = select(db, PAPER_TO_FILE, PAPER);
        Map<String, String> pathByGraph = new TreeMap<>();
        rows.forEach(r -> pathByGraph.put(r.get("g"), r.get("path")));
        assertEquals(Map.of("https://w3id.org/paperkg/graph/pubmed/pmc/PMC13027165", pubmed.toString(),
                "https://w3id.org/paperkg/graph/pubtator/pmc/PMC13027165", pubtator.toString()), pathByGraph);
        assertEquals(0, select(db, PREFIXES + "SELECT ?p { GRAPH <https://w3id.org/paperkg/graph/provenance> "
                + "{ <https://w3id.org/paperkg/graph/pubtator/pmid/41000001> ?p ?o } }", null).size(), "nothing left under the old name");
        assertEquals(List.of(), violations(runGraphs(db)), "the runs and the provenance graph conform to their shapes");
    }

    @Test
    void ontologyFilesAreInputsOfTheRunAndTheirGraphsLeadToThem() throws Exception {
        Path db = tmp.resolve("db");
        ingest(db, write("card.md", Cards.example()));
        Path mapping = write("mapping.sssom.tsv", "subject_id\tpredicate_id\tobject_id\tmapping_justification\n"
                + "MONDO:0005246\tskos:exactMatch\tMESH:D010019\tsemapv:ManualMappingCuration\n");
        Captured run = Captured.paperkg("ingest", "--db", db.toString(), "-q", "--ontology", mapping.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, String>> rows = select(db, PREFIXES + """
                SELECT ?path ?sha { GRAPH <https://w3id.org/paperkg/graph/provenance> { <https://w3id.org/paperkg/graph/ontology/mapping> prov:wasDerivedFrom ?file }
                  ?run prov:used ?file . ?file pkg:path ?path ; spdx:checksum/spdx:checksumValue ?sha }""", null);
        assertEquals(List.of(Map.of("path", mapping.toString(), "sha", sha256(mapping))), rows);
    }

    @Test
    void aMissingOntologyFileIsReportedAsSuch() {
        Captured run = Captured.paperkg("ingest", "--db", tmp.resolve("db").toString(), "-q", "--ontology", tmp.resolve("missing.ttl").toString());
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("missing.ttl") && !run.err().contains("TransactionException"),
                "the missing file is named, not a transaction left open: " + run.err());
    }

    @Test
    void theActivityCountsEqualTheRunSummary() throws Exception {
        Path db = tmp.resolve("db");
        Path dir = Files.createDirectories(tmp.resolve("in"));
        write("in/a.md", Cards.example()); // six authors: skipped with --max-record-items 3
        write("in/b.md", "# Small paper\n\n**Authors:** Ann Author, Bo Builder\n\nPMC · PMCID: PMC42\n\n"
                + "## Linked entities\n\n- **Diseases:** osteomyelitis (MONDO:0005246)\n");
        write("in/c.pubtator", PUBTATOR);
        Captured run = Captured.paperkg("ingest", "--db", db.toString(), "-q", "--max-record-items", "3", dir.toString());
        assertEquals(0, run.exitCode(), run.err());

        Matcher files = Pattern.compile("summary: files (\\d+), records read (\\d+), mapped (\\d+), skipped (\\d+) \\{TOO_LARGE=(\\d+)}").matcher(run.err());
        Matcher triples = Pattern.compile("summary: triples (\\d+) in (\\d+) graphs").matcher(run.err());
        assertTrue(files.find() && triples.find(), run.err());
        assertEquals("1", files.group(4), "the test needs one skipped record");

        Map<String, String> activity = select(db, PREFIXES + """
                SELECT ?files ?read ?mapped ?skipped ?tooLarge ?triples ?graphs ?command ?version ?start ?end {
                  ?run a pkg:IngestRun ; pkg:files ?files ; pkg:recordsRead ?read ; pkg:recordsMapped ?mapped ;
                       pkg:recordsSkipped ?skipped ; pkg:triples ?triples ; pkg:graphs ?graphs ; pkg:commandLine ?command ;
                       prov:startedAtTime ?start ; prov:endedAtTime ?end ; prov:wasAssociatedWith/<http://schema.org/softwareVersion> ?version ;
                       pkg:skipped [ pkg:reason "TOO_LARGE" ; pkg:count ?tooLarge ] }""", null).get(0);
        assertEquals(files.group(1), activity.get("files"));
        assertEquals(files.group(2), activity.get("read"));
        assertEquals(files.group(3), activity.get("mapped"));
        assertEquals(files.group(4), activity.get("skipped"));
        assertEquals(files.group(5), activity.get("tooLarge"));
        assertEquals(triples.group(1), activity.get("triples"));
        assertEquals(triples.group(2), activity.get("graphs"));
        assertEquals("2", activity.get("graphs"), "the card and the PubTator document");
        assertEquals("ingest --db " + db + " -q --max-record-items 3 " + dir, activity.get("command"));
        assertEquals(Version.current(), activity.get("version"));
        assertTrue(activity.get("start").compareTo(activity.get("end")) <= 0, activity.toString());
        assertEquals(3, select(db, PREFIXES + "SELECT ?f { ?run a pkg:IngestRun ; prov:used ?f . ?f spdx:checksum ?c }", null).size(),
                "every file read, the skipped record's too, is an input with a checksum");
        assertEquals(List.of(), violations(runGraphs(db)), "the run with its skip counts conforms to its shapes");
    }

    @Test
    void aFileTheReaderStopsReadingEarlyStillGetsTheChecksumOfTheWholeFile() throws Exception {
        Path db = tmp.resolve("db");
        // invalid UTF-8 in XML: the reader reports it and reads no further
        byte[] head = PUBMED.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 200_000];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length - 30] = (byte) 0xff;
        java.util.Arrays.fill(bytes, head.length, bytes.length, (byte) ' ');
        Path xml = tmp.resolve("broken.xml");
        Files.write(xml, bytes);
        Captured run = Captured.paperkg("ingest", "--db", tmp.resolve("db").toString(), "-q", xml.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.xml"), "the damage is reported: " + run.err());
        List<Map<String, String>> inputs = select(db, PREFIXES + "SELECT ?bytes ?sha { ?f pkg:path ?p ; dcat:byteSize ?bytes ; spdx:checksum/spdx:checksumValue ?sha }", null);
        assertEquals(List.of(Map.of("bytes", Long.toString(bytes.length), "sha", sha256(xml))), inputs);
    }

    @Test
    void theRunShapesCatchABrokenChecksumAndCountsThatDoNotBalance() throws Exception {
        Path db = tmp.resolve("db");
        ingest(db, write("card.md", Cards.example()));
        Graph runs = runGraphs(db);
        assertEquals(List.of(), violations(runs), "a real run conforms");
        var checksum = runs.find(Node.ANY, NodeFactory.createURI("http://spdx.org/rdf/terms#checksumValue"), Node.ANY).next();
        runs.delete(checksum);
        runs.add(checksum.getSubject(), checksum.getPredicate(), NodeFactory.createLiteralDT("ABC", org.apache.jena.datatypes.xsd.XSDDatatype.XSDhexBinary));
        var read = runs.find(Node.ANY, NodeFactory.createURI("https://w3id.org/paperkg/vocab#recordsRead"), Node.ANY).next();
        runs.delete(read);
        runs.add(read.getSubject(), read.getPredicate(), NodeFactory.createLiteralDT("5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        List<String> found = violations(runs);
        assertTrue(found.stream().anyMatch(m -> m.contains("64 lower-case hex digits")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.contains("records read must equal")), found.toString());
    }

    /** The union of the run graphs and graph/provenance of the database. */
    private static Graph runGraphs(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> {
                Graph g = GraphFactory.createDefaultGraph();
                dsg.find().forEachRemaining(q -> {
                    String name = q.getGraph().getURI();
                    if (name.startsWith("https://w3id.org/paperkg/graph/run/") || name.equals("https://w3id.org/paperkg/graph/provenance"))
                        g.add(q.asTriple());
                });
                return g;
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    /** The messages of the violations of ontologies/paperkg-run-shapes.ttl in {@code g}. */
    private static List<String> violations(Graph g) {
        Graph shapesGraph = RDFParser.source(RunProvenanceTest.class.getResourceAsStream("/ontologies/paperkg-run-shapes.ttl"))
                .lang(Lang.TURTLE).toGraph();
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), g);
        return report.getEntries().stream().map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
    }

    private static void ingest(Path db, Path... files) {
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "-q"));
        for (Path f : files) args.add(f.toString());
        Captured run = Captured.paperkg(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
    }

    private static List<Map<String, String>> select(Path db, String query, String paper) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> {
                var exec = QueryExec.dataset(dsg).query(query);
                if (paper != null) exec = exec.substitution("paper", NodeFactory.createURI(paper));
                List<Map<String, String>> rows = new ArrayList<>();
                exec.select().forEachRemaining(b -> {
                    Map<String, String> row = new TreeMap<>();
                    b.vars().forEachRemaining(v -> {
                        var n = b.get(v);
                        row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
                return rows;
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    private static Path gzip(Path file, String content) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
