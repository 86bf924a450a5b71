package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;
import org.paperkg.testing.DescriptionGraphs;
import org.paperkg.testing.GraphAssert;
import org.paperkg.testing.Mapping;
import org.paperkg.testing.RoundTrip;
import org.paperkg.testing.StrictRiot;
import org.paperkg.testing.TestCards;

/**
 * Every test card file exported through the CLI in every format (.ttl .nt .nq .trig .jsonld .rdf
 * .nq.gz) re-parses under strict RIOT with no warnings, and holds exactly what the in-memory
 * mapping of the same files holds: the same quads for quad formats, the same triples (all graphs
 * merged) for triple formats, the description graphs of quad formats left out. One CLI run per format over all the files keeps the suite fast; the
 * diff names the paper graph of any difference, and so the card it came from.
 */
class ExportFormatsTest {

    private static final List<String> FORMATS = List.of("ttl", "nt", "nq", "trig", "jsonld", "rdf", "nq.gz");

    @TempDir
    static Path tmp;
    private static List<Path> cards;
    private static DatasetGraph inMemory;

    @BeforeAll
    static void mapInMemory() {
        cards = TestCards.all(tmp.resolve("generated"));
        inMemory = Mapping.map(cards).dataset();
        assertTrue(inMemory.stream().count() > 1000, "the test cards give a sizeable dataset");
    }

    @TestFactory
    Stream<DynamicTest> everyTestCardInEveryFormat() {
        return FORMATS.stream().map(ext -> DynamicTest.dynamicTest(ext, () -> {
            Path out = tmp.resolve("all." + ext);
            List<String> args = new ArrayList<>(List.of("export", "-q", "-o", out.toString()));
            cards.forEach(c -> args.add(c.toString()));
            assertEquals(0, PaperkgCommand.execute(args.toArray(String[]::new)), "export exit code");
            Lang lang = RDFLanguages.filenameToLang(out.toString().replaceFirst("\\.gz$", ""));
            DatasetGraph parsed = StrictRiot.parse(out, lang);
            if (RDFLanguages.isQuads(lang)) {
                // the export's description of itself (VoID, run, provenance) is checked in ExportDescriptionTest
                assertFalse(DescriptionGraphs.descriptionOnly(parsed).isEmpty(), "a quad format holds the description");
                GraphAssert.assertIsomorphic(inMemory, DescriptionGraphs.withoutDescription(parsed));
            } else {
                GraphAssert.assertIsomorphic(lang.getName(), RoundTrip.union(inMemory), parsed.getDefaultGraph());
                assertTrue(Files.exists(tmp.resolve("all.void.ttl")), "a triple format's description is beside it");
            }
        }));
    }
}
