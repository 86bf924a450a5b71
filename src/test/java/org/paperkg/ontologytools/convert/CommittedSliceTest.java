package org.paperkg.ontologytools.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;

/**
 * The slice committed in ontologies/ (built by scripts/build-ontology-slice): labels, a complete
 * hierarchy closure, the osteomyelitis example in both schemes, and the SSSOM slice.
 */
class CommittedSliceTest {

    private static final Path DIR = Path.of("ontologies");
    private static final String OBO = "http://purl.obolibrary.org/obo/";
    private static final String MESH = "http://id.nlm.nih.gov/mesh/";
    /**
     * The non-obsolete MONDO classes without a MONDO parent in the 2023-08-01 edges report: disease,
     * disease characteristic, disease susceptibility (their parents are BFO/PATO) and injury (no
     * asserted parent at all).
     */
    private static final Set<String> MONDO_ROOTS = Set.of("MONDO_0000001", "MONDO_0021125", "MONDO_0042489", "MONDO_0021178");
    /**
     * Ids used in the corpora that the shared sources do not describe: disease SCRs missing from the
     * DisMaNET SCR table, a descriptor newer than the 2017 tree, OMIM entries without a DisMaNET name.
     * (Printed as NOT_IN_SOURCE by the build; listed in ontologies/SOURCES.md.)
     */
    private static final Set<String> KNOWN_GAPS = Set.of("MESH:C531603", "MESH:C531610", "MESH:C531652", "MESH:C537666",
            "MESH:C538138", "MESH:C538219", "MESH:C538392", "MESH:C538554", "OMIM:102600", "OMIM:103600", "OMIM:164160", "OMIM:600698");

    private static Graph mondo;
    private static Graph mesh;

    @BeforeAll
    static void load() {
        mondo = RDFDataMgr.loadGraph(DIR.resolve("mondo-slice.ttl.gz").toString());
        mesh = RDFDataMgr.loadGraph(DIR.resolve("mesh-slice.ttl.gz").toString());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Set<Node> subjects(Graph g, Node p, Node o) {
        return new HashSet<>(g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList());
    }

    private static Set<Node> ancestors(Graph g, Node start, Node p) {
        Set<Node> seen = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(start));
        while (!todo.isEmpty())
            for (Node parent : objects(g, todo.remove(todo.size() - 1), p))
                if (seen.add(parent)) todo.add(parent);
        return seen;
    }

