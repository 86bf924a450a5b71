package org.paperkg.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CURIE → IRI table (ontologies/prefixes.tsv) as PrefixTable reads and applies it. */
class PrefixTableTest {

    private static final PrefixTable TABLE = PrefixTable.defaults();

    /**
     * One valid local id per scheme, as a source would write it, and its canonical folded form.
     * A new row in prefixes.tsv without a sample here fails {@link #everySchemeHasASample()}.
     */
    private static final Map<String, String[]> SAMPLES = new LinkedHashMap<>();
    static {
        SAMPLES.put("MONDO", new String[] {"0005246", "0005246"});
        SAMPLES.put("MESH", new String[] {"d010019", "D010019"});
        SAMPLES.put("OMIM", new String[] {"614878", "614878"});
        SAMPLES.put("NCBIGene", new String[] {"7124", "7124"});
        SAMPLES.put("NCBITaxon", new String[] {"9606", "9606"});
        SAMPLES.put("CHEBI", new String[] {"15365", "15365"});
        SAMPLES.put("HGNC", new String[] {"1100", "1100"});
        SAMPLES.put("DOID", new String[] {"9351", "9351"});
        SAMPLES.put("HP", new String[] {"0001250", "0001250"});
        SAMPLES.put("ORPHA", new String[] {"558", "558"});
        SAMPLES.put("EFO", new String[] {"0000270", "0000270"});
        SAMPLES.put("UMLS", new String[] {"c0011849", "C0011849"});
        SAMPLES.put("GO", new String[] {"0008150", "0008150"});
        SAMPLES.put("UBERON", new String[] {"0002107", "0002107"});
        SAMPLES.put("CL", new String[] {"0000236", "0000236"});
        SAMPLES.put("dbSNP", new String[] {"RS334", "rs334"});
        SAMPLES.put("CVCL", new String[] {"0030", "0030"});
        SAMPLES.put("UniProtKB", new String[] {"p04637", "P04637"});
    }

    @Test
    void tableHasTheSchemesTheIssueAsksFor() {
        List<String> prefixes = TABLE.schemes().stream().map(Scheme::prefix).toList();
        for (String required : List.of("MONDO", "MESH", "OMIM", "NCBIGene", "NCBITaxon", "CHEBI", "HGNC", "DOID", "HP",
                "ORPHA", "EFO", "UMLS", "GO", "UBERON", "CL"))
            assertTrue(prefixes.contains(required), required + " in " + prefixes);
        assertEquals("http://purl.obolibrary.org/obo/MONDO_", namespace("MONDO"));
        assertEquals("http://id.nlm.nih.gov/mesh/", namespace("MESH"));
        assertEquals("https://omim.org/entry/", namespace("OMIM"));
    }

