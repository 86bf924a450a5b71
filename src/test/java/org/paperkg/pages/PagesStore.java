package org.paperkg.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.RunProvenance;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ingest.Ingest;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.ingest.MemoryTarget;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.ontology.BundledSlice;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.problem.Problem;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.Readers;
import org.paperkg.store.KgStore;

/**
 * The store the page tests render from, loaded as {@code serve PATH} loads one (paperkg's in-memory
 * store, with statistics, provenance and description): the example card, the fixture cards, the
 * PubMed records with citations, retractions and books, a PubMed record with ORCIDs, a JATS full
 * text, the bundled slice and the fixture
 * ontologies; plus a hostile card (a title and an author name that are markup) and a hostile
 * ontology label, and a statement whose object is a {@code javascript:} IRI.
 */
public final class PagesStore {

    public static final String BASE = PaperIris.DEFAULT_BASE;
    public static final String EXAMPLE_PAPER = BASE + "paper/pmc/PMC13027165";
    public static final String HOSTILE_PAPER = BASE + "paper/pmc/PMC99999991";
    public static final String HOSTILE_TITLE = "\"><img src=x onerror=alert(1)> Hostile </script><script>alert(2)</script> title";
    public static final String HOSTILE_AUTHOR = "Eve </script><script>alert(3)</script> Mallory";
    /** MeSH D007239 (infection, mentioned as "infected" by the example card) gets this label too; it sorts first. */
    public static final String HOSTILE_LABEL = "</script><script>alert(4)</script>";
    public static final String HOSTILE_CONCEPT = "http://id.nlm.nih.gov/mesh/D007239";
    /** A PubMed record whose authors have ORCIDs (Dante Capaldi: 0000-0002-4590-7461). */
    public static final String ORCID_PUBMED = "src/test/resources/data/pubmed/biopython/pubmed7.xml.gz";
    public static final String ORCID_PERSON = "https://orcid.org/0000-0002-4590-7461";
    /** A JATS full text: a paper with sections. */
    public static final String JATS = "src/test/resources/data/jats/1471-2180-11-174.nxml.gz";
    public static final String JAVASCRIPT_RESOURCE = BASE + "organization/test-university-press";

    private PagesStore() {}

    /** Into paperkg's in-memory store, as {@code serve PATH} loads. */
    public static DatasetGraph load(Path tmp) throws IOException {
        return load(tmp, false);
    }

    /** Into paperkg's in-memory store, or (tdb2) into an in-memory TDB2 dataset as {@code ingest --db} loads. */
    public static DatasetGraph load(Path tmp, boolean tdb2) throws IOException {
        Path cards = Files.createDirectories(tmp.resolve("cards"));
        String example = Files.readString(Path.of("src/test/resources/examples/example-card.md"), StandardCharsets.UTF_8);
        Files.copy(Path.of("src/test/resources/examples/example-card.md"), cards.resolve("example-card.md"));
        Files.writeString(cards.resolve("hostile-card.md"), example
                .replace("# Bone and Infections: An Osteoimmunological Interplay", "# " + HOSTILE_TITLE)
                .replace("**Authors:** Emanuela Galliera,", "**Authors:** " + HOSTILE_AUTHOR + ", Emanuela Galliera,")
                .replace("10.3390/ijms27062602", "10.9999/hostile.1")
                .replace("PMC13027165", "PMC99999991"), StandardCharsets.UTF_8);
        Path hostileLabel = tmp.resolve("hostile-label.ttl");
        Files.writeString(hostileLabel, "<" + HOSTILE_CONCEPT + "> <http://www.w3.org/2000/01/rdf-schema#label> \""
                + HOSTILE_LABEL.replace("\"", "\\\"") + "\" .\n", StandardCharsets.UTF_8);
        List<Path> ontologies = new ArrayList<>(BundledSlice.extract(Files.createDirectories(tmp.resolve("slice"))));
        ontologies.add(Path.of("src/test/resources/fixture-ontology/mondo-fixture.ttl"));
        ontologies.add(Path.of("src/test/resources/fixture-ontology/mesh-to-mondo.ttl"));
        ontologies.add(hostileLabel);
        List<Path> inputs = List.of(cards, Path.of("src/test/resources/fixture"),
                Path.of("src/test/resources/fixture-citations/retractions-and-books.xml"),
                Path.of(ORCID_PUBMED), Path.of(JATS));
        MemoryTarget memory = tdb2 ? null : IngestTarget.memory();
        DatasetGraph tdb = tdb2 ? KgStore.inMemory() : null;
        PrefixTable prefixes = PrefixTable.defaults();
        Ingest.create()
                .mapping(new MappingRun(Readers.all(prefixes, null), new PaperMapper(new PaperIris(BASE)), (Problem p) -> {}, Progress.none()))
                .inputs(inputs)
                .ontologies(new OntologyLoader(prefixes, BASE, (Problem p) -> {}, new PrintStream(new ByteArrayOutputStream())), ontologies)
                .provenance(RunProvenance.start(BASE, "ingest", "test", List.of("serve", "cards")))
                .target(tdb2 ? IngestTarget.store(tdb, true) : memory).build().run();
        DatasetGraph dsg = tdb2 ? tdb : memory.store();
        new DatasetDescription(BASE, prefixes).refreshAfterLoad(dsg, Instant.now());
        // a statement of one's own (as --allow-update keeps them) whose object is no web address
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("http://example.org/my-notes"), NodeFactory.createURI(JAVASCRIPT_RESOURCE),
                NodeFactory.createURI("http://xmlns.com/foaf/0.1/homepage"), NodeFactory.createURI("javascript:alert(5)")));
        return dsg;
    }
}
