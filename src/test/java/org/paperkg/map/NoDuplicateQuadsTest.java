package org.paperkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.reading.RunSummary;
import org.paperkg.source.CardReader;

/** The mapper writes each quad of a paper once, so the run's triple count is what a store holds. */
class NoDuplicateQuadsTest {

    @Test
    void repeatedConceptsAndAuthorsAreWrittenOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dup.md"), """
                # Two surface forms, one concept; one author twice

                **Authors:** Anna Rossi, Anna Rossi

                PubMed · PMID: 1

                ## Full-text entities

                - **Chemicals:** vancomycin (MESH:D014640), Vancomycin hydrochloride (MESH:D014640)

                ---
                Source: https://example.org/paper/1
                """, StandardCharsets.UTF_8);
        List<Quad> quads = new ArrayList<>();
        MappingRun run = new MappingRun(new CardReader(PrefixTable.defaults()), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                p -> {}, Progress.none());
        RunSummary summary = run.run(List.of(dir, Path.of("src/test/resources/fixture")), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });

        Map<Quad, Integer> counts = new HashMap<>();
        quads.forEach(q -> counts.merge(q, 1, Integer::sum));
        counts.values().removeIf(n -> n == 1);
        assertEquals(Map.of(), counts, "quads written more than once");
        assertEquals(quads.size(), summary.triples(), "the summary counts the quads written");
    }
}
