package org.paperkg.identity;

import org.paperkg.testing.Ingests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.core.DatasetGraph;
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
import org.paperkg.vocab.Terms;

/**
 * The same papers written with their identifiers spelt differently (DOI case, doi:, https://doi.org/
 * and dx.doi.org prefixes), in cards, PubMed, PubTator and BioC JSON, ingested in shuffled orders:
 * always the same two papers and the very same quads, so the same triple count.
 */
class IdentifierSpellingTest {

    @TempDir
    Path dir;

    private static String card(String title, String metadata) {
        return "# " + title + "\n\n**Authors:** Ann Author, Bo Builder\n\n" + metadata
                + "\n\n## Abstract\n\nAn abstract.\n\n## Linked entities\n\n- **Diseases:** osteomyelitis (MONDO:0005246)\n\n---\n\n";
    }

    @Test
    void differentlyWrittenIdentifiersGiveOnePaperAndTheSameQuadsInAnyOrder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(in.resolve("cards-a.md"), card("Paper one", "PMC · DOI: 10.1000/ABC.Def · PMCID: PMC777")
                + card("Paper two", "PMC · DOI: 10.2000/XyZ"), StandardCharsets.UTF_8));
        // the same card as in cards-a.md, its DOI written another way: the same paper, the same graph
        files.add(Files.writeString(in.resolve("cards-b.md"), card("Paper one", "PMC · DOI: https://doi.org/10.1000/abc.DEF · PMCID: PMC777"),
                StandardCharsets.UTF_8));
        files.add(Files.writeString(in.resolve("pubmed.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>555</PMID><Article>
                <ArticleTitle>Paper one</ArticleTitle></Article></MedlineCitation>
                <PubmedData><ArticleIdList><ArticleId IdType="doi">doi:10.1000/abc.def</ArticleId>
                <ArticleId IdType="pmc">PMC777</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>
                """, StandardCharsets.UTF_8));
        files.add(Files.writeString(in.resolve("corpus.pubtator"), """
                555|t|Paper one
                555|a|Osteomyelitis here.
                555\t10\t23\tOsteomyelitis\tDisease\tD010019

                888|t|Paper two
                888|a|Nothing annotated.
                """, StandardCharsets.UTF_8));
        files.add(Files.writeString(in.resolve("bioc.json"), """
                [{"id": "888", "infons": {"doi": "https://dx.doi.org/10.2000/xyz"}, "passages": [
                  {"offset": 0, "infons": {"type": "title"}, "text": "Paper two", "annotations": []}], "relations": []}]
                """, StandardCharsets.UTF_8));

        Set<String> first = null;
        Random random = new Random(7);
        for (int run = 0; run < 6; run++) {
            List<Path> order = new ArrayList<>(files);
            if (run > 0) Collections.shuffle(order, random);
            Set<String> quads = ingest(order);
            Set<String> papers = new TreeSet<>();
            for (String q : quads)
                if (q.contains(" " + Terms.RDF_TYPE.getURI() + " " + Terms.FABIO_JOURNAL_ARTICLE.getURI())) papers.add(q.split(" ")[1]);
            assertEquals(Set.of("https://w3id.org/paperkg/paper/pmc/PMC777", "https://w3id.org/paperkg/paper/pmid/888"), papers,
                    "order " + order.stream().map(p -> p.getFileName().toString()).toList());
            if (first == null) first = quads;
            else {
                assertEquals(first.size(), quads.size(), "triple count for order " + order);
                assertEquals(first, quads, "quads for order " + order);
            }
        }
        assertTrue(first.stream().anyMatch(q -> q.contains("\"10.1000/abc.def\"")), "the DOI is kept in its canonical (lower case) form");
        assertTrue(first.stream().noneMatch(q -> q.contains("ABC") || q.contains("XyZ")), "no other spelling survives");
    }

    /** Ingests the files, in this order, into a fresh store (the real readers, matching and loader); its quads. */
    private static Set<String> ingest(List<Path> order) throws IOException {
        DatasetGraph dsg = KgStore.inMemory();
        try {
            MappingRun run = new MappingRun(Readers.all(PrefixTable.defaults(), null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                    p -> { }, Progress.none());
            Ingests.into(dsg, run, order);
            return Txn.calculateRead(dsg, () -> {
                Set<String> quads = new TreeSet<>();
                dsg.find().forEachRemaining(q -> quads.add(q.getGraph() + " " + q.getSubject() + " " + q.getPredicate() + " " + q.getObject()));
                return quads;
            });
        } finally {
            KgStore.release(dsg);
        }
    }
}
