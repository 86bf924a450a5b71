package org.paperkg.describe;

import org.paperkg.testing.Ingests;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.Readers;
import org.paperkg.store.KgStore;
import org.paperkg.testutil.Cards;

/** The VoID description counts what the store holds, per scheme, and is replaced on refresh. */
class DatasetDescriptionTest {

    @TempDir
    Path tmp;

    @Test
    void countsPapersMentionsAndLinksPerSchemeAndReplacesItselfOnRefresh() throws Exception {
        Path card = tmp.resolve("card.md");
        Files.writeString(card, Cards.example());
        DatasetGraph dsg = KgStore.inMemory();
        try {
            MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null),
                    new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), p -> {}, Progress.none());
            Ingests.into(dsg, run, List.of(card));
            DatasetDescription description = new DatasetDescription(PaperIris.DEFAULT_BASE, PrefixTable.defaults());
            Txn.executeWrite(dsg, () -> description.refresh(dsg, Instant.parse("2026-11-27T00:00:00Z")));
            Txn.executeWrite(dsg, () -> description.refresh(dsg, Instant.parse("2026-11-28T00:00:00Z")));

            Txn.executeRead(dsg, () -> {
                assertEquals("1", value(dsg, "pkg:papers"));
                assertEquals("6", value(dsg, "pkg:authors"));
                assertEquals("7", value(dsg, "pkg:mentions"));
                assertEquals("184", value(dsg, "void:triples"), "the paper graph's triples, the description's own excluded");
                assertEquals("5", linkset(dsg, "MESH"));
                assertEquals("1", linkset(dsg, "MONDO"));
                assertEquals("1", linkset(dsg, "OMIM"));
                Node g = description.graph();
                assertEquals(1, dsg.stream(g, Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/modified"), Node.ANY).count(),
                        "refresh replaces the description");
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    private static String value(DatasetGraph dsg, String property) {
        return QueryExec.dataset(dsg).query("PREFIX void: <http://rdfs.org/ns/void#> PREFIX pkg: <https://w3id.org/paperkg/vocab#> "
                + "SELECT ?v { GRAPH <https://w3id.org/paperkg/graph/void> { <https://w3id.org/paperkg/dataset> " + property + " ?v } }")
                .select().next().get("v").getLiteralLexicalForm();
    }

    private static String linkset(DatasetGraph dsg, String scheme) {
        return QueryExec.dataset(dsg).query("PREFIX void: <http://rdfs.org/ns/void#> PREFIX pkg: <https://w3id.org/paperkg/vocab#> "
                + "SELECT ?n { GRAPH ?g { ?l a void:Linkset ; pkg:scheme \"" + scheme + "\" ; void:triples ?n } }")
                .select().next().get("n").getLiteralLexicalForm();
    }
}
