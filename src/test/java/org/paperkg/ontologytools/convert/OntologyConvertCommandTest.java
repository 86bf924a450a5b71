package org.paperkg.ontologytools.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.PaperkgCommand;

/** {@code paperkg convert-ontology mondo|mesh} end to end on the real excerpts: files, exit codes, --keep. */
class OntologyConvertCommandTest {

    @TempDir
    Path tmp;

    private String res(String name) throws Exception {
        Path file = tmp.resolve(name);
        if (!Files.exists(file))
            try (InputStream in = ConvertHarness.resource(name)) {
                Files.copy(in, file);
            }
        return file.toString();
    }

    private String ids(String name, String... curies) throws Exception {
        Path file = tmp.resolve(name);
        Files.write(file, List.of(curies), StandardCharsets.UTF_8);
        return file.toString();
    }

    private static List<String> idLines(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void mondoReportsToGzippedTurtle() throws Exception {
        Path out = tmp.resolve("mondo.ttl.gz");
        int code = PaperkgCommand.execute("convert-ontology", "mondo", "-q",
                "--class-stats", res("mondo-class-stats-2023.tsv.gz"), "--edges", res("mondo-edges-2023.tsv.gz"),
                "--obsoletes", res("mondo-obsoletes-2023.tsv.gz"), "-o", out.toString());
        assertEquals(0, code);
        byte[] head = Files.readAllBytes(out);
        assertTrue((head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b, "gzipped");
        Graph g = RDFDataMgr.loadGraph(out.toString());
        // 15 classes with labels, 12 subClassOf edges, 5 deprecated + 1 replaced-by + 3 consider
        assertEquals(15 * 2 + 12 + 9, g.size());
    }

    @Test
    void strictStopsAtTheFirstBadRowAndWritesNothing() throws Exception {
        Path out = tmp.resolve("mondo.nt");
        int code = PaperkgCommand.execute("convert-ontology", "mondo", "--strict",
                "--obsoletes", res("mondo-obsoletes-2023.tsv.gz"), "-o", out.toString());
        assertEquals(1, code);
        assertFalse(Files.exists(out));
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file left");
        }
    }

    @Test
    void mondoKeepWritesTheClassesAskedForWithTheirAncestors() throws Exception {
        Path out = tmp.resolve("slice.ttl");
        Path kept = tmp.resolve("kept.txt");
        int code = PaperkgCommand.execute("convert-ontology", "mondo", "-q",
                "--class-stats", res("mondo-class-stats-2026.tsv.gz"), "--edges", res("mondo-edges-2023.tsv.gz"),
                "--keep", ids("want.txt", "MESH:D010019"), "--keep-mapped", res("mondo-exactmatch-mesh-2026.sssom.tsv.gz"),
                "--kept-ids", kept.toString(), "-o", out.toString());
        assertEquals(0, code);
        // MESH:D010019 -> MONDO:0005246 through the mapping, then its 9 ancestors
        assertEquals(List.of("MONDO:0000001", "MONDO:0002081", "MONDO:0002614", "MONDO:0003225", "MONDO:0005046",
                "MONDO:0005172", "MONDO:0005246", "MONDO:0005381", "MONDO:0005570", "MONDO:0700096"), idLines(kept));
        assertEquals(10 * 2 + 12, RDFDataMgr.loadGraph(out.toString()).size());
    }

    @Test
    void meshKeepFollowsScrMappingsAndTreeAncestors() throws Exception {
        Path out = tmp.resolve("mesh.nt.gz");
        Path kept = tmp.resolve("kept.txt");
        int code = PaperkgCommand.execute("convert-ontology", "mesh", "-q",
                "--tree", res("mesh-tree-2017.txt.gz"), "--scr", res("mesh-scr-dismanet.tsv.gz"), "--omim", res("omim-names-dismanet.tsv.gz"),
                "--keep", ids("want.txt", "MESH:C535456", "OMIM:614878"), "--kept-ids", kept.toString(), "-o", out.toString());
        assertEquals(0, code);
        assertEquals(List.of("MESH:C535456", "MESH:D001423", "MESH:D001847", "MESH:D001850", "MESH:D007239", "MESH:D009140",
                "MESH:D010019", "OMIM:614878"), idLines(kept));
        Graph g = RDFDataMgr.loadGraph(out.toString());
        assertTrue(g.contains(ConvertHarness.turtle("mesh:C535456 meshv:preferredMappedTo mesh:D010019 .").find().next()));
        assertFalse(g.contains(null, null, org.apache.jena.graph.NodeFactory.createURI("http://id.nlm.nih.gov/mesh/A01")), "A01 not kept");
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertEquals(2, PaperkgCommand.execute("convert-ontology"));
        assertEquals(2, PaperkgCommand.execute("convert-ontology", "mondo", "-o", tmp.resolve("x.ttl").toString()));
        assertEquals(2, PaperkgCommand.execute("convert-ontology", "mesh", "--tree", "t", "--kept-ids", "k", "-o", "x.ttl"));
    }
}
