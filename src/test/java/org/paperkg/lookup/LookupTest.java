package org.paperkg.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperkg.vocab.Terms;

/** What each kind of lookup gathers, and its two bounds, on a small hand-made store. */
class LookupTest {

    private static final String BASE = "https://w3id.org/paperkg/";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Node DOI_PAPER = iri("paper/doi/10.1000%2Fxyz");
    private static final Node DOI_GRAPH = iri("graph/pubmed/doi/10.1000%2Fxyz");
    private static final Node CITED = iri("paper/pmid/1");
    private static final Node PERSON = iri("person/राम");
    private static final Node STATS = iri("graph/stats");
    private static final Node JOURNAL = iri("journal/issn/1234-5678");

    private DatasetGraph dsg;
    private final Lookup lookup = new Lookup(BASE, 1000);

    @BeforeEach
    void store() {
        dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.add(DOI_GRAPH, DOI_GRAPH, Terms.FOAF_PRIMARY_TOPIC, DOI_PAPER);
            dsg.add(DOI_GRAPH, DOI_PAPER, Terms.DCT_TITLE, text("A paper known by its DOI"));
            dsg.add(DOI_GRAPH, DOI_PAPER, Terms.CITO_CITES, CITED);
            dsg.add(DOI_GRAPH, DOI_PAPER, Terms.DCT_CREATOR, PERSON);
            dsg.add(DOI_GRAPH, DOI_PAPER, Terms.DCT_IS_PART_OF, JOURNAL);
            Node role = iri("paper/doi/10.1000%2Fxyz#pubmed-author-1");
            dsg.add(DOI_GRAPH, DOI_PAPER, Terms.PRO_IS_DOCUMENT_CONTEXT_FOR, role);
            dsg.add(DOI_GRAPH, role, Terms.PRO_IS_HELD_BY, PERSON);
            dsg.add(DOI_GRAPH, role, Terms.PKG_AFFILIATION, text("Somewhere"));
            dsg.add(DOI_GRAPH, PERSON, Terms.FOAF_NAME, text("राम"));
            Node issue = NodeFactory.createBlankNode();
            dsg.add(DOI_GRAPH, JOURNAL, Terms.DCT_TITLE, text("Journal of Tests"));
            dsg.add(DOI_GRAPH, JOURNAL, iri("vocab-test#issue"), issue);
            dsg.add(DOI_GRAPH, issue, Terms.RDFS_LABEL, text("an issue, a blank node"));
            // the statistics' pair rows name the person as subject: bookkeeping, not the person's description
            dsg.add(STATS, PERSON, iri("stats/co-author-focus/abc"), NodeFactory.createLiteralByValue(3));
            dsg.add(STATS, iri("stats/co-author-focus/abc"), Terms.RDF_TYPE, iri("vocab-test#CoAuthorFocus"));
            for (int i = 0; i < 1001; i++)
                dsg.add(iri("graph/big"), iri("thing/" + i), Terms.RDFS_LABEL, text("thing " + i));
        });
    }

    @Test
    void aPaperKnownByItsDoiIsItsSourceGraph() {
        Description d = lookup.describe(dsg, DOI_PAPER.getURI(), ResourceKind.PAPER, TIMEOUT);
        assertTrue(d.quads().contains(DOI_GRAPH, DOI_PAPER, Terms.DCT_TITLE, text("A paper known by its DOI")));
        assertTrue(d.triples().contains(iri("paper/doi/10.1000%2Fxyz#pubmed-author-1"), Terms.PKG_AFFILIATION, text("Somewhere")));
        assertFalse(d.triples().contains(PERSON, iri("stats/co-author-focus/abc"), Node.ANY));
    }

    @Test
    void aCitedPaperWithoutARecordIsWhatCitesIt() {
        Description d = lookup.describe(dsg, CITED.getURI(), ResourceKind.PAPER, TIMEOUT);
        assertTrue(d.triples().contains(DOI_PAPER, Terms.CITO_CITES, CITED));
        assertTrue(d.triples().contains(DOI_PAPER, Terms.DCT_TITLE, text("A paper known by its DOI")), "the citing paper's title");
        assertEquals(2, d.triples().size());
    }

    @Test
    void aPersonIsTheirAuthorshipsWithoutTheStatisticsPairs() {
        Description d = lookup.describe(dsg, PERSON.getURI(), ResourceKind.PERSON, TIMEOUT);
        assertTrue(d.triples().contains(PERSON, Terms.FOAF_NAME, text("राम")));
        assertTrue(d.triples().contains(iri("paper/doi/10.1000%2Fxyz#pubmed-author-1"), Terms.PRO_IS_HELD_BY, PERSON));
        assertTrue(d.triples().contains(DOI_PAPER, Terms.PRO_IS_DOCUMENT_CONTEXT_FOR, iri("paper/doi/10.1000%2Fxyz#pubmed-author-1")));
        assertTrue(d.triples().contains(DOI_PAPER, Terms.DCT_TITLE, Node.ANY));
        assertFalse(d.triples().contains(PERSON, iri("stats/co-author-focus/abc"), Node.ANY));
        assertFalse(d.triples().contains(DOI_PAPER, Terms.CITO_CITES, Node.ANY), "the person's papers are named, not described");
    }

    @Test
    void otherIrisAreTheirStatementsWithReachableBlankNodes() {
        Description d = lookup.describe(dsg, JOURNAL.getURI(), ResourceKind.OTHER, TIMEOUT);
        assertTrue(d.triples().contains(JOURNAL, Terms.DCT_TITLE, text("Journal of Tests")));
        assertTrue(d.triples().contains(Node.ANY, Terms.RDFS_LABEL, text("an issue, a blank node")));
        Description row = lookup.describe(dsg, BASE + "stats/co-author-focus/abc", ResourceKind.OTHER, TIMEOUT);
        assertEquals(1, row.triples().size(), "a statistics row is described from the statistics graph");
    }

    @Test
    void unknownIrisAreEmpty() {
        assertTrue(lookup.describe(dsg, BASE + "paper/pmc/PMC1", ResourceKind.PAPER, TIMEOUT).isEmpty());
        assertTrue(lookup.describe(dsg, BASE + "person/nobody", ResourceKind.PERSON, TIMEOUT).isEmpty());
        assertTrue(lookup.describe(dsg, BASE + "graph/none", ResourceKind.GRAPH, TIMEOUT).isEmpty());
        assertTrue(lookup.describe(dsg, BASE + "book/isbn/1", ResourceKind.OTHER, TIMEOUT).isEmpty());
    }

    @Test
    void aDescriptionIsBoundedInSizeAndTime() {
        Description.TooLarge large = assertThrows(Description.TooLarge.class,
                () -> lookup.describe(dsg, BASE + "graph/big", ResourceKind.GRAPH, TIMEOUT));
        assertEquals(1000, large.limit());
        assertEquals(1001, new Lookup(BASE, 1001).describe(dsg, BASE + "graph/big", ResourceKind.GRAPH, TIMEOUT).triples().size(),
                "a description of exactly the limit is answered");
        assertThrows(Description.TimedOut.class, () -> lookup.describe(dsg, DOI_PAPER.getURI(), ResourceKind.PAPER, Duration.ZERO));
    }

    @Test
    void everyLookupReadsByIndexNeverByScan() {
        // each read names a subject, an object or a graph: one index range, whatever the store's size
        java.util.List<String> scans = new java.util.ArrayList<>();
        DatasetGraph watched = new org.apache.jena.sparql.core.DatasetGraphWrapper(dsg) {
            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(Node g, Node s, Node p, Node o) {
                if (!g.isConcrete() && !s.isConcrete() && !o.isConcrete()) scans.add(g + " " + s + " " + p + " " + o);
                return super.find(g, s, p, o);
            }

            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find() {
                scans.add("find()");
                return super.find();
            }
        };
        lookup.describe(watched, DOI_PAPER.getURI(), ResourceKind.PAPER, TIMEOUT);
        lookup.describe(watched, CITED.getURI(), ResourceKind.PAPER, TIMEOUT);
        lookup.describe(watched, PERSON.getURI(), ResourceKind.PERSON, TIMEOUT);
        lookup.describe(watched, DOI_GRAPH.getURI(), ResourceKind.GRAPH, TIMEOUT);
        lookup.describe(watched, JOURNAL.getURI(), ResourceKind.OTHER, TIMEOUT);
        lookup.storePaperNamedBy(watched, BASE + "paper/pmid/1");
        assertEquals(java.util.List.of(), scans);
    }

    @Test
    void theVocabularyIsPaperkgsOwn() {
        Description d = lookup.describe(dsg, "https://w3id.org/paperkg/vocab", ResourceKind.VOCABULARY, TIMEOUT);
        assertTrue(d.triples().contains(Terms.PKG_TLDR, Terms.RDFS_LABEL, Node.ANY));
    }

    private static Node iri(String rest) {
        return NodeFactory.createURI(BASE + rest);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
