package org.paperkg.ontologytools.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperkg.ontologytools.convert.ConvertHarness.assertSameTriples;
import static org.paperkg.ontologytools.convert.ConvertHarness.run;
import static org.paperkg.ontologytools.convert.ConvertHarness.turtle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.ids.PrefixTable;

/** The MONDO converters on small inline reports: each row type, both class-stats layouts, bad rows. */
class MondoConvertersTest {

    private static final PrefixTable TABLE = PrefixTable.defaults();

    private static ConvertHarness.Converter classStats() {
        return new MondoClassStatsConverter(TABLE, c -> true)::convert;
    }

    private static final String EXPECTED_CLASSES = """
            obo:MONDO_0005246 a owl:Class ; rdfs:label "osteomyelitis" .
            obo:MONDO_0000001 a owl:Class ; rdfs:label "disease" .
            obo:MONDO_0000002 a owl:Class ; rdfs:label "obsolete 46,XX sex reversal" .
            """;

    @Test
    void classStats2023LayoutGivesMondoClassesWithPlainLabelsAndSkipsImportedClasses() throws Exception {
        var r = run(classStats(), "class-stats.tsv", """
                cls\tcls_label\ttextdef_count\txref_count\tnamed_superclass_count\tanon_superclass_count\tnamed_equiv_count\tanon_equiv_count
                MONDO:0005246\t"osteomyelitis"\t1\t20\t0\t0\t0\t0
                GO:0006505\t"GPI anchor metabolic process"\t1\t0\t0\t0\t0\t0
                http://identifiers.org/hgnc/17358\t"TPK1"\t0\t0\t0\t0\t0\t0
                MONDO:0000001\t"disease"\t1\t9\t0\t0\t0\t0
                FOODON:00002470\t"food object quality"@en\t0\t0\t0\t0\t0\t0
                MONDO:0000002\t"obsolete 46,XX sex reversal"\t0\t0\t0\t0\t0\t0
                """);
        assertSameTriples(turtle(EXPECTED_CLASSES), r.graph());
        assertEquals(List.of(), r.problemLines());
        assertEquals(3, r.stats().get("MONDO classes"));
        assertEquals(3, r.stats().get("rows of other ontologies (skipped)"));
    }

