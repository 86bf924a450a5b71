package org.paperkg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.PubMedXmlReader;
import org.paperkg.source.Readers;
import org.paperkg.store.KgStore;
import org.paperkg.testing.Ingests;
import org.paperkg.vocab.Terms;

/**
 * Synthetic PubMed files (synth --format pubmed / pubmed-update) describe the papers of the synthetic
 * cards of the same numbers: ingested together they merge; the update holds the new, revised and
 * deleted records asked for.
 */
class SyntheticPubMedTest {

    private static final long SEED = 3;
    private static final int PAPERS = 40;

    @TempDir
    Path tmp;

    @Test
    void cardsAndPubMedRecordsOfTheSameNumbersMergeIntoOnePaperEach() throws IOException {
        Path cards = tmp.resolve("cards"), pubmed = tmp.resolve("pubmed");
        SyntheticCardFiles.write(cards, SEED, 0, PAPERS, 25);
        assertEquals(2, SyntheticPubMedFiles.writeBaseline(pubmed, SEED, 0, PAPERS, 25));
        assertEquals(List.of("pubmed26n0001.xml.gz", "pubmed26n0002.xml.gz"), names(pubmed));

        List<Problem> problems = new ArrayList<>();
        DatasetGraph dsg = KgStore.inMemory();
        try {
            MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                    problems::add, Progress.none());
            List<Path> inputs = new ArrayList<>(files(cards));
            inputs.addAll(files(pubmed));
            Ingests.into(dsg, run, inputs);
            Txn.executeRead(dsg, () -> {
                assertEquals(PAPERS, subjects(dsg, RDF.type.asNode(), Terms.FABIO_JOURNAL_ARTICLE).size(), "one paper per number, not two");
                assertEquals(PAPERS, subjects(dsg, Terms.FABIO_PMID, Node.ANY).size(), "every paper has the PMID of its PubMed record");
                assertEquals(PAPERS, subjects(dsg, Terms.FABIO_PMCID, Node.ANY).size());
            });
        } finally {
            KgStore.release(dsg);
        }
        assertEquals(List.of(), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aPubMedRecordHasItsCardsTitleIdentifiersAndAuthors() throws IOException {
        SyntheticCards cards = new SyntheticCards(SEED, PAPERS);
        Path pubmed = tmp.resolve("pubmed");
        SyntheticPubMedFiles.writeBaseline(pubmed, SEED, 0, PAPERS, 100);
        Map<String, PaperRecord> read = read(pubmed.resolve("pubmed26n0001.xml.gz"), new ArrayList<>());
        assertEquals(PAPERS, read.size());
        for (int i = 0; i < PAPERS; i++) {
            SyntheticPaper p = cards.paper(i);
            PaperRecord r = read.get(p.pmid());
            assertEquals(p.title(), r.title());
            assertEquals(p.pmcid(), r.pmcid());
            assertEquals(p.doi(), r.doi());
            assertEquals(p.abstractText(), r.abstractText());
            assertEquals(p.authors(), r.authors().stream().map(a -> a.name()).toList());
            assertEquals(p.date(), r.issued() == null ? null : r.issued().lexical());
            assertEquals(SyntheticPubMed.headings(p).stream().map(SyntheticPaper.Term::label).toList(),
                    r.meshHeadings().stream().map(h -> h.label()).toList());
        }
    }

    @Test
    void anUpdateHoldsNewRevisedAndDeletedRecordsAfterTheBaseline() throws IOException {
        Path dir = tmp.resolve("pubmed");
        SyntheticPubMedFiles.writeBaseline(dir, SEED, 0, PAPERS, 25);
        Path update = SyntheticPubMedFiles.writeUpdate(dir, SEED, new SyntheticPubMedFiles.Update(PAPERS, PAPERS, 7, 5, 3, 25));
        assertEquals("pubmed26n0003.xml.gz", update.getFileName().toString(), "named after the baseline's files");
        byte[] bytes = Files.readAllBytes(update);
        SyntheticPubMedFiles.writeUpdate(tmp.resolve("again"), SEED, new SyntheticPubMedFiles.Update(PAPERS, PAPERS, 7, 5, 3, 25));
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(tmp.resolve("again").resolve("pubmed26n0003.xml.gz"))), "deterministic");

        List<Problem> problems = new ArrayList<>();
        Map<String, PaperRecord> updated = read(update, problems);
        Map<String, PaperRecord> baseline = new java.util.HashMap<>(read(dir.resolve("pubmed26n0001.xml.gz"), new ArrayList<>()));
        baseline.putAll(read(dir.resolve("pubmed26n0002.xml.gz"), new ArrayList<>()));
        assertEquals(12, updated.size());
        List<String> added = updated.keySet().stream().filter(p -> !baseline.containsKey(p)).sorted().toList();
        assertEquals(List.of("30000040", "30000041", "30000042", "30000043", "30000044", "30000045", "30000046"), added);
        for (PaperRecord r : updated.values()) {
            PaperRecord old = baseline.get(r.pmid());
            if (old == null) continue;
            assertEquals(old.title(), r.title(), "a revision keeps the title");
            assertEquals(old.pmcid(), r.pmcid());
            assertEquals(old.doi(), r.doi());
            assertTrue(r.abstractText().startsWith(old.abstractText() + " ") && r.abstractText().length() > old.abstractText().length() + 1,
                    "a sentence is added to the abstract");
            assertEquals(old.meshHeadings().size() + 1, r.meshHeadings().size(), "one MeSH heading is added");
        }
        String text = gunzip(update);
        List<String> deleted = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<PMID Version=\"1\">(\\d+)</PMID>\n").matcher(
                text.substring(text.indexOf("<DeleteCitation>")));
        while (m.find()) deleted.add(m.group(1));
        assertEquals(3, deleted.size());
        Set<String> touched = new HashSet<>(deleted);
        touched.addAll(updated.keySet());
        assertEquals(3 + 12, touched.size(), "a deleted PMID is neither new nor revised");
        assertTrue(deleted.stream().allMatch(baseline::containsKey), "deletions are of published papers");
        assertEquals(List.of(), problems.stream().map(p -> p.problemCode().name()).toList(), "withdrawals are records, not problems");
    }

    @Test
    void anUpdateCannotReviseMoreThanWasPublishedNorAddOldNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticPubMedFiles.Update(10, 10, 0, 8, 3, 25));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticPubMedFiles.Update(10, 5, 2, 0, 0, 25));
        assertNotEquals(new SyntheticPubMedFiles.Update(10, 10, 0, 0, 0, 5).fileNumber(), new SyntheticPubMedFiles.Update(11, 11, 0, 0, 0, 5).fileNumber());
    }

    private static Map<String, PaperRecord> read(Path file, List<Problem> problems) throws IOException {
        List<PaperRecord> records = new ArrayList<>();
        new PubMedXmlReader(PrefixTable.defaults()).read(file, file.getFileName().toString(), records::add, problems::add);
        // the papers; the DeleteCitation entries are withdrawal records, checked against the text below
        return records.stream().filter(r -> !r.deletion()).collect(Collectors.toMap(PaperRecord::pmid, Function.identity()));
    }

    private static Set<Node> subjects(DatasetGraph dsg, Node predicate, Node object) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, predicate, object).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        return files(dir).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static String gunzip(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
