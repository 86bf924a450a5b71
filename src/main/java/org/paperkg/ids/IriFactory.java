package org.paperkg.ids;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The one place where paperkg turns strings into IRIs. Text is NFC-normalised, then every code
 * point outside RFC 3987 {@code iunreserved} (plus what the caller explicitly allows), and every
 * one Jena's checker refuses although RFC 3987 allows it, is percent-encoded as UTF-8, so the result
 * always passes Jena's strict IRI checks.
 */
public final class IriFactory {

    /** Characters besides iunreserved that may stay as they are inside a path (not "/"). */
    private static final String PATH_SUB_DELIMS = "!$&'()*+,;=:@";

    private IriFactory() {}

    /** Encodes text for use as one path segment or fragment: "/" and all delimiters are encoded. */
    public static String segment(String text) {
        return encode(text, "");
    }

    /** Encodes text for use as a path: "/" and sub-delimiters stay (DOIs keep their shape). */
    public static String path(String text) {
        return encode(text, "/" + PATH_SUB_DELIMS);
    }

    /** IRIs (and IRI prefixes) that passed the checks lately: vocabulary, concepts and people recur. */
    private static final int VALID_MAX = 50_000;
    private static final Map<String, Boolean> VALID = new ConcurrentHashMap<>();

    /** A checked IRI node for a string already built from encoded parts. */
    public static Node iri(String iri) {
        if (!VALID.containsKey(iri)) {
            check(iri);
            remember(iri);
        }
        return NodeFactory.createURI(iri);
    }

    /**
     * The IRI {@code prefix + segment(text)}, where {@code prefix} ends with '#' or '/'. The prefix is
     * checked (once, then remembered); what {@link #segment} makes of any text is iunreserved
     * characters and percent-encodings, which keep a fragment or a path segment valid, so the whole
     * IRI is not parsed again (dot segments, which a path would resolve away, still are).
     */
    public static Node withSegment(String prefix, String text) {
        char last = prefix.isEmpty() ? 0 : prefix.charAt(prefix.length() - 1);
        if (last != '#' && last != '/') throw new IllegalArgumentException("prefix must end with '#' or '/': " + prefix);
        String seg = segment(text);
        if (last == '/' && (seg.isEmpty() || seg.equals(".") || seg.equals(".."))) return iri(prefix + seg);
        if (!VALID.containsKey(prefix)) {
            check(prefix + "x");
            remember(prefix);
        }
        return NodeFactory.createURI(prefix + seg);
    }

    private static void remember(String iri) {
        if (VALID.size() >= VALID_MAX) VALID.clear();
        VALID.put(iri, Boolean.TRUE);
    }

    /** True when the string is an absolute IRI that passes strict checking. */
    public static boolean isValid(String iri) {
        try {
            check(iri);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void check(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (parsed.isRelative() || parsed.hasViolations())
                throw new IllegalArgumentException("not a valid absolute IRI: " + iri);
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid IRI: " + iri + " (" + e.getMessage() + ")", e);
        }
    }

    private static String encode(String text, String alsoAllowed) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + 8);
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            int len = Character.charCount(cp);
            if ((isIUnreserved(cp) && (cp < 128 || passesStrictChecking(cp))) || (cp < 128 && alsoAllowed.indexOf(cp) >= 0)) {
                out.appendCodePoint(cp);
            } else {
                // only a lone surrogate (a code point D800-DFFF on its own) is not text; found by
                // fuzzing: '(char) cp' took U+10DBEE, whose low 16 bits look like one, for one too
                String ch = cp >= 0xD800 && cp <= 0xDFFF ? "\uFFFD" : nfc.substring(i, i + len);
                for (byte b : ch.getBytes(StandardCharsets.UTF_8))
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                       .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i += len;
        }
        return out.toString();
    }

    /** Non-ASCII code points already probed: true when Jena's strict checker accepts them in a path. */
    private static final ConcurrentHashMap<Integer, Boolean> STRICT_OK = new ConcurrentHashMap<>();

    /**
     * Whether the strict checker accepts this (non-ASCII, ucschar) code point as it is. RFC 3987
     * allows every ucschar, but Jena's checker also refuses some of them (deprecated characters such
     * as U+0149, Unicode white space such as U+3000): found by fuzzing, those made IRIs that failed
     * strict checking. Rather than copy the checker's rules, each code point met is probed once.
     */
    private static boolean passesStrictChecking(int cp) {
        return STRICT_OK.computeIfAbsent(cp, c -> {
            try {
                return !IRIx.create("http://example.org/a" + new String(Character.toChars(c)) + "b").hasViolations();
            } catch (IRIException e) {
                return false;
            }
        });
    }

    private static boolean isIUnreserved(int cp) {
        if (cp < 128)
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '-' || cp == '.' || cp == '_' || cp == '~';
        return isUcsChar(cp);
    }

    // RFC 3987 ucschar ranges
    private static boolean isUcsChar(int cp) {
        if (cp >= 0xA0 && cp <= 0xD7FF) return true;
        if (cp >= 0xF900 && cp <= 0xFDCF) return true;
        if (cp >= 0xFDF0 && cp <= 0xFFEF) return true;
        if (cp >= 0x10000 && cp <= 0xEFFFD) {
            int low = cp & 0xFFFF;
            return low <= 0xFFFD;
        }
        return false;
    }
}
