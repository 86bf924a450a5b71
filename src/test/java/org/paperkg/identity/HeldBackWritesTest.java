package org.paperkg.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.run.MappingRun;
import org.paperkg.run.Progress;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordSource;
import org.paperkg.source.SourceRef;
import org.paperkg.store.GraphReplacingLoader;
import org.paperkg.store.IngestRun;
import org.paperkg.store.KgStore;

/**
 * Ingest holds quads back and adds them in sorted batches. Whatever the batch size, the store ends
 * up as adding each quad at once makes it: papers of the same run found again by an identifier while
 * still held back (merges), a graph written twice in one run, re-ingest in a later run.
 */
class HeldBackWritesTest {

    @TempDir
    Path tmp;

    private final List<Problem> problems = new ArrayList<>();

    @AfterEach
    void defaultBatch() {
        System.clearProperty(GraphReplacingLoader.BATCH_PROPERTY);
    }

    @Test
    void theStoreDoesNotDependOnTheBatchSize() throws Exception {
        List<List<PaperRecord>> runs = List.of(
                List.of(PaperMergeTest.pubtator(), PaperMergeTest.card(), other("Other paper"), PaperMergeTest.pubmed(),
                        untitled("First Author"), other("Other paper, corrected"), untitled("Second Author")),
                List.of(PaperMergeTest.card(), other("Other paper, third title")));
        Set<String> atOnce = ingest(runs, "1");
        for (String batch : List.of("2", "7", "1000000")) {
            Set<String> batched = ingest(runs, batch);
            Set<String> missing = new TreeSet<>(atOnce), unexpected = new TreeSet<>(batched);
            missing.removeAll(batched);
            unexpected.removeAll(atOnce);
            assertEquals(atOnce, batched, "batch " + batch + ": missing " + missing + ", unexpected " + unexpected);
        }
        assertTrue(atOnce.stream().noneMatch(q -> q.contains("paper/pmid/999")), "the PMID-only paper was merged");
        assertTrue(atOnce.stream().anyMatch(q -> q.contains("Other paper, third title")), "the last title wins");
        assertTrue(atOnce.stream().noneMatch(q -> q.contains("\"Other paper\"") || q.contains("corrected")),
                "a graph written again replaces the earlier one");
        assertTrue(atOnce.stream().anyMatch(q -> q.contains("Second Author")), atOnce.toString());
        assertTrue(atOnce.stream().noneMatch(q -> q.contains("First Author")), 
                "a paper without identifiers written again later in the run: the second replaces the first");
    }

    private static PaperRecord other(String title) {
        return PaperRecord.builder(new SourceRef("other.md", 1), "card").title(title).pmcid("PMC7654321").build();
    }

    private static PaperRecord untitled(String author) {
        return PaperRecord.builder(new SourceRef("noid.md", 1), "card").title("A paper without identifiers").author(author).build();
    }

    /** Ingests each list as one run into a fresh store with the given batch size; the quads as text. */
    private Set<String> ingest(List<List<PaperRecord>> runs, String batch) throws Exception {
        System.setProperty(GraphReplacingLoader.BATCH_PROPERTY, batch);
        DatasetGraph dsg = KgStore.inMemory();
        try {
            for (List<PaperRecord> records : runs) {
                List<Path> files = new ArrayList<>();
                Map<String, PaperRecord> byFile = new HashMap<>();
                for (PaperRecord r : records) {
                    Path f = Files.createTempFile(tmp, r.source(), ".txt");
                    files.add(f);
                    byFile.put(f.toString(), r);
                }
                RecordSource source = (file, name, recs, sink) -> recs.accept(byFile.get(name));
                MappingRun run = new MappingRun(source, new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), problems::add, Progress.none());
                IngestRun.ingest(dsg, run, files);
            }
            return Txn.calculateRead(dsg, () -> {
                Set<String> quads = new TreeSet<>();
                dsg.find().forEachRemaining(q -> quads.add(q.toString()));
                return quads;
            });
        } finally {
            KgStore.release(dsg);
        }
    }
}
