package org.paperkg.lookup;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.paperkg.ids.IriFactory;

/**
 * The IRI a request path stands for: {@code base + path} (without its leading '/'), in the form
 * paperkg mints it (IriFactory): a percent-encoded iunreserved character is decoded (browsers send
 * {@code person/राम} as UTF-8 escapes; {@code %7E} is {@code ~}), every other escape is kept with
 * upper-case hex ({@code paper/doi/10.1000%2Fxyz} keeps its encoded slash, so the DOI stays one
 * segment). A path that does not make a valid IRI, or has dot segments, names nothing paperkg mints.
 */
public final class RequestIri {

    private RequestIri() {}

    /**
     * The IRI for the raw (still percent-encoded) request path after the leading '/', or empty when
     * it is not one paperkg could have minted.
     */
    public static Optional<String> of(String base, String rawPath) {
        String rest = normalise(rawPath);
        if (rest == null || rest.isEmpty()) return Optional.empty();
        for (String segment : rest.split("/", -1))
            if (segment.equals(".") || segment.equals("..")) return Optional.empty();
        String iri = base + rest;
        return IriFactory.isValid(iri) ? Optional.of(iri) : Optional.empty();
    }

    /** The path with iunreserved escapes decoded and the others in upper case; null when an escape is broken. */
    static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            // a run of escapes: decoded together, since one character may take several bytes
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int start = i;
            while (i < raw.length() && raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) return null;
                int hi = Character.digit(raw.charAt(i + 1), 16), lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.write(hi * 16 + lo);
                i += 3;
            }
            String decoded = decodeUtf8(bytes.toByteArray());
            if (decoded == null) {
                out.append(raw.substring(start, i).toUpperCase(java.util.Locale.ROOT));
                continue;
            }
            for (int k = 0; k < decoded.length(); ) {
                int cp = decoded.codePointAt(k);
                String ch = new String(Character.toChars(cp));
                if (isUnreservedAscii(cp) || (cp >= 128 && IriFactory.segment(ch).equals(ch))) out.append(ch);
                else for (byte b : ch.getBytes(StandardCharsets.UTF_8)) out.append(String.format("%%%02X", b & 0xFF));
                k += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    private static boolean isUnreservedAscii(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                || cp == '-' || cp == '.' || cp == '_' || cp == '~';
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
