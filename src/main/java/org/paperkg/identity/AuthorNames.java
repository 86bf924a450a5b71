package org.paperkg.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.paperkg.source.Author;

/**
 * Whether two sources' authors at the same position of one paper name the same person. Sources
 * spell names differently: a card gives "Ming-Gang Deng", PubMed ForeName "Ming-Gang" and LastName
 * "Deng", another source "Deng MG" or "Deng Ming-Gang". Two names match when their family names
 * are equal once accents, case and punctuation are folded, and their given names' initials agree
 * (one set of initials starts the other). A name without separate parts is read both ways round
 * (family last, or first), and a trailing run of one to three capitals is taken as initials.
 */
final class AuthorNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}");

    /** One way of reading a name: the folded family name and the given names' initials. */
    private record Reading(String family, String initials) {}

    private AuthorNames() {}

    static boolean samePerson(Author a, Author b) {
        if (a.collective() || b.collective()) return a.collective() && b.collective() && fold(a.name()).equals(fold(b.name()));
        for (Reading x : readings(a))
            for (Reading y : readings(b))
                if (x.family().equals(y.family()) && !x.family().isEmpty() && initialsAgree(x.initials(), y.initials()))
                    return true;
        return false;
    }

    private static boolean initialsAgree(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return true; // a family name alone: nothing contradicts it
        return x.startsWith(y) || y.startsWith(x);
    }

    private static List<Reading> readings(Author a) {
        List<Reading> out = new ArrayList<>();
        if (a.familyName() != null) {
            out.add(new Reading(fold(a.familyName()), a.givenName() == null ? "" : initialsOf(a.givenName())));
            return out;
        }
        String[] tokens = a.name().strip().split("\\s+");
        if (tokens.length == 1) {
            out.add(new Reading(fold(tokens[0]), ""));
            return out;
        }
        String last = tokens[tokens.length - 1];
        String allButLast = String.join(" ", java.util.Arrays.copyOf(tokens, tokens.length - 1));
        String allButFirst = String.join(" ", java.util.Arrays.copyOfRange(tokens, 1, tokens.length));
        if (INITIALS.matcher(last).matches()) out.add(new Reading(fold(allButLast), last.toLowerCase(Locale.ROOT)));
        out.add(new Reading(fold(last), initialsOf(allButLast)));
        out.add(new Reading(fold(tokens[0]), initialsOf(allButFirst)));
        return out;
    }

    /** "Ming-Gang" → "mg", "J. R. R." → "jrr". */
    private static String initialsOf(String given) {
        String g = strip(given).strip();
        if (INITIALS.matcher(g).matches()) return g.toLowerCase(Locale.ROOT); // PubMed's Initials, "MG"
        StringBuilder b = new StringBuilder();
        for (String part : NOT_LETTER.split(g))
            if (!part.isEmpty()) b.appendCodePoint(Character.toLowerCase(part.codePointAt(0)));
        return b.toString();
    }

    private static String fold(String s) {
        return NOT_LETTER.matcher(strip(s).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String strip(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }
}
