package org.paperkg.ontologytools.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperkg.ontologytools.convert.ConvertHarness.assertSameTriples;
import static org.paperkg.ontologytools.convert.ConvertHarness.run;
import static org.paperkg.ontologytools.convert.ConvertHarness.turtle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.ids.PrefixTable;

/** The MeSH and OMIM converters on small inline tables: NLM's MeSH RDF shapes, bad rows. */
class MeshConvertersTest {

    private static final PrefixTable TABLE = PrefixTable.defaults();

    @Test
    void treeFileGivesDescriptorsTreeNumbersAndBroaderDescriptorsInNlmVocabulary() throws Exception {
        // BOM and header as in NLM's file; a child listed before its parent; a descriptor in two trees
        var r = run(new MeshTreeConverter(TABLE, c -> true)::convert, "tree.txt", """
                \uFEFFTree Number\tDesc Ui\tTerm
                C01.539.160\tD001850\tBones Diseases, Infectious
                C01.539\tD007239\tInfection
                C05.116.165\tD001850\tBones Diseases, Infectious
                C05.116\tD001847\tBone Diseases
                C05\tD009140\tMusculoskeletal Diseases
                """.replace("Bones", "Bone"));
        assertSameTriples(turtle("""
                mesh:D001850 a meshv:TopicalDescriptor ; rdfs:label "Bone Diseases, Infectious"@en ; meshv:identifier "D001850" ;
                    meshv:treeNumber mesh:C01.539.160, mesh:C05.116.165 ;
                    meshv:broaderDescriptor mesh:D007239, mesh:D001847 .
                mesh:D007239 a meshv:TopicalDescriptor ; rdfs:label "Infection"@en ; meshv:identifier "D007239" ;
                    meshv:treeNumber mesh:C01.539 .
                mesh:D001847 a meshv:TopicalDescriptor ; rdfs:label "Bone Diseases"@en ; meshv:identifier "D001847" ;
                    meshv:treeNumber mesh:C05.116 ; meshv:broaderDescriptor mesh:D009140 .
                mesh:D009140 a meshv:TopicalDescriptor ; rdfs:label "Musculoskeletal Diseases"@en ; meshv:identifier "D009140" ;
                    meshv:treeNumber mesh:C05 .
                mesh:C01.539.160 a meshv:TreeNumber ; rdfs:label "C01.539.160" ; meshv:parentTreeNumber mesh:C01.539 .
                mesh:C01.539 a meshv:TreeNumber ; rdfs:label "C01.539" ; meshv:parentTreeNumber mesh:C01 .
                mesh:C05.116.165 a meshv:TreeNumber ; rdfs:label "C05.116.165" ; meshv:parentTreeNumber mesh:C05.116 .
                mesh:C05.116 a meshv:TreeNumber ; rdfs:label "C05.116" ; meshv:parentTreeNumber mesh:C05 .
                mesh:C05 a meshv:TreeNumber ; rdfs:label "C05" .
                """), r.graph());
        // C01.539's parent C01 is not in this input: reported, the tree number link is still written
        assertEquals(List.of("tree.txt:3: MISSING_PARENT parent tree number C01 is not in the file"), r.problemLines());
    }

    @Test
    void badTreeRowsAreReportedWithTheirLine() throws Exception {
        var r = run(new MeshTreeConverter(TABLE, c -> true)::convert, "tree.txt", """
                Tree Number\tDesc Ui\tTerm
                C05\tD009140\tMusculoskeletal Diseases
                C05.1x6\tD001847\tBone Diseases
                C05.116\tC001847\tBone Diseases
                C05.116\tD1847\tBone Diseases
                C05.116
                C05\tD009140\tMusculoskeletal Diseases
                """);
        assertSameTriples(turtle("""
                mesh:D009140 a meshv:TopicalDescriptor ; rdfs:label "Musculoskeletal Diseases"@en ; meshv:identifier "D009140" ;
                    meshv:treeNumber mesh:C05 .
                mesh:C05 a meshv:TreeNumber ; rdfs:label "C05" .
                """), r.graph());
        assertEquals(List.of(
                "tree.txt:3: BAD_TREE_NUMBER 'C05.1x6' is not a MeSH tree number (like C01.539.160)",
                "tree.txt:4: BAD_ID 'C001847' is not a descriptor UI (D…)",
                "tree.txt:5: BAD_ID 'D1847' is not a valid MESH id (expected [CDQ]\\d{6}(\\d{3})?)",
                "tree.txt:6: BAD_ROW expected 3 columns (Tree Number, Desc Ui, Term), found 1",
                "tree.txt:7: DUPLICATE tree number C05 is listed again"), r.problemLines());
    }

    @Test
    void diseaseScrsAreScrDiseaseWithPreferredMappedTo() throws Exception {
        var r = run(new MeshScrConverter(TABLE, c -> true)::convert, "scr.tsv", """
                MESH_SCR_ID\tMESH_SCR_NAME\tMESH_ID
                C537839\tCongenital dyserythropoietic anemia and chronic recurrent multifocal osteomyelitis\tD000742
                C537839\tCongenital dyserythropoietic anemia and chronic recurrent multifocal osteomyelitis\tD010019
                D010019\tOsteomyelitis\tD010019
                C535456\tMultifocal osteomyelitis, chronic\tQ000175
                """);
        assertSameTriples(turtle("""
                mesh:C537839 a meshv:SCR_Disease ; meshv:identifier "C537839" ;
                    rdfs:label "Congenital dyserythropoietic anemia and chronic recurrent multifocal osteomyelitis"@en ;
                    meshv:preferredMappedTo mesh:D000742, mesh:D010019 .
                mesh:C535456 a meshv:SCR_Disease ; meshv:identifier "C535456" ; rdfs:label "Multifocal osteomyelitis, chronic"@en .
                """), r.graph());
        assertEquals(List.of(
                "scr.tsv:4: BAD_ID 'D010019' is not a supplementary record UI (C…)",
                "scr.tsv:5: BAD_ID mapped-to 'Q000175' of MESH:C535456 is not a descriptor UI (D…)"), r.problemLines());
    }

    @Test
    void omimFirstNameIsTheLabelAndTheOthersAltLabels() throws Exception {
        var r = run(new OmimNamesConverter(TABLE, c -> true)::convert, "omim.tsv", """
                OMIM_ID\tOMIM_NAME
                202110\t17,20-lyase deficiency, isolated
                614878\tAutoinflammation, antibody deficiency, and immune dysregulation syndrome
                202110\t17-alpha-hydroxylase/17,20-lyase deficiency
                202110\t17-alpha-hydroxylase/17,20-lyase deficiency
                12345\ttoo short

                """);
        assertSameTriples(turtle("""
                omim:202110 rdfs:label "17,20-lyase deficiency, isolated" ;
                    skos:altLabel "17-alpha-hydroxylase/17,20-lyase deficiency" .
                omim:614878 rdfs:label "Autoinflammation, antibody deficiency, and immune dysregulation syndrome" .
                """), r.graph());
        assertEquals(List.of("omim.tsv:6: BAD_ID '12345' is not a valid OMIM id (expected (PS)?\\d{6})"), r.problemLines());
    }
}
