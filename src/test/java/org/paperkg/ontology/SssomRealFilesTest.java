package org.paperkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.problem.Problem;
import org.paperkg.source.TextLines;

/**
 * The SSSOM reader on MONDO's real 2023-08-01 mapping files (src/test/resources/data/mondo, see
 * SOURCES.md there): every data row becomes one mapping triple with the row's own predicate, every
 * subject and object gets the canonical IRI the mentions use (the files' curie_map says
 * identifiers.org for MESH), and a known mapping is there. Row counts come from the file's lines
 * alone, without the reader. The few rows whose MeSH id is malformed in the release (a digit too
 * many or too few, no D/C letter: not a MeSH unique identifier, D or C and 6 or 9 digits) are found
 * here by that rule and must be the rows the reader skips as BAD_ID, with no IRI made up for them.
 */
class SssomRealFilesTest {

    private static final String DIR = "/data/mondo/";
    private static final Node EXACT_MATCH = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch");
    private static final Node HAS_DB_XREF = NodeFactory.createURI("http://www.geneontology.org/formats/oboInOwl#hasDbXref");
    private static final String MONDO = "http://purl.obolibrary.org/obo/MONDO_";

    /** What the reader wrote: mapping triples (in order) and label triples. */
    private record Read(SssomReader.Counts counts, List<Triple> mappings, long labels, List<Problem> problems) {}

    private static Read read(String file) throws IOException {
        List<Triple> mappings = new ArrayList<>();
        long[] labels = {0};
        List<Problem> problems = new ArrayList<>();
        Path path = MemoryKg.resource(DIR + file);
        try (TextLines lines = TextLines.open(path, file, problems::add)) {
            SssomReader.Counts counts = new SssomReader(PrefixTable.defaults()).read(lines, file, new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    if (t.getPredicate().equals(RDFS.label.asNode())) labels[0]++;
                    else mappings.add(t);
                }
            }, problems::add);
            return new Read(counts, mappings, labels[0], problems);
        }
    }

    /** The data rows of an SSSOM file, counted from its text: not '#' metadata, not blank, not the column line. */
    private static List<String[]> dataRows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean columns = true;
        try (InputStream raw = Files.newInputStream(MemoryKg.resource(DIR + file));
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (columns) {
                    columns = false;
                    assertTrue(line.startsWith("subject_id\t"), line);
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** A well-formed object id: MeSH unique identifiers are D or C and 6 or 9 digits; OMIM numbers 6 digits. */
    private static final Pattern WELL_FORMED = Pattern.compile("(MESH:[DC](\\d{6}|\\d{9})|OMIM:\\d{6})");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "mondo_exactmatch_mesh.sssom.tsv.gz, 8166, 2, skos:exactMatch,    http://id.nlm.nih.gov/mesh/",
            "mondo_exactmatch_omim.sssom.tsv.gz, 9557, 0, skos:exactMatch,    https://omim.org/entry/",
            "mondo_hasdbxref_mesh.sssom.tsv.gz,  8353, 3, oboInOwl:hasDbXref, http://id.nlm.nih.gov/mesh/"})
    void everyRowIsOneMappingWithItsPredicateAndCanonicalIris(String file, int rows, int malformed, String predicate,
                                                             String objectNamespace) throws IOException {
        List<String[]> lines = dataRows(file);
        assertEquals(rows, lines.size(), "data rows of " + file + " (shared SOURCES.md: lines minus '#' lines, the column line and a final blank line)");
        List<String[]> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String[] row : lines) {
            assertEquals(predicate, row[2], "the file has one predicate");
            assertTrue(row[0].matches("MONDO:\\d{7}"), row[0]);
            if (WELL_FORMED.matcher(row[3]).matches()) good.add(row);
            else bad.add(row[3]);
        }
        assertEquals(malformed, bad.size(), "malformed object ids: " + bad);

        Read read = read(file);
        assertEquals(new SssomReader.Counts(rows, rows - malformed, malformed), read.counts(), "rows read, mapped, skipped");
        assertEquals(malformed, read.problems().size(), "one problem per malformed row: " + read.problems());
        for (int i = 0; i < malformed; i++) {
            Problem problem = read.problems().get(i);
            assertEquals("BAD_ID", problem.code());
            assertTrue(problem.message().contains("'" + bad.get(i) + "'"), problem + " names " + bad.get(i));
        }
        assertEquals(rows - malformed, read.mappings().size(), "one mapping triple per well-formed row");
        Node p = predicate.equals("skos:exactMatch") ? EXACT_MATCH : HAS_DB_XREF;
        for (int i = 0; i < good.size(); i++) {
            Triple t = read.mappings().get(i);
            String[] row = good.get(i);
            assertEquals(p, t.getPredicate());
            assertEquals(MONDO + row[0].substring("MONDO:".length()), t.getSubject().getURI(), "subject of row " + (i + 1));
            assertEquals(objectNamespace + row[3].substring(row[3].indexOf(':') + 1), t.getObject().getURI(), "object of row " + (i + 1));
        }
        Set<Triple> distinct = new HashSet<>(read.mappings());
        assertEquals(rows - malformed, distinct.size(), "no row repeats another");
        assertTrue(read.labels() >= rows - malformed, "each row's subject_label (and object_label where given) is kept");
    }

    @Test
    void theKnownMappingIsThereWithItsPredicateAsCanonicalIris() throws IOException {
        Node osteomyelitis = NodeFactory.createURI("http://purl.obolibrary.org/obo/MONDO_0005246");
        Node meshOsteomyelitis = NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D010019");
        Triple exact = Triple.create(osteomyelitis, EXACT_MATCH, meshOsteomyelitis);
        Triple xref = Triple.create(osteomyelitis, HAS_DB_XREF, meshOsteomyelitis);
        assertTrue(read("mondo_exactmatch_mesh.sssom.tsv.gz").mappings().contains(exact));
        assertTrue(read("mondo_hasdbxref_mesh.sssom.tsv.gz").mappings().contains(xref));
        assertTrue(read("mondo_exactmatch_omim.sssom.tsv.gz").mappings().contains(Triple.create(
                NodeFactory.createURI("http://purl.obolibrary.org/obo/MONDO_0005298"), EXACT_MATCH,
                NodeFactory.createURI("https://omim.org/entry/166710"))), "osteoporosis ↔ OMIM:166710");

        // Through the loader, as ingest --ontology loads it: a named graph of its own, with the same triple.
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Problem> problems = new ArrayList<>();
        Txn.executeWrite(dsg, () -> {
            try {
                new OntologyLoader(PrefixTable.defaults(), PaperIris.DEFAULT_BASE, problems::add, null)
                        .load(dsg, List.of(MemoryKg.resource(DIR + "mondo_exactmatch_mesh.sssom.tsv.gz")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(List.of("BAD_ID", "BAD_ID"), problems.stream().map(Problem::code).toList());
        Node graph = NodeFactory.createURI(PaperIris.DEFAULT_BASE + "graph/ontology/mondo_exactmatch_mesh");
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.getGraph(graph).contains(exact), "in <" + graph.getURI() + ">");
            assertEquals(8166 - 2, dsg.getGraph(graph).find(Node.ANY, EXACT_MATCH, Node.ANY).toList().size());
            assertTrue(dsg.getGraph(graph).find(Node.ANY, Node.ANY, Node.ANY).filterKeep(t -> t.getObject().isURI()
                    && t.getObject().getURI().startsWith("http://identifiers.org/")).toList().isEmpty(), "no identifiers.org IRI left");
        });
    }
}
