package org.paperkg.identity;

import org.paperkg.testing.Ingests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.Mention;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordSource;
import org.paperkg.source.SourceRef;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.Terms;

/**
 * A card (PMCID and DOI), a PubTator document (PMID only) and a PubMed record (all three) of the
 * same paper end up as one paper whose IRI comes from its strongest identifier, whatever the order
 * they are loaded in, in one run or several.
 */
class PaperMergeTest {

    private static final String PAPER = "https://w3id.org/paperkg/paper/pmc/PMC1234567";

    @TempDir
    Path tmp;

    private final List<Problem> problems = new ArrayList<>();

    static PaperRecord card() {
        return PaperRecord.builder(new SourceRef("card.md", 1), "card").title("A paper").pmcid("PMC1234567")
                .doi("10.1000/abc").author("Ann Author")
                .linkedEntity(new Mention("Diseases", "osteomyelitis", PrefixTable.defaults().resolve("MONDO:0005246"), 3)).build();
    }

    static PaperRecord pubtator() {
        return PaperRecord.builder(new SourceRef("corpus.txt", 1), "pubtator").title("A paper").pmid("999")
                .mention(new Mention(Mention.Kind.TEXT, "title-abstract", "Disease", "paper", List.of(
                        PrefixTable.defaults().resolveIn("MESH", "D010019")), 2, 7, 3)).build();
    }

    static PaperRecord pubmed() {
        return PaperRecord.builder(new SourceRef("pubmed.xml", 1), "pubmed").title("A paper").pmid("999")
                .pmcid("PMC1234567").doi("10.1000/ABC".toLowerCase()).author("Ann Author").build();
    }

    @Test
    void everyOrderInOneRunGivesTheSameSinglePaper() throws Exception {
        Set<String> first = null;
        for (List<PaperRecord> order : List.of(List.of(card(), pubtator(), pubmed()), List.of(pubtator(), card(), pubmed()),
                List.of(pubmed(), pubtator(), card()), List.of(pubtator(), pubmed(), card()))) {
            Set<String> quads = ingest(List.of(order));
            assertEquals(Set.of(PAPER), papers(quads), "order " + order.stream().map(PaperRecord::source).toList());
            if (first == null) first = quads;
            else assertEquals(first, quads, "the store differs for order " + order.stream().map(PaperRecord::source).toList());
        }
        assertEquals(3, first.stream().filter(q -> q.contains("vocab#sourceFormat")).count(), "one graph per source");
    }

    @Test
    void aLaterRunMergesPapersThatAnEarlierRunKeptApart() throws Exception {
        Set<String> oneRun = ingest(List.of(List.of(card(), pubtator(), pubmed())));
        Set<String> threeRuns = ingest(List.of(List.of(pubtator()), List.of(card()), List.of(pubmed())));
        assertEquals(oneRun, threeRuns);
        assertTrue(threeRuns.stream().noneMatch(q -> q.contains("paper/pmid/999")), "the PMID-named paper was renamed");
    }

    @Test
    void conflictingIdentifiersAreReportedAndNotMerged() throws Exception {
        PaperRecord other = PaperRecord.builder(new SourceRef("pubmed2.xml", 7), "pubmed").title("Another")
                .pmid("555").doi("10.1000/abc").build();
        Set<String> quads = ingest(List.of(List.of(pubmed(), other)));
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("ID_CONFLICT") && p.file().equals("pubmed2.xml") && p.line() == 7),
                problems.toString());
        assertEquals(Set.of(PAPER), papers(quads), "the record joins the paper its strongest matching id names");
    }

    @Test
    void withoutAStoreEveryRecordIsWrittenUnderItsPaperFinalIri() throws Exception {
        List<Path> files = new ArrayList<>();
        Map<String, PaperRecord> byFile = new java.util.HashMap<>();
        for (PaperRecord r : List.of(pubtator(), card(), pubmed())) {
            Path f = Files.createTempFile(tmp, r.source(), ".txt");
            files.add(f);
            byFile.put(f.toString(), r);
        }
        RecordSource source = (file, name, records, sink) -> records.accept(byFile.get(name));
        MappingRun run = new MappingRun(source, new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), problems::add, Progress.none());
        Set<String> subjects = new java.util.TreeSet<>();
        run.run(files, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                if (q.getSubject().isURI() && q.getSubject().getURI().contains("/paper/")) subjects.add(q.getSubject().getURI().replaceFirst("#.*", ""));
            }
        });
        // the PubTator record, read first, names the paper by PMID; the PubMed record read last brings the PMCID
        assertEquals(List.of(), problems.stream().map(Problem::code).toList(), "no LATE_MERGE: the plan came before the mapping");
        assertEquals(Set.of(PAPER), subjects);
    }

    /** Ingests each batch as one run into a fresh store; returns the store's quads as N-Quads lines. */
    private Set<String> ingest(List<List<PaperRecord>> runs) throws Exception {
        DatasetGraph dsg = KgStore.inMemory();
        try {
            for (List<PaperRecord> batch : runs) {
                List<Path> files = new ArrayList<>();
                Map<String, PaperRecord> byFile = new java.util.HashMap<>();
                for (PaperRecord r : batch) {
                    Path f = Files.createTempFile(tmp, r.source(), ".txt");
                    files.add(f);
                    byFile.put(f.toString(), r);
                }
                RecordSource source = (file, name, records, sink) -> records.accept(byFile.get(name));
                MappingRun run = new MappingRun(source, new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), problems::add, Progress.none());
                Ingests.into(dsg, run, files);
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

    private static Set<String> papers(Set<String> quads) {
        Set<String> papers = new TreeSet<>();
        for (String q : quads)
            if (q.contains(Terms.FABIO_JOURNAL_ARTICLE.getURI())) papers.add(q.split(" ")[1]);
        return papers;
    }
}
