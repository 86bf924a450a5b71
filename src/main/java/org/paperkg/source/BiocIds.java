package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.ProblemCode;

/**
 * The identifiers of BioC annotations and relations. CDR writes bare MeSH UIs under the infon key
 * {@code MESH}; PubTator3 writes {@code identifier} values that are CURIEs ({@code MESH:D001}) or
 * bare ids whose scheme follows from the annotation type (a Gene's NCBI Gene id, a Species' NCBI
 * Taxonomy id). Composite ids are joined by {@code |} (not split for variants, whose tmVar ids
 * contain {@code |}); {@code -1} means the corpus could not normalise the mention.
 */
final class BiocIds {

    /** Infon keys holding an annotation's identifier, in the order they are looked for; null = by type. */
    private static final List<Map.Entry<String, String>> KEYS = List.of(
            Map.entry("identifier", ""), Map.entry("Identifier", ""), Map.entry("MESH", "MESH"), Map.entry("MeSH", "MESH"),
            Map.entry("NCBI Gene", "NCBIGene"), Map.entry("OMIM", "OMIM"));

    private static final Set<String> MESH_TYPES = Set.of("disease", "chemical", "specificdisease", "diseaseclass",
            "modifier", "compositemention", "drug");
    private static final Pattern VARIANT = Pattern.compile("(?i).*(variant|mutation|snp|acidchange).*");
    private static final Pattern CURIE = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*:.+");

    private final PrefixTable prefixes;

    BiocIds(PrefixTable prefixes) {
        this.prefixes = prefixes;
    }

    /** The raw identifier of an annotation and the scheme its bare ids belong to, from its infons. */
    record Raw(String text, String scheme) {}

    static Raw find(Map<String, String> infons, String type) {
        for (Map.Entry<String, String> key : KEYS) {
            String v = infons.get(key.getKey());
            if (v != null) return new Raw(v.strip(), key.getValue().isEmpty() ? schemeOfType(type) : key.getValue());
        }
        return null;
    }

    /** The scheme of bare ids of an entity type, or null when it is not known. */
    static String schemeOfType(String type) {
        if (type == null) return null;
        String t = type.toLowerCase(Locale.ROOT);
        if (MESH_TYPES.contains(t)) return "MESH";
        if (t.equals("gene") || t.equals("protein")) return "NCBIGene";
        if (t.equals("species")) return "NCBITaxon";
        return null;
    }

    /** One concept per id of a (possibly composite) identifier; never empty. */
    List<ConceptRef> resolve(Raw raw, String type) {
        if (raw == null || raw.text().isEmpty())
            return List.of(new ConceptRef.Unresolved("", ProblemCode.MISSING_ID, "the annotation has no identifier"));
        if (raw.text().equals("-1"))
            return List.of(new ConceptRef.Unresolved("-1", ProblemCode.UNNORMALISED, "-1: the corpus could not normalise this mention"));
        boolean single = (type != null && VARIANT.matcher(type).matches()) || raw.text().regionMatches(true, 0, "tmVar:", 0, 6);
        List<ConceptRef> refs = new ArrayList<>();
        for (String part : single ? new String[] {raw.text()} : raw.text().split("\\|")) {
            String id = part.strip();
            if (id.isEmpty()) continue;
            if (id.equals("-1"))
                refs.add(new ConceptRef.Unresolved("-1", ProblemCode.UNNORMALISED, "-1: the corpus could not normalise this part"));
            else if (CURIE.matcher(id).matches())
                refs.add(prefixes.resolve(id));
            else if (raw.scheme() != null)
                refs.add(prefixes.resolveIn(raw.scheme(), id));
            else
                refs.add(new ConceptRef.Unresolved(id, ProblemCode.UNKNOWN_SCHEME, "bare id '" + id + "' of type '" + type
                        + "': its scheme is not known"));
        }
        if (refs.isEmpty()) refs.add(new ConceptRef.Unresolved(raw.text(), ProblemCode.BAD_ID, "no id in '" + raw.text() + "'"));
        return refs;
    }
}
