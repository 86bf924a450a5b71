package org.paperkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTypesTest {

    @ParameterizedTest
    @CsvSource({
            "Diseases, Disease", "Chemicals, Chemical", "Genes, Gene", "Species, Species", "Cell lines, Cell line",
            "Viruses, Virus", "VIRUSES, VIRUS", "Processes, Process", "Boxes, Box", "Analyses, Analysis",
            "Bacteria, Bacterium", "Pathologies, Pathology", "Headaches, Headache", "Cell types, Cell type",
            "Disease, Disease", "Genes/proteins, Gene/protein", "Mesh terms, MeSH term", "Status, Status"})
    void labelsAreMadeSingular(String written, String singular) {
        assertEquals(singular, EntityTypes.singular(written));
    }
}
