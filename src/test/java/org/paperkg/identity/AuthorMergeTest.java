package org.paperkg.identity;

import org.paperkg.testing.Ingests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.reading.RunSummary;
import org.paperkg.problem.Problem;
import org.paperkg.source.Readers;
import org.paperkg.stats.StatisticsRecount;
import org.paperkg.store.KgStore;
import org.paperkg.testing.TestFiles;
import org.paperkg.vocab.Terms;

/**
 * A paper read from its card and its PubMed record has one author list, whatever door or order:
 * PubMed's (it has the name parts and ORCIDs), with each card author matched by position and name,
 * and a card-only paper's author who has an ORCID in the PubMed record is that ORCID person.
 */
class AuthorMergeTest {

    static final String PAPER = "https://w3id.org/paperkg/paper/pmc/PMC6022861";
    static final String FENSTER = "https://orcid.org/0000-0003-3525-2788";
    static final String CAPALDI = "https://orcid.org/0000-0002-4590-7461";

    @TempDir
    Path tmp;

    private final List<Problem> problems = new ArrayList<>();

    private MappingRun run() {
        return new MappingRun(Readers.all(PrefixTable.defaults(), null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                problems::add, Progress.none());
    }

    private DatasetGraph export(List<Path> inputs) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        sink.start();
        RunSummary summary = run().run(inputs, sink);
        sink.finish();
        assertEquals(1, summary.mergedPapers(), "the card and the PubMed record are one paper");
        return dsg;
    }

    @Test
    void anExportGivesTheMergedPaperOneAuthorList() throws IOException {
        DatasetGraph dsg = export(List.of(AuthorMergeTestFiles.cards(tmp), AuthorMergeTestFiles.pubmed()));
        Node paper = NodeFactory.createURI(PAPER);
        Set<Node> creators = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        dsg.find(Node.ANY, paper, Terms.DCT_CREATOR, Node.ANY).forEachRemaining(q -> creators.add(q.getObject()));
        assertEquals(9, creators.size(), "PubMed's eight people and its group author: " + creators);
        assertTrue(creators.contains(NodeFactory.createURI(FENSTER)) && creators.contains(NodeFactory.createURI(CAPALDI)));
        assertEquals(9, dsg.stream(Node.ANY, paper, Terms.PRO_IS_DOCUMENT_CONTEXT_FOR, Node.ANY).count(), "one role per position");
        Node cardGraph = NodeFactory.createURI("https://w3id.org/paperkg/graph/card/pmc/PMC6022861");
        assertTrue(dsg.containsGraph(cardGraph), "the card's graph is written under the final IRI");
        assertFalse(dsg.find(cardGraph, paper, Terms.DCT_CREATOR, Node.ANY).hasNext(), "the card's author list is not written again");
        assertFalse(dsg.find(Node.ANY, NodeFactory.createURI("https://w3id.org/paperkg/paper/pmid/29963580"), Node.ANY, Node.ANY).hasNext(),
                "no paper under the card's own IRI");
        Node other = NodeFactory.createURI("https://w3id.org/paperkg/paper/doi/10.1000%2Fanother");
        Set<Node> otherCreators = new java.util.HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Terms.DCT_CREATOR, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(paper)) otherCreators.add(q.getObject());
        });
        assertTrue(otherCreators.contains(NodeFactory.createURI(FENSTER)),
                "the card-only paper's Aaron Fenster is the ORCID person: " + otherCreators + " of " + other);
        assertFalse(otherCreators.contains(NodeFactory.createURI("https://w3id.org/paperkg/person/aaron-fenster")));
        assertEquals(List.of(), problems.stream().filter(p -> p.code().equals("LATE_MERGE")).toList());
    }

    @Test
    void theOrderOfTheInputsDoesNotChangeTheGraph() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("a"));
        Set<String> cardFirst = quads(export(List.of(AuthorMergeTestFiles.cards(dir), AuthorMergeTestFiles.pubmed())));
        Set<String> pubmedFirst = quads(export(List.of(AuthorMergeTestFiles.pubmed(), AuthorMergeTestFiles.cards(dir))));
        assertSame(cardFirst, pubmedFirst, "PubMed read first");
    }

    @Test
    void aStoreKeepsOneAuthorListWhateverRunBringsEachSource() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("b"));
        Path card = AuthorMergeTestFiles.cards(dir);
        Set<String> oneRun = ingest(List.of(List.of(card, AuthorMergeTestFiles.pubmed())));
        assertSame(oneRun, ingest(List.of(List.of(card), List.of(AuthorMergeTestFiles.pubmed()))), "card first, PubMed in a later run");
        assertSame(oneRun, ingest(List.of(List.of(AuthorMergeTestFiles.pubmed()), List.of(card))), "PubMed first, the card in a later run");
    }

    /** Ingests each batch as one run into a new store; the store's quads (the run provenance left out), checked against a recount. */
    private Set<String> ingest(List<List<Path>> runs) throws IOException {
        DatasetGraph dsg = KgStore.inMemory();
        try {
            for (List<Path> batch : runs) Ingests.into(dsg, run(), batch);
            return Txn.calculateRead(dsg, () -> {
                assertEquals(quadStrings(StatisticsRecount.expected(dsg, PaperIris.DEFAULT_BASE)),
                        quadStrings(StatisticsRecount.stored(dsg, PaperIris.DEFAULT_BASE)), "statistics against a recount");
                return quads(dsg);
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    /** Equal sets, or a failure that lists the missing and the unexpected quads. */
    static void assertSame(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected), unexpected = new TreeSet<>(actual);
        missing.removeAll(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), what + ":\nmissing " + String.join("\n  ", missing)
                + "\nunexpected " + String.join("\n  ", unexpected));
    }

    private static Set<String> quadStrings(Iterable<?> quads) {
        Set<String> out = new TreeSet<>();
        for (Object q : quads) out.add(q.toString());
        return out;
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        for (var it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            out.add(q.toString());
        }
        return out;
    }
}
