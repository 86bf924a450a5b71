package org.paperkg.map;

import java.util.Locale;
import java.util.Map;

/**
 * Turns an entity type label as written ("Diseases", "Cell lines") into its singular form. Only the
 * last word is a plural ("Cell lines" → "Cell line"); English plurals that a dropped "s" would
 * break ("Viruses", "Analyses", "Bacteria") come from a table or the "-sses/-xes/-shes" rules (not "-ches": "Headaches").
 */
final class EntityTypes {

    private static final Map<String, String> KNOWN = Map.of(
            "species", "Species", "mesh terms", "MeSH term", "mesh", "MeSH term",
            "cell lines", "Cell line", "genes/proteins", "Gene/protein", "variants", "Variant");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("viruses", "virus"), Map.entry("analyses", "analysis"), Map.entry("diagnoses", "diagnosis"),
            Map.entry("prognoses", "prognosis"), Map.entry("syntheses", "synthesis"), Map.entry("hypotheses", "hypothesis"),
            Map.entry("metastases", "metastasis"), Map.entry("bacteria", "bacterium"), Map.entry("taxa", "taxon"),
            Map.entry("phenomena", "phenomenon"), Map.entry("criteria", "criterion"), Map.entry("fungi", "fungus"),
            Map.entry("nuclei", "nucleus"), Map.entry("loci", "locus"), Map.entry("stimuli", "stimulus"),
            Map.entry("indices", "index"), Map.entry("matrices", "matrix"), Map.entry("mice", "mouse"),
            Map.entry("children", "child"), Map.entry("people", "person"), Map.entry("series", "series"),
            Map.entry("data", "data"), Map.entry("genera", "genus"), Map.entry("media", "medium"));

    private EntityTypes() {}

    static String singular(String label) {
        String t = label.strip();
        String known = KNOWN.get(t.toLowerCase(Locale.ROOT));
        if (known != null) return known;
        int wordStart = t.lastIndexOf(' ') + 1;
        return t.substring(0, wordStart) + singularWord(t.substring(wordStart));
    }

    private static String singularWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) return sameCase(w, irregular);
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("shes") || lower.endsWith("zzes"))
            return w.substring(0, w.length() - 2);
        if (lower.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + sameCase(w.substring(w.length() - 3), "y");
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && w.length() > 3)
            return w.substring(0, w.length() - 1);
        return w;
    }

    /** {@code singular} written like {@code asWritten}: all capitals, a capital first letter, or lower case. */
    private static String sameCase(String asWritten, String singular) {
        if (asWritten.length() > 1 && asWritten.equals(asWritten.toUpperCase(Locale.ROOT)))
            return singular.toUpperCase(Locale.ROOT);
        if (Character.isUpperCase(asWritten.charAt(0)))
            return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
        return singular;
    }
}
