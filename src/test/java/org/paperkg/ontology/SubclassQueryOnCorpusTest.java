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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Papers about any kind of X" over a real corpus: the BioCreative V CDR training set (500 PubMed
 * abstracts, MeSH ids only) loaded with the bundled MONDO/MeSH/OMIM slice, asked through the
 * library query papers-by-disease-class. The expected papers are computed here without RDF or
 * SPARQL, from the release's own TSV files: the MONDO → MONDO rdfs:subClassOf rows of
 * edges.tsv.gz, the MESH rows of the exactMatch and hasDbXref SSSOM files (the mappings the query
 * follows) and the mention lines of the PubTator file. Equality checks the query, the loader's IRI
 * normalisation and that the slice keeps every ancestor and mapping of the corpus's ids.
 */
class SubclassQueryOnCorpusTest {

    private static final String CORPUS = "/data/pubtator/CDR_TrainingSet.PubTator.txt.gz";
    private static final String PAPER = "https://w3id.org/paperkg/paper/pmid/";
    private static final String MONDO = "http://purl.obolibrary.org/obo/MONDO_";
    private static final String MESH = "http://id.nlm.nih.gov/mesh/";

    @TempDir
    static Path tmp;
    private static MemoryKg kg;
    /** MONDO class → its asserted MONDO parents. */
    private static final Map<String, Set<String>> parents = new HashMap<>();
    /** MeSH id (D…, C…) → the MONDO classes mapped to it (skos:exactMatch or oboInOwl:hasDbXref). */
    private static final Map<String, Set<String>> mondoOf = new HashMap<>();
    /** PMID → MeSH ids of its mentions. */
    private static final Map<String, Set<String>> meshOf = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        kg = new MemoryKg().load(List.of(MemoryKg.resource(CORPUS)), BundledSlice.extract(tmp.resolve("slice")));
        assertEquals(List.of(), kg.problems, "the corpus and the slice load without problems");

        for (String line : lines("/data/mondo/edges.tsv.gz")) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[1].equals("rdfs:subClassOf") && f[0].startsWith("MONDO:") && f[2].startsWith("MONDO:"))
                parents.computeIfAbsent(f[0].substring(6), k -> new HashSet<>()).add(f[2].substring(6));
        }
        for (String file : List.of("/data/mondo/mondo_exactmatch_mesh.sssom.tsv.gz", "/data/mondo/mondo_hasdbxref_mesh.sssom.tsv.gz")) {
            boolean header = true;
            for (String line : lines(file)) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                assertTrue(f[0].startsWith("MONDO:") && f[3].toUpperCase().startsWith("MESH:"), line);
                mondoOf.computeIfAbsent(f[3].substring(5), k -> new HashSet<>()).add(f[0].substring(6));
            }
        }
        for (String line : lines(CORPUS)) {
            String[] f = line.split("\t");
            if (f.length < 6) continue;
            for (String id : f[5].split("[|+]")) {
                String mesh = id.strip();
                if (!mesh.equals("-1")) meshOf.computeIfAbsent(f[0], k -> new HashSet<>()).add(mesh);
            }
        }
        assertEquals(500, meshOf.size(), "every CDR abstract has mentions");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "0005071, nervous system disorder",
            "0005267, heart disorder",
            "0002081, musculoskeletal system disorder",
            "0000001, disease"})
    void thePapersAboutAnySubclassAreThoseTheTsvFilesGive(String mondoId, String label) throws IOException {
        // Expected, from the TSV files: (PMID, MeSH id) pairs whose MeSH id maps to the class or a descendant.
        Set<String> expectedPairs = new TreeSet<>();
        Set<String> direct = new TreeSet<>();
        meshOf.forEach((pmid, ids) -> {
            for (String mesh : ids)
                for (String m : mondoOf.getOrDefault(mesh, Set.of())) {
                    if (ancestorsOrSelf(m).contains(mondoId)) expectedPairs.add(pmid + " " + mesh);
                    if (m.equals(mondoId)) direct.add(pmid);
                }
        });
        Set<String> expectedPapers = new TreeSet<>();
        expectedPairs.forEach(p -> expectedPapers.add(p.substring(0, p.indexOf(' '))));

        List<Binding> rows = kg.select("papers-by-disease-class", "class=MONDO:" + mondoId);
        Set<String> actualPairs = new TreeSet<>();
        Set<String> actualPapers = new TreeSet<>();
        for (Binding b : rows) {
            String paper = b.get(Var.alloc("paper")).getURI();
            String concept = b.get(Var.alloc("concept")).getURI();
            assertTrue(paper.startsWith(PAPER) && concept.startsWith(MESH), paper + " " + concept);
            assertTrue(b.get(Var.alloc("mondo")).getURI().startsWith(MONDO));
            actualPapers.add(paper.substring(PAPER.length()));
            actualPairs.add(paper.substring(PAPER.length()) + " " + concept.substring(MESH.length()));
        }
        assertEquals(expectedPapers, actualPapers, "papers about any kind of " + label);
        assertEquals(expectedPairs, actualPairs, "paper–concept pairs for " + label);
        assertTrue(expectedPapers.size() > direct.size(), "the hierarchy adds papers: " + expectedPapers.size() + " vs " + direct.size()
                + " through " + label + " itself");
    }

    private static Set<String> ancestorsOrSelf(String mondo) {
        Set<String> seen = new HashSet<>(Set.of(mondo));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty())
            for (String p : parents.getOrDefault(todo.pop(), Set.of()))
                if (seen.add(p)) todo.push(p);
        return seen;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream raw = Files.newInputStream(MemoryKg.resource(resource));
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
