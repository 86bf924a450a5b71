package org.paperkg.ontologytools.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.testutil.Cards;

/** Disease ids from each corpus format: PubTator (CDR, NCBI), BioC XML and JSON, paper cards. */
class CorpusIdsTest {

    @TempDir
    Path tmp;

    private final List<Problem> problems = new ArrayList<>();

    private Set<String> collect(Path... files) throws Exception {
        Set<String> ids = new TreeSet<>();
        new CorpusIds(PrefixTable.defaults()).collect(List.of(files), ids::add, problems::add);
        return ids;
    }

    @Test
    void pubTatorDiseaseMentionsWithCompositesOmimAndUnnormalisedIds() throws Exception {
        Path cdr = tmp.resolve("cdr.txt");
        Files.writeString(cdr, """
                227508|t|Naloxone reverses the antihypertensive effect of clonidine.
                227508|a|In unanesthetized, spontaneously hypertensive rats ...
                227508\t0\t8\tNaloxone\tChemical\tD009270
                227508\t93\t105\thypertensive\tDisease\tD006973
                227508\t110\t130\tvalvular and pulmonary disease\tDisease\tD014623|D008171\tvalvular disease|pulmonary disease
                227508\t140\t150\tsomething\tDisease\t-1
                227508\tCID\tD008750\tD007022

                """);
        Path ncbi = tmp.resolve("ncbi.txt");
        Files.writeString(ncbi, """

                10192393|t|A common human skin tumour is caused by activating mutations in beta-catenin.
                10192393|a|WNT signalling ...
                10192393\t15\t26\tskin tumour\tDiseaseClass\tD012878
                10192393\t670\t698\tcolon and some other cancers\tCompositeMention\tD003110+C537666
                10192393\t700\t710\tAPC\tSpecificDisease\tOMIM:175100
                10192393\t720\t730\tbroken\tModifier\tX12
                """);
        assertEquals(Set.of("MESH:D006973", "MESH:D014623", "MESH:D008171", "MESH:D012878", "MESH:D003110", "MESH:C537666", "OMIM:175100"),
                collect(cdr, ncbi));
        assertEquals(List.of(ncbi + ":7: BAD_ID not a CURIE (prefix:id): 'X12'"), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void biocXmlGzippedWithADoctypeThatIsNeverFetched() throws Exception {
        Path xml = tmp.resolve("corpus.BioC.xml.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(xml))) {
            out.write("""
                    <?xml version='1.0' encoding='UTF-8'?><!DOCTYPE collection SYSTEM 'http://example.invalid/BioC.dtd'>
                    <collection><source>PubTator</source><document><id>1</id><passage><offset>0</offset><text>t</text>
                    <annotation id='0'><infon key="type">Chemical</infon><infon key="MESH">D009270</infon></annotation>
                    <annotation id='1'><infon key="type">Disease</infon><infon key="MESH">D006973</infon></annotation>
                    <annotation id='2'><infon key="type">Disease</infon><infon key="MESH">-1</infon></annotation>
                    <annotation id='3'><infon key="type">Disease</infon><infon key="MESH">C537666|D008171</infon></annotation>
                    </passage></document></collection>
                    """.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Set.of("MESH:D006973", "MESH:C537666", "MESH:D008171"), collect(xml));
        assertEquals(List.of(), problems);
    }

    @Test
    void biocJsonFromPubTator3() throws Exception {
        Path json = tmp.resolve("doc.json");
        Files.writeString(json, """
                {"id": "28041912", "passages": [{"annotations": [
                  {"infons": {"identifier": "MESH:D011471", "type": "Disease", "normalized_id": "D011471"}},
                  {"infons": {"identifier": "9606", "type": "Species"}},
                  {"infons": {"type": "Disease", "valid": false, "normalized_id": null}}
                ]}]}
                """);
        assertEquals(Set.of("MESH:D011471"), collect(json));
    }

    @Test
    void paperCardDiseases() throws Exception {
        Path card = tmp.resolve("card.md");
        Files.writeString(card, Cards.example());
        assertEquals(Set.of("MONDO:0005246", "OMIM:614878", "MESH:D014077", "MESH:D007249", "MESH:D010019", "MESH:D007239", "MESH:D001847"),
                collect(card));
    }
}
