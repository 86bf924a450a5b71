package org.paperkg.ontology;

import java.util.Locale;
import java.util.Set;

/**
 * Which entity types name diseases: "Disease"/"Diseases" (CDR, PubTator3, paper cards) and the NCBI
 * Disease corpus classes (SpecificDisease, DiseaseClass, Modifier, CompositeMention).
 */
public final class DiseaseTypes {
    private DiseaseTypes() {}

    private static final Set<String> NCBI = Set.of("specificdisease", "diseaseclass", "modifier", "compositemention");

    /** Every disease type in lower case, for queries that compare {@code LCASE(?type)}. */
    public static Set<String> lowerCaseNames() {
        Set<String> all = new java.util.TreeSet<>(NCBI);
        all.add("disease");
        all.add("diseases");
        return all;
    }

    public static boolean isDisease(String type) {
        if (type == null) return false;
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.equals("disease") || t.equals("diseases") || NCBI.contains(t);
    }
}
