package org.paperkg.ids;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One row of the prefix table: a concept scheme, its canonical namespace and accepted forms. */
public record Scheme(String prefix, List<String> aliases, String namespace, Pattern localPattern,
                     LocalCase localCase, List<Pattern> variants) {

    public enum LocalCase { UPPER, LOWER, KEEP }

    /** Folds a local id as the scheme asks and strips a repeated prefix ({@code HGNC:HGNC:5}). */
    String foldLocal(String local) {
        String l = local.trim();
        for (String name : names()) {
            if (l.length() > name.length() + 1 && l.regionMatches(true, 0, name, 0, name.length())
                    && (l.charAt(name.length()) == ':' || l.charAt(name.length()) == '_')) {
                l = l.substring(name.length() + 1);
                break;
            }
        }
        return switch (localCase) {
            case UPPER -> l.toUpperCase(Locale.ROOT);
            case LOWER -> l.toLowerCase(Locale.ROOT);
            case KEEP -> l;
        };
    }

    List<String> names() {
        var all = new java.util.ArrayList<String>(aliases.size() + 1);
        all.add(prefix);
        all.addAll(aliases);
        return all;
    }
}