    @Test
    void everyRowOfTheTsvFileIsLoaded() throws java.io.IOException {
        // read the data file independently of PrefixTable, so a silently dropped row shows up
        List<String> rows = new ArrayList<>();
        try (var in = PrefixTableTest.class.getResourceAsStream(PrefixTable.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"))
                if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t")[0].trim());
        }
        assertEquals(rows, TABLE.schemes().stream().map(Scheme::prefix).toList());
    }

    @Test
    void everySchemeHasASample() {
        for (Scheme s : TABLE.schemes())
            assertTrue(SAMPLES.containsKey(s.prefix()), "add a sample id for new scheme " + s.prefix() + " to this test");
    }

    /** Every prefix and alias of every row, in its own spelling, upper case and lower case. */
    @TestFactory
    Stream<DynamicTest> everyPrefixAndAliasResolvesCaseInsensitively() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scheme s : TABLE.schemes()) {
            String[] sample = SAMPLES.get(s.prefix());
            if (sample == null) continue; // reported by everySchemeHasASample
            for (String name : s.names())
                for (String spelling : List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
                    String curie = spelling + ":" + sample[0];
                    tests.add(DynamicTest.dynamicTest(curie, () -> {
                        ConceptRef ref = TABLE.resolve(curie);
                        ConceptRef.Resolved r = assertInstanceOf(ConceptRef.Resolved.class, ref, () -> curie + " → " + ref);
                        assertEquals(s.prefix(), r.scheme());
                        assertEquals(s.prefix() + ":" + sample[1], r.curie());
                        assertEquals(s.namespace() + sample[1], r.iri());
                        assertEquals(curie, r.raw(), "the raw text is kept for audit");
                        assertTrue(IriFactory.isValid(r.iri()), r.iri());
                    }));
                }
        }
        return tests.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        MONDO:0005246                                   | http://purl.obolibrary.org/obo/MONDO_0005246
        mondo:0005246                                   | http://purl.obolibrary.org/obo/MONDO_0005246
        MONDO:MONDO:0005246                             | http://purl.obolibrary.org/obo/MONDO_0005246
        MESH:D010019                                    | http://id.nlm.nih.gov/mesh/D010019
        MeSH:D010019                                    | http://id.nlm.nih.gov/mesh/D010019
        mesh:d010019                                    | http://id.nlm.nih.gov/mesh/D010019
        MESH:C536915                                    | http://id.nlm.nih.gov/mesh/C536915
        MESH: D010019                                   | http://id.nlm.nih.gov/mesh/D010019
        OMIM:614878                                     | https://omim.org/entry/614878
        MIM:614878                                      | https://omim.org/entry/614878
        omim:614878                                     | https://omim.org/entry/614878
        HGNC:HGNC:1100                                  | http://identifiers.org/hgnc/1100
        Cellosaurus:CVCL_0030                           | https://www.cellosaurus.org/CVCL_0030
        """)
    void curiesResolveToTheOneCanonicalIri(String curie, String iri) {
        assertEquals(iri, resolved(curie).iri());
    }

    /**
     * Full IRIs in known non-canonical forms are normalised to the canonical IRI. Each variant
     * pattern of the table is exercised (checked by {@link #everyVariantPatternIsExercised()}).
     */
    static final String[][] IRI_FORMS = {
        {"http://purl.obolibrary.org/obo/MONDO_0005246", "http://purl.obolibrary.org/obo/MONDO_0005246"},
        {"https://purl.obolibrary.org/obo/MONDO_0005246", "http://purl.obolibrary.org/obo/MONDO_0005246"},
        {"https://identifiers.org/mondo:0005246", "http://purl.obolibrary.org/obo/MONDO_0005246"},
        {"https://identifiers.org/MONDO:0005246", "http://purl.obolibrary.org/obo/MONDO_0005246"},
        {"https://bioregistry.io/mondo:0005246", "http://purl.obolibrary.org/obo/MONDO_0005246"},
        {"http://id.nlm.nih.gov/mesh/D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"https://id.nlm.nih.gov/mesh/D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"https://id.nlm.nih.gov/mesh/2023/D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"http://id.nlm.nih.gov/mesh/2023/D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"http://id.nlm.nih.gov/mesh/D010019.html", "http://id.nlm.nih.gov/mesh/D010019"},
        {"https://identifiers.org/MESH:D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"http://identifiers.org/mesh/D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"http://purl.bioontology.org/ontology/MESH/D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"https://meshb.nlm.nih.gov/record/ui?ui=D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"https://www.ncbi.nlm.nih.gov/mesh/D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"https://bioregistry.io/mesh:D010019", "http://id.nlm.nih.gov/mesh/D010019"},
        {"https://omim.org/entry/614878", "https://omim.org/entry/614878"},
        {"https://www.omim.org/entry/614878", "https://omim.org/entry/614878"},
        {"http://purl.obolibrary.org/obo/OMIM_614878", "https://omim.org/entry/614878"},
        {"https://identifiers.org/mim:614878", "https://omim.org/entry/614878"},
        {"https://identifiers.org/omim/614878", "https://omim.org/entry/614878"},
        {"https://bioregistry.io/omim:614878", "https://omim.org/entry/614878"},
        {"https://identifiers.org/ncbigene:7124", "http://identifiers.org/ncbigene/7124"},
        {"https://www.ncbi.nlm.nih.gov/gene/7124", "http://identifiers.org/ncbigene/7124"},
        {"http://purl.uniprot.org/geneid/7124", "http://identifiers.org/ncbigene/7124"},
        {"http://purl.obolibrary.org/obo/NCBITaxon_9606", "http://purl.obolibrary.org/obo/NCBITaxon_9606"},
        {"https://identifiers.org/taxonomy:9606", "http://purl.obolibrary.org/obo/NCBITaxon_9606"},
        {"https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id=9606", "http://purl.obolibrary.org/obo/NCBITaxon_9606"},
        {"https://purl.obolibrary.org/obo/CHEBI_15365", "http://purl.obolibrary.org/obo/CHEBI_15365"},
        {"https://identifiers.org/CHEBI:15365", "http://purl.obolibrary.org/obo/CHEBI_15365"},
        {"https://identifiers.org/hgnc:1100", "http://identifiers.org/hgnc/1100"},
        {"https://purl.obolibrary.org/obo/DOID_9351", "http://purl.obolibrary.org/obo/DOID_9351"},
        {"https://identifiers.org/DOID:9351", "http://purl.obolibrary.org/obo/DOID_9351"},
        {"https://purl.obolibrary.org/obo/HP_0001250", "http://purl.obolibrary.org/obo/HP_0001250"},
        {"https://identifiers.org/HP:0001250", "http://purl.obolibrary.org/obo/HP_0001250"},
        {"https://www.orpha.net/ORDO/Orphanet_558", "http://www.orpha.net/ORDO/Orphanet_558"},
        {"https://identifiers.org/orphanet:558", "http://www.orpha.net/ORDO/Orphanet_558"},
        {"http://purl.obolibrary.org/obo/Orphanet_558", "http://www.orpha.net/ORDO/Orphanet_558"},
        {"https://www.ebi.ac.uk/efo/EFO_0000270", "http://www.ebi.ac.uk/efo/EFO_0000270"},
        {"https://identifiers.org/efo:0000270", "http://www.ebi.ac.uk/efo/EFO_0000270"},
        {"https://linkedlifedata.com/resource/umls/id/C0011849", "http://linkedlifedata.com/resource/umls/id/C0011849"},
        {"https://identifiers.org/umls:C0011849", "http://linkedlifedata.com/resource/umls/id/C0011849"},
        {"https://purl.obolibrary.org/obo/GO_0008150", "http://purl.obolibrary.org/obo/GO_0008150"},
        {"https://identifiers.org/GO:0008150", "http://purl.obolibrary.org/obo/GO_0008150"},
        {"https://purl.obolibrary.org/obo/UBERON_0002107", "http://purl.obolibrary.org/obo/UBERON_0002107"},
        {"https://purl.obolibrary.org/obo/CL_0000236", "http://purl.obolibrary.org/obo/CL_0000236"},
        {"https://identifiers.org/dbsnp:rs334", "http://identifiers.org/dbsnp/rs334"},
        {"https://www.ncbi.nlm.nih.gov/snp/rs334", "http://identifiers.org/dbsnp/rs334"},
        {"https://cellosaurus.org/CVCL_0030", "https://www.cellosaurus.org/CVCL_0030"},
        {"https://identifiers.org/cellosaurus:CVCL_0030", "https://www.cellosaurus.org/CVCL_0030"},
        {"https://purl.uniprot.org/uniprot/P04637", "http://purl.uniprot.org/uniprot/P04637"},
        {"https://www.uniprot.org/uniprot/P04637", "http://purl.uniprot.org/uniprot/P04637"},
        {"https://identifiers.org/uniprot:P04637", "http://purl.uniprot.org/uniprot/P04637"},
    };

    @TestFactory
    Stream<DynamicTest> iriFormsAreNormalisedToTheCanonicalIri() {
        return Stream.of(IRI_FORMS).map(f -> DynamicTest.dynamicTest(f[0] + " → " + f[1],
                () -> assertEquals(f[1], resolved(f[0]).iri())));
    }

    @Test
    void everyVariantPatternIsExercised() {
        List<String> unexercised = new ArrayList<>();
        for (Scheme s : TABLE.schemes())
            for (Pattern v : s.variants())
                if (Stream.of(IRI_FORMS).noneMatch(f -> v.matcher(f[0]).lookingAt()))
                    unexercised.add(s.prefix() + " " + v.pattern());
        assertEquals(List.of(), unexercised, "variant IRI forms in prefixes.tsv with no sample in IRI_FORMS");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        MONDO:12                              | BAD_ID
        MESH:X1                               | BAD_ID
        MESH:D01                              | BAD_ID
        OMIM:12345                            | BAD_ID
        FOO:123                               | UNKNOWN_PREFIX
        osteomyelitis                         | BAD_ID
        https://example.org/obo/MONDO_0005246 | UNKNOWN_PREFIX
        http://purl.obolibrary.org/obo/MONDO_12 | BAD_ID
        """)
    void wrongShapesAndUnknownPrefixesStayUnresolved(String raw, String code) {
        ConceptRef ref = TABLE.resolve(raw);
        ConceptRef.Unresolved u = assertInstanceOf(ConceptRef.Unresolved.class, ref, () -> raw + " → " + ref);
        assertEquals(code, u.code(), u.message());
        assertEquals(raw, u.raw(), "the raw identifier is kept");
    }

    @Test
    void emptyIdentifierIsBadId() {
        assertEquals("BAD_ID", ((ConceptRef.Unresolved) TABLE.resolve("  ")).code());
    }

    private static ConceptRef.Resolved resolved(String raw) {
        ConceptRef ref = TABLE.resolve(raw);
        if (ref instanceof ConceptRef.Resolved r) return r;
        return fail(raw + " did not resolve: " + ref);
    }

    private static String namespace(String prefix) {
        return TABLE.schemes().stream().filter(s -> s.prefix().equals(prefix)).findFirst().orElseThrow().namespace();
    }
}
