package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;

/**
 * Turns the identifier field of a PubTator line or a BioC annotation into concepts, one per part:
 * <ul>
 * <li>composites {@code D001|D002}, {@code D001+D002} (NCBI Disease) and {@code 6239;252961} (PubTator3)
 * give one concept per part; blanks around parts are dropped;</li>
 * <li>prefixed ids ({@code MESH:D…}, {@code OMIM:n}, {@code CVCL:…}) go through the prefix table;</li>
 * <li>bare ids take their scheme from the entity type (Gene → NCBIGene, Species → NCBITaxon,
 * Chemical/Disease and the NCBI Disease corpus types → MESH); a bare MeSH UI ({@code D…}/{@code C…})
 * is MeSH whatever the type;</li>
 * <li>{@code -1}, {@code -}, {@code None} or no id are {@link #UNNORMALISED}: a normal corpus value, not a
 * problem;</li>
 * <li>variant annotations (tmVar notation such as {@code tmVar:p|SUB|S|161|A;HGVS:p.S161A;…}) are not
 * split; their rs numbers become dbSNP concepts, and a variant without one is {@link #VARIANT_NOTATION},
 * also not a problem: the notation names no concept in any scheme.</li>
 * </ul>
 * Everything else that does not resolve is an Unresolved ref whose code the reader reports.
 */
final class ConceptIds {

    /** Code of an id the corpus marks as not normalisable ({@code -1}) or leaves out. */
    static final ProblemCode UNNORMALISED = ProblemCode.UNNORMALISED;
    /** Code of a variant written in tmVar/HGVS notation with no rs number. */
    static final ProblemCode VARIANT_NOTATION = ProblemCode.VARIANT_NOTATION;

    private static final Pattern PARTS = Pattern.compile("[|+;]");
    private static final Pattern BARE_MESH_UI = Pattern.compile("[CD]\\d{6}(\\d{3})?");
    private static final Pattern RS_NUMBER = Pattern.compile("(?i)(?:RS#:|\\brs)(\\d+)");
    private static final Set<String> NO_ID = Set.of("", "-1", "-", "none", "null", "n/a");

    /** Entity types (lower case) whose bare ids belong to one scheme. */
    private static final Map<String, String> BARE_SCHEME_BY_TYPE = Map.ofEntries(
            Map.entry("gene", "NCBIGene"), Map.entry("geneorgeneproduct", "NCBIGene"),
            Map.entry("species", "NCBITaxon"), Map.entry("organismtaxon", "NCBITaxon"),
            Map.entry("chemical", "MESH"), Map.entry("chemicalentity", "MESH"),
            Map.entry("disease", "MESH"), Map.entry("diseaseorphenotypicfeature", "MESH"),
            Map.entry("specificdisease", "MESH"), Map.entry("diseaseclass", "MESH"),
            Map.entry("modifier", "MESH"), Map.entry("compositemention", "MESH"));

    private static final Set<String> VARIANT_TYPES = Set.of("mutation", "dnamutation", "proteinmutation", "snp",
            "variant", "sequencevariant", "dnaacidchange", "proteinacidchange", "acidchange", "allele");

    private final PrefixTable prefixes;

    ConceptIds(PrefixTable prefixes) {
        this.prefixes = prefixes;
    }

    /**
     * The concepts of one identifier field, never empty.
     *
     * @param raw        the field as written (may be null when the source has none)
     * @param entityType the annotation's type, or null when unknown (relation arguments)
     */
    List<ConceptRef> parse(String raw, String entityType) {
        String field = raw == null ? "" : raw.strip();
        String type = entityType == null ? "" : entityType.strip().toLowerCase(Locale.ROOT);
        if (isNoId(field))
            return List.of(unnormalised(raw == null ? "" : raw));
        if (VARIANT_TYPES.contains(type) || field.regionMatches(true, 0, "tmVar:", 0, 6))
            return variant(field);
        List<ConceptRef> refs = new ArrayList<>();
        for (String part : PARTS.split(field, -1))
            refs.add(one(part.strip(), type));
        return refs;
    }

    private ConceptRef one(String id, String type) {
        if (isNoId(id)) return unnormalised(id);
        if (id.indexOf(':') > 0) return prefixes.resolve(id);
        if (BARE_MESH_UI.matcher(id).matches()) return prefixes.resolveIn("MESH", id);
        String scheme = BARE_SCHEME_BY_TYPE.get(type);
        if (scheme != null) return prefixes.resolveIn(scheme, id);
        return new ConceptRef.Unresolved(id, ProblemCode.UNKNOWN_PREFIX, type.isEmpty()
                ? "bare id '" + id + "' without a prefix: its scheme is unknown"
                : "bare id '" + id + "' of type '" + type + "': no scheme is known for this type");
    }

    private List<ConceptRef> variant(String field) {
        List<ConceptRef> refs = new ArrayList<>();
        Matcher m = RS_NUMBER.matcher(field);
        while (m.find()) {
            ConceptRef ref = prefixes.resolveIn("dbSNP", "rs" + m.group(1));
            if (!refs.contains(ref)) refs.add(ref);
        }
        if (refs.isEmpty())
            refs.add(new ConceptRef.Unresolved(field, VARIANT_NOTATION, "variant notation names no concept: '" + field + "'"));
        return refs;
    }

    private static boolean isNoId(String id) {
        return NO_ID.contains(id.toLowerCase(Locale.ROOT));
    }

    private static ConceptRef unnormalised(String raw) {
        return new ConceptRef.Unresolved(raw.strip(), UNNORMALISED, "the source gives no normalised id");
    }

    static boolean isUnnormalised(ConceptRef ref) {
        return ref instanceof ConceptRef.Unresolved u && u.problemCode() == UNNORMALISED;
    }

    /** True for an unresolved id that is a problem of the input (not {@code -1}, not a variant's notation). */
    static boolean isProblem(ConceptRef ref) {
        return ref instanceof ConceptRef.Unresolved u && u.problemCode() != UNNORMALISED && u.problemCode() != VARIANT_NOTATION;
    }
}
