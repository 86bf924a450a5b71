package org.paperkg.ontologytools.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ontologytools.convert.ConvertStats;

/** The SSSOM slice keeps the metadata and the touching rows verbatim, matching ids by canonical CURIE. */
class SssomSlicerTest {

    @TempDir
    Path tmp;

    private Path copy(String resource) throws Exception {
        Path file = tmp.resolve(resource.replace(".gz", ""));
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/ontology/" + resource))) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void keepsHeaderAndTheRowsWhoseSubjectOrObjectIsKept() throws Exception {
        // the 2026 file writes MeSH objects as lower-case mesh:D…; ids files use MESH:D…
        Path in = copy("mondo-exactmatch-mesh-2026.sssom.tsv.gz");
        ConceptIdSet keep = new ConceptIdSet();
        keep.add("MESH:D010019");
        keep.add("MONDO:0000001");
        Path out = tmp.resolve("slice.sssom.tsv");
        ConvertStats stats = new ConvertStats();
        new SssomSlicer(PrefixTable.defaults()).slice(in, keep, out, p -> { throw new AssertionError(p.toString()); }, stats);

        List<String> original = Files.readAllLines(in, StandardCharsets.UTF_8);
        List<String> header = original.stream().takeWhile(l -> !l.startsWith("MONDO:")).toList();
        assertEquals(15, header.size(), "14 metadata lines and the column names");
        List<String> expected = new java.util.ArrayList<>(header);
        expected.add("MONDO:0000001\tdisease\tskos:exactMatch\tmesh:D004194\tsemapv:ManualMappingCuration");
        expected.add("MONDO:0005246\tosteomyelitis\tskos:exactMatch\tmesh:D010019\tsemapv:ManualMappingCuration");
        assertEquals(expected, Files.readAllLines(out, StandardCharsets.UTF_8));
        assertEquals(8, stats.get("mapping rows read"));
        assertEquals(2, stats.get("mapping rows kept"));
    }
}