    @Test
    void sparqlStyleLayoutWithIrisLanguageTagsEscapesAndOtherColumnOrderGivesTheSameTriples() throws Exception {
        var r = run(classStats(), "class-stats-2026.tsv", """
                ?xref_count\t?cls\t?cls_label
                20\t<http://purl.obolibrary.org/obo/MONDO_0005246>\t"osteomyelitis"@en
                0\t<http://purl.obolibrary.org/obo/GO_0006505>\t"GPI anchor metabolic process"
                9\t<http://purl.obolibrary.org/obo/MONDO_0000001>\t"disease"^^<http://www.w3.org/2001/XMLSchema#string>
                0\t<http://purl.obolibrary.org/obo/MONDO_0000002>\t"obsolete 46,XX sex reversal"
                1\t<http://purl.obolibrary.org/obo/MONDO_0000003>\t"a \\"quoted\\" name\\twith a tab"
                """);
        assertSameTriples(turtle(EXPECTED_CLASSES + """
                obo:MONDO_0000003 a owl:Class ; rdfs:label "a \\"quoted\\" name\\twith a tab" .
                """), r.graph());
        assertEquals(List.of(), r.problemLines());
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheRestIsConverted() throws Exception {
        var r = run(classStats(), "cs.tsv", """
                cls\tcls_label
                MONDO:12\t"too short an id"
                MONDO:0005246\t"osteomyelitis"
                MONDO:0000001
                MONDO:0000004\t"unterminated
                MONDO:0005246\t"osteomyelitis again"
                MONDO:0000001\t"disease"
                """);
        assertSameTriples(turtle("""
                obo:MONDO_0005246 a owl:Class ; rdfs:label "osteomyelitis" .
                obo:MONDO_0000004 a owl:Class .
                obo:MONDO_0000001 a owl:Class ; rdfs:label "disease" .
                """), r.graph());
        assertEquals(List.of(
                "cs.tsv:2: BAD_ID 'MONDO:12' is not a valid MONDO id (expected \\d{7})",
                "cs.tsv:4: BAD_ROW expected a class and a label, found 1 column(s)",
                "cs.tsv:5: NO_LABEL MONDO:0000004 has no readable label: '\"unterminated'",
                "cs.tsv:6: DUPLICATE MONDO:0005246 is listed again"), r.problemLines());
    }

    @Test
    void edgesKeepOnlySubClassOfBetweenMondoClasses() throws Exception {
        var r = run(new MondoEdgesConverter(TABLE, c -> true)::convert, "edges.tsv", """
                x\tp\ty
                MONDO:0005246\trdfs:subClassOf\tMONDO:0003225
                MONDO:0005246\tRO:0004026\tUBERON:0002481
                MONDO:0005570\tRO:0000053\tMONDO:0021136
                MONDO:0000001\trdfs:subClassOf\tBFO:0000016
                <http://purl.obolibrary.org/obo/MONDO_0005246>\t<http://www.w3.org/2000/01/rdf-schema#subClassOf>\t<http://purl.obolibrary.org/obo/MONDO_0002614>
                MONDO:0005246\trdfs:subClassOf
                MONDO:0005246\trdfs:subClassOf\tMONDO:99
                """);
        assertSameTriples(turtle("""
                obo:MONDO_0005246 rdfs:subClassOf obo:MONDO_0003225, obo:MONDO_0002614 .
                """), r.graph());
        assertEquals(List.of(
                "edges.tsv:7: BAD_ROW expected 3 columns (x p y), found 2",
                "edges.tsv:8: BAD_ID 'MONDO:99' is not a valid MONDO id (expected \\d{7})"), r.problemLines());
        assertEquals(2, r.stats().get("edges of other predicates (skipped)"));
        assertEquals(1, r.stats().get("subClassOf edges with a non-MONDO end (skipped)"));
    }

    @Test
    void obsoletesGiveDeprecationReplacementAndConsider() throws Exception {
        var r = run(new MondoObsoletesConverter(TABLE, c -> true)::convert, "obsoletes.tsv", """
                cls\treplCls\tconsCls
                CHEBI:36684\tCHEBI:17792
                MONDO:0000002\t"MONDO:0009299"
                MONDO:0000003
                MONDO:0000038\t\t"MONDO:0018037"
                MONDO:0003571\t\t"HP:0000359"
                MONDO:0003571\t\t"MONDO:0002467"
                MONDO:0016232\t\t"MedDRA:10025532"
                """);
        assertSameTriples(turtle("""
                obo:MONDO_0000002 owl:deprecated true ; obo:IAO_0100001 obo:MONDO_0009299 .
                obo:MONDO_0000003 owl:deprecated true .
                obo:MONDO_0000038 owl:deprecated true ; oboInOwl:consider obo:MONDO_0018037 .
                obo:MONDO_0003571 owl:deprecated true ; oboInOwl:consider obo:HP_0000359, obo:MONDO_0002467 .
                obo:MONDO_0016232 owl:deprecated true .
                """), r.graph());
        assertEquals(List.of("obsoletes.tsv:8: UNKNOWN_PREFIX consider of MONDO:0016232: unknown prefix 'MedDRA' in 'MedDRA:10025532'"),
                r.problemLines());
    }

    @Test
    void aKeepFilterLimitsEveryConverterToTheKeptClasses() throws Exception {
        var keep = java.util.Set.of("MONDO:0005246", "MONDO:0003225");
        var r = run(new MondoEdgesConverter(TABLE, keep::contains)::convert, "edges.tsv", """
                MONDO:0005246\trdfs:subClassOf\tMONDO:0003225
                MONDO:0005246\trdfs:subClassOf\tMONDO:0002614
                MONDO:0003225\trdfs:subClassOf\tMONDO:0005172
                """);
        assertSameTriples(turtle("obo:MONDO_0005246 rdfs:subClassOf obo:MONDO_0003225 ."), r.graph());
    }
}
