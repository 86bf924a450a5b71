package org.paperkg.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.paperkg.ids.ConceptRef;
import org.paperkg.ids.IriFactory;
import org.paperkg.ids.PaperIds;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ids.Scheme;
import org.paperkg.map.PaperIris;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the identifier code: CURIE and IRI resolution ({@link PrefixTable}), IRI minting
 * ({@link IriFactory}, {@link PaperIris}) and paper identifiers ({@link PaperIds}). Whatever the text,
 * nothing throws, and every IRI made passes strict checking. The seeds in
 * {@code CurieIriFuzzTestInputs/identifiers} replay in every build; {@code scripts/fuzz ids MINUTES}
 * fuzzes for real.
 */
class CurieIriFuzzTest {

    private static final PrefixTable PREFIXES = PrefixTable.defaults();
    private static final PaperIris IRIS = new PaperIris(PaperIris.DEFAULT_BASE);

    @FuzzTest
    void identifiers(FuzzedDataProvider data) {
        String first = data.consumeString(300);
        String second = data.consumeRemainingAsString();
        for (String text : new String[] {first, second, first + ":" + second, "MESH:" + first, "MONDO:" + first,
                "http://purl.obolibrary.org/obo/" + first, "https://identifiers.org/" + first + ":" + second})
            curie(text);
        if (!PREFIXES.schemes().isEmpty()) {
            Scheme scheme = PREFIXES.schemes().get(Math.floorMod(first.hashCode(), PREFIXES.schemes().size()));
            resolved(PREFIXES.resolveIn(scheme.prefix(), second), second);
        }
        encoding(first);
        encoding(second);
        paperIds(first, second);
    }

    /** resolve() never throws; what it resolves is a strict IRI that resolves to itself again. */
    private static void curie(String text) {
        ConceptRef ref = PREFIXES.resolve(text);
        resolved(ref, text);
        String canonical = PREFIXES.canonicalIri(text);
        if (canonical == null) throw new AssertionError("canonicalIri gave null for " + text);
    }

    private static void resolved(ConceptRef ref, String text) {
        if (ref == null) throw new AssertionError("null for " + text);
        if (!(ref instanceof ConceptRef.Resolved r)) {
            ConceptRef.Unresolved u = (ConceptRef.Unresolved) ref;
            if (u.code() == null || u.message() == null) throw new AssertionError("unresolved without a reason: " + text);
            return;
        }
        strict(r.iri(), text);
        ConceptRef again = PREFIXES.resolve(r.curie());
        if (!(again instanceof ConceptRef.Resolved a) || !a.iri().equals(r.iri()))
            throw new AssertionError("canonical CURIE " + r.curie() + " of '" + text + "' does not resolve to " + r.iri() + " but " + again);
        ConceptRef viaIri = PREFIXES.resolve(r.iri());
        if (!(viaIri instanceof ConceptRef.Resolved v) || !v.iri().equals(r.iri()))
            throw new AssertionError("canonical IRI " + r.iri() + " does not resolve to itself but " + viaIri);
        if (!PREFIXES.canonicalIri(r.iri()).equals(r.iri()))
            throw new AssertionError("canonicalIri changes the canonical IRI " + r.iri());
    }

    /** segment() and path() give strict IRIs and lose nothing (text without lone surrogates). */
    private static void encoding(String text) {
        String segment = IriFactory.segment(text);
        if (segment.indexOf('/') >= 0 || segment.indexOf('#') >= 0 || segment.indexOf('?') >= 0)
            throw new AssertionError("segment keeps a delimiter: " + segment);
        strict("https://example.org/x/" + segment, text);
        strict("https://example.org/x/" + segment + "#" + IriFactory.segment(text), text);
        String path = IriFactory.path(text);
        if (path.indexOf('#') >= 0 || path.indexOf('?') >= 0) throw new AssertionError("path keeps # or ?: " + path);
        strict("https://example.org/x/" + path, text);
        if (!hasLoneSurrogate(text)) {
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            if (!decode(segment).equals(nfc)) throw new AssertionError("segment loses text: '" + text + "' -> " + segment);
            if (!decode(path).equals(nfc)) throw new AssertionError("path loses text: '" + text + "' -> " + path);
        }
    }

    /** Normalised paper ids are stable, and every IRI minted from them is strict. */
    private static void paperIds(String a, String b) {
        Optional<String> doi = PaperIds.doi(a);
        Optional<String> pmid = PaperIds.pmid(a);
        Optional<String> pmcid = PaperIds.pmcid(a);
        doi.ifPresent(d -> {
            if (!PaperIds.doi(d).equals(doi)) throw new AssertionError("DOI not stable: " + a + " -> " + d + " -> " + PaperIds.doi(d));
            if (!PaperIds.doi("https://doi.org/" + d).equals(doi)) throw new AssertionError("doi.org form differs: " + d);
            String upper = d.toUpperCase(Locale.ROOT);
            if (upper.toLowerCase(Locale.ROOT).equals(d) && !PaperIds.doi(upper).equals(doi))
                throw new AssertionError("DOI case matters: " + d);
            strict("https://doi.org/" + IriFactory.path(d), a);
        });
        pmid.ifPresent(p -> {
            if (!PaperIds.pmid(p).equals(pmid)) throw new AssertionError("PMID not stable: " + a + " -> " + p);
        });
        pmcid.ifPresent(p -> {
            if (!PaperIds.pmcid(p).equals(pmcid)) throw new AssertionError("PMCID not stable: " + a + " -> " + p);
        });
        strict(IRIS.paper(pmcid.orElse(null), pmid.orElse(null), doi.orElse(null), b), a);
        strict(IRIS.paper(null, null, null, b), b);
        strict(IRIS.person(b), b);
        String paper = IRIS.paper(null, null, doi.orElse(null), a);
        strict(IRIS.graph("card", paper), a);
        strict(PaperIris.part(paper, b), b);
    }

    private static void strict(String iri, String from) {
        if (!IriFactory.isValid(iri)) throw new AssertionError("not a strict IRI: <" + iri + "> (from '" + from + "')");
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                else return true;
            } else if (Character.isLowSurrogate(c)) return true;
        }
        return false;
    }

    /** Percent-decoding as UTF-8 (what an IRI's reader does to get the text back). */
    private static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