    @Test
    void everyMondoClassHasOneLabel() {
        Set<Node> classes = subjects(mondo, OntologyVocab.TYPE, OntologyVocab.OWL_CLASS);
        assertTrue(classes.size() > 1000, "slice has " + classes.size() + " classes");
        List<String> unlabelled = new ArrayList<>();
        for (Node c : classes) {
            List<Node> labels = objects(mondo, c, OntologyVocab.LABEL);
            if (labels.size() != 1 || !labels.get(0).getLiteralLanguage().isEmpty()) unlabelled.add(c.getURI() + " " + labels);
        }
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void hierarchyClosureIsComplete() {
        Set<Node> classes = subjects(mondo, OntologyVocab.TYPE, OntologyVocab.OWL_CLASS);
        Set<Node> deprecated = subjects(mondo, OntologyVocab.DEPRECATED, Node.ANY);
        List<String> orphans = new ArrayList<>();
        for (Node c : classes) {
            if (deprecated.contains(c) || MONDO_ROOTS.contains(c.getURI().substring(OBO.length()))) continue;
            if (objects(mondo, c, OntologyVocab.SUBCLASS_OF).isEmpty()) orphans.add(c.getURI());
        }
        assertEquals(List.of(), orphans, "non-root classes without a parent in the slice");
        List<String> dangling = new ArrayList<>();
        mondo.find(Node.ANY, OntologyVocab.SUBCLASS_OF, Node.ANY).forEach(t -> {
            if (!classes.contains(t.getObject())) dangling.add(t.toString());
        });
        assertEquals(List.of(), dangling, "subClassOf targets outside the slice");
        mondo.find(Node.ANY, OntologyVocab.REPLACED_BY, Node.ANY).forEach(t -> {
            if (t.getObject().getURI().startsWith(OBO + "MONDO_"))
                assertTrue(classes.contains(t.getObject()), "replacement in the slice: " + t);
        });
    }

    @Test
    void osteomyelitisAndAllItsAncestorsUpToDiseaseArePresent() {
        Node osteomyelitis = uri(OBO + "MONDO_0005246");
        assertEquals(List.of("osteomyelitis"), objects(mondo, osteomyelitis, OntologyVocab.LABEL).stream().map(Node::getLiteralLexicalForm).toList());
        Set<String> ancestors = new TreeSet<>();
        for (Node a : ancestors(mondo, osteomyelitis, OntologyVocab.SUBCLASS_OF)) ancestors.add(a.getURI().substring(OBO.length()));
        // the 9 ancestors of MONDO:0005246 in MONDO 2023-08-01 (edges.tsv)
        assertEquals(new TreeSet<>(List.of("MONDO_0000001", "MONDO_0002081", "MONDO_0002614", "MONDO_0003225", "MONDO_0005046",
                "MONDO_0005172", "MONDO_0005381", "MONDO_0005570", "MONDO_0700096")), ancestors);
    }

    @Test
    void osteomyelitisInMeshHasItsTreeNumbersAndBroaderDescriptorsUpToTheDiseaseTrees() {
        Node d010019 = uri(MESH + "D010019");
        assertEquals(Set.of(uri(MESH + "C01.539.160.495"), uri(MESH + "C05.116.165.495")),
                new HashSet<>(objects(mesh, d010019, OntologyVocab.TREE_NUMBER)));
        Set<Node> broader = ancestors(mesh, d010019, OntologyVocab.BROADER_DESCRIPTOR);
        // 2017 MeSH: Bone Diseases, Infectious; Infection; Bacterial Infections and Mycoses (C01); Bone Diseases; Musculoskeletal Diseases (C05)
        assertEquals(Set.of(uri(MESH + "D001850"), uri(MESH + "D007239"), uri(MESH + "D001423"), uri(MESH + "D001847"), uri(MESH + "D009140")), broader);
        Set<String> tops = new TreeSet<>();
        for (Node d : broader)
            for (Node tn : objects(mesh, d, OntologyVocab.TREE_NUMBER))
                if (objects(mesh, tn, OntologyVocab.PARENT_TREE_NUMBER).isEmpty()) tops.add(tn.getURI().substring(MESH.length()));
        assertEquals(Set.of("C01", "C05"), tops);
    }

    @Test
    void meshTreeNumbersAndDescriptorsAreClosedAndLabelled() {
        Set<Node> treeNumbers = subjects(mesh, OntologyVocab.TYPE, OntologyVocab.TREE_NUMBER_CLASS);
        Set<Node> descriptors = subjects(mesh, OntologyVocab.TYPE, OntologyVocab.TOPICAL_DESCRIPTOR);
        Set<Node> described = new HashSet<>(mesh.find(Node.ANY, OntologyVocab.TREE_NUMBER, Node.ANY).mapWith(Triple::getObject).toList());
        List<String> bad = new ArrayList<>();
        for (Node tn : treeNumbers) {
            for (Node p : objects(mesh, tn, OntologyVocab.PARENT_TREE_NUMBER))
                if (!treeNumbers.contains(p) || !described.contains(p)) bad.add("parent of " + tn + " missing: " + p);
            if (objects(mesh, tn, OntologyVocab.LABEL).size() != 1) bad.add("label of " + tn);
        }
        for (Node d : descriptors) {
            List<Node> labels = objects(mesh, d, OntologyVocab.LABEL);
            if (labels.size() != 1 || !labels.get(0).getLiteralLanguage().equals("en")) bad.add("label of " + d + " " + labels);
            for (Node b : objects(mesh, d, OntologyVocab.BROADER_DESCRIPTOR))
                if (!descriptors.contains(b)) bad.add("broader of " + d + " missing: " + b);
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyIdUsedInTheCorporaAndCardsIsInTheSliceExceptTheKnownGaps() throws IOException {
        PrefixTable table = PrefixTable.defaults();
        Set<Node> described = new HashSet<>();
        for (Graph g : List.of(mondo, mesh))
            g.find(Node.ANY, OntologyVocab.LABEL, Node.ANY).forEach(t -> described.add(t.getSubject()));
        Set<String> missing = new TreeSet<>();
        int used = 0;
        for (String line : Files.readAllLines(DIR.resolve("slice-ids.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            used++;
            String iri = ((ConceptRef.Resolved) table.resolve(line.strip())).iri();
            if (!described.contains(uri(iri))) missing.add(line.strip());
        }
        assertTrue(used > 1300, used + " ids");
        assertEquals(KNOWN_GAPS, missing);
    }

    @Test
    void sssomSliceKeepsTheHeaderAndTheOsteomyelitisMapping() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("mondo-exactmatch-mesh-slice.sssom.tsv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("# curie_map:"), lines.get(0));
        assertTrue(lines.contains("subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification"));
        assertTrue(lines.contains("MONDO:0005246\tosteomyelitis\tskos:exactMatch\tMESH:D010019\tsemapv:ManualMappingCuration"));
        Set<Node> classes = subjects(mondo, OntologyVocab.TYPE, OntologyVocab.OWL_CLASS);
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("subject_id")) continue;
            String subject = line.split("\t")[0];
            assertTrue(classes.contains(uri(OBO + subject.replace(':', '_'))), "mapping subject in the MONDO slice: " + line);
        }
    }

    @Test
    void theSliceIsSmall() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.list(DIR)) {
            bytes = files.filter(p -> p.getFileName().toString().contains("slice")).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes < 4L << 20, "slice files take " + bytes + " bytes");
        assertFalse(mesh.isEmpty());
    }
}
