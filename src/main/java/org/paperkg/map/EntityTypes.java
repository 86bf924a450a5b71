package org.paperkg.map;

import java.util.Locale;
import java.util.Map;

/** Turns an entity type label as written ("Diseases", "Cell lines") into its singular form. */
final class EntityTypes {

    private static final Map<String, String> KNOWN = Map.of(
            "species", "Species", "mesh terms", "MeSH term", "mesh", "MeSH term",
            "cell lines", "Cell line", "genes/proteins", "Gene/protein", "variants", "Variant");

    private EntityTypes() {}

    static String singular(String label) {
        String t = label.strip();
        String known = KNOWN.get(t.toLowerCase(Locale.ROOT));
        if (known != null) return known;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && t.length() > 4) return t.substring(0, t.length() - 3) + "y";
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && t.length() > 3)
            return t.substring(0, t.length() - 1);
        return t;
    }
}
