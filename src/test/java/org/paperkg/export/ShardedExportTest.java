package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.GraphAssert;
import org.paperkg.testing.Mapping;
import org.paperkg.testutil.Cards;

/**
 * {@code export --shard-size N}: gzipped N-Quads shards of N paper graphs, each graph whole in one
 * shard, together holding exactly what the in-memory mapping holds.
 */
class ShardedExportTest {

    @TempDir
    Path tmp;

    @Test
    void shardsHoldEveryPaperGraphOnceAndTogetherEqualTheMapping() throws IOException {
        Path cards = Cards.writeMany(tmp.resolve("in"), "cards.txt.gz", 0, 7);
        Path dir = tmp.resolve("shards");
        assertEquals(0, PaperkgCommand.execute("export", "-q", "--shard-size", "3", "-o", dir.toString(), cards.toString()));

        List<Path> shards;
        try (Stream<Path> s = Files.list(dir)) {
            shards = s.sorted().toList();
        }
        assertEquals(List.of("out-00001.nq.gz", "out-00002.nq.gz", "out-00003.nq.gz"),
                shards.stream().map(p -> p.getFileName().toString()).toList(), "7 papers in shards of 3, no .part left");

        DatasetGraph union = DatasetGraphFactory.createGeneral();
        Set<Node> seen = new HashSet<>();
        List<Integer> graphsPerShard = new ArrayList<>();
        for (Path shard : shards) {
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(shard))) {
                RDFParser.source(in).lang(Lang.NQUADS).strict(true).parse(one);
            }
            assertTrue(one.getDefaultGraph().isEmpty(), shard + ": everything is in named graphs");
            List<Node> names = new ArrayList<>();
            one.listGraphNodes().forEachRemaining(g -> {
                if (!DescriptionGraphs.isDescription(g)) names.add(g);
            });
            for (Node g : names) assertTrue(seen.add(g), g + " is in more than one shard");
            graphsPerShard.add(names.size());
            boolean last = shard.equals(shards.get(shards.size() - 1));
            assertEquals(last, one.containsGraph(NodeFactory.createURI("https://w3id.org/paperkg/graph/void")),
                    shard + ": the VoID of the export is in the last shard only");
            one.find().forEachRemaining(union::add);
        }
        assertEquals(List.of(3, 3, 1), graphsPerShard);
        GraphAssert.assertIsomorphic(Mapping.map(cards).dataset(), DescriptionGraphs.withoutDescription(union));
    }

    @Test
    void refusesADirectoryThatAlreadyHoldsShards() throws IOException {
        Path cards = Cards.writeMany(tmp.resolve("in"), "cards.txt.gz", 0, 2);
        Path dir = tmp.resolve("shards");
        assertEquals(0, PaperkgCommand.execute("export", "-q", "--shard-size", "1", "-o", dir.toString(), cards.toString()));
        assertNotEquals(0, PaperkgCommand.execute("export", "-q", "--shard-size", "1", "-o", dir.toString(), cards.toString()));
        assertNotEquals(0, PaperkgCommand.execute("export", "-q", "--shard-size", "0", "-o", tmp.resolve("other").toString(), cards.toString()));
        assertNotEquals(0, PaperkgCommand.execute("export", "-q", "--shard-size", "2", "--format", "ttl", "-o", tmp.resolve("ttl").toString(), cards.toString()));
    }
}
