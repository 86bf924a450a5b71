package org.paperkg.serve;

import java.util.Objects;

import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.source.InputLimits;

/**
 * How the server maps and counts what is written to it: the base IRI and prefix table it was
 * started with (papers ingested through {@code POST /kg/ingest} get the IRIs a command-line ingest
 * would give them, and the write guard knows which graphs are paperkg's), the record limits, the
 * version recorded in each run's provenance, and the largest upload taken.
 *
 * @param base           the base IRI as papers use it (ending in '/')
 * @param maxUploadBytes the largest request body {@code POST /kg/ingest} spools; a larger one is 413
 */
public record IngestSettings(String base, PrefixTable prefixes, InputLimits limits, String version, long maxUploadBytes) {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 256L << 20;

    public IngestSettings {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(version, "version");
        if (maxUploadBytes < 1)
            throw new IllegalArgumentException("the upload limit must be positive, got " + maxUploadBytes);
    }

    /** paperkg's default base and prefixes, default limits. */
    public static IngestSettings defaults() {
        return new IngestSettings(new PaperIris(PaperIris.DEFAULT_BASE).base(), PrefixTable.defaults(), InputLimits.DEFAULTS,
                "dev", DEFAULT_MAX_UPLOAD_BYTES);
    }

    public IngestSettings withMaxUploadBytes(long bytes) {
        return new IngestSettings(base, prefixes, limits, version, bytes);
    }
}
