package org.paperkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.store.KgStore;
import org.paperkg.util.FileTrees;

/**
 * The pages of a TDB2 store (serve --db) read the same as those of the in-memory store: the union
 * of the named graphs, the statistics and the provenance are reached the same way on both engines.
 */
class PagesOnTdb2Test {

    private static Path tmp;
    private static DatasetGraph tdb, mem;
    private static Pages onTdb, inMemory;

    @BeforeAll
    static void load() throws IOException {
        tmp = Files.createTempDirectory("paperkg-pages-tdb2");
        tdb = PagesStore.load(tmp.resolve("tdb"), true);
        mem = PagesStore.load(tmp.resolve("mem"), false);
        onTdb = Pages.of(tdb, PageSite.builder().build());
        inMemory = Pages.of(mem, PageSite.builder().build());
    }

    @AfterAll
    static void close() throws IOException {
        KgStore.release(tdb);
        KgStore.release(mem);
        FileTrees.deleteTree(tmp);
    }

    /** The page's main text without what names the run (its id and times differ between the two loads). */
    private static String main(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("#sources, #provenance").remove();
        return doc.selectFirst("main").text();
    }

    @Test
    void everyKindOfPageReadsTheSameOnBothEngines() {
        String paper = PagesStore.EXAMPLE_PAPER;
        assertEquals(main(inMemory.paper(paper).orElseThrow()), main(onTdb.paper(paper).orElseThrow()));
        assertEquals(main(inMemory.person(PagesStore.BASE + "person/emanuela-galliera").orElseThrow()),
                main(onTdb.person(PagesStore.BASE + "person/emanuela-galliera").orElseThrow()));
        String concept = "http://purl.obolibrary.org/obo/MONDO_0005246";
        assertEquals(main(inMemory.concept(concept).orElseThrow()), main(onTdb.concept(concept).orElseThrow()));
        assertEquals(main(inMemory.landing()), main(onTdb.landing()));
        assertEquals(main(inMemory.library("papers-by-concept", java.util.Map.of()).html()),
                main(onTdb.library("papers-by-concept", java.util.Map.of()).html()));
        Document sources = Jsoup.parse(onTdb.paper(paper).orElseThrow());
        assertTrue(sources.select("#sources tbody tr").size() == 1 && sources.select("#sources").text().contains("card"),
                sources.select("#sources").text());
        assertEquals(List.of("Emanuela Galliera", "Luca Massaccesi"), Jsoup.parse(onTdb.paper(paper).orElseThrow())
                .select("ol.authors li").eachText().subList(0, 2));
    }
}
