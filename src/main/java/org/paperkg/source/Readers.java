package org.paperkg.source;

import java.util.EnumMap;
import java.util.Map;

import org.paperkg.ids.PrefixTable;

/** Every reader paperkg has, behind one format-detecting front. */
public final class Readers {

    private Readers() {}

    /** A reader for all formats; {@code forced} (or null) skips detection. */
    public static RecordSource all(PrefixTable prefixes, InputFormat forced) {
        return all(prefixes, forced, InputLimits.DEFAULTS);
    }

    /** A reader for all formats, every one bounded by the same {@code limits}. */
    public static RecordSource all(PrefixTable prefixes, InputFormat forced, InputLimits limits) {
        Map<InputFormat, RecordSource> readers = new EnumMap<>(InputFormat.class);
        readers.put(InputFormat.CARD, new CardReader(prefixes, limits));
        readers.put(InputFormat.PUBTATOR, new PubTatorReader(prefixes, limits));
        readers.put(InputFormat.BIOC_JSON, new BiocJsonReader(prefixes, limits));
        readers.put(InputFormat.BIOC_XML, new BiocXmlReader(prefixes, limits));
        readers.put(InputFormat.PUBMED_XML, new PubMedXmlReader(prefixes, limits));
        readers.put(InputFormat.JATS_XML, new JatsXmlReader(limits));
        return new FormatDispatcher(readers, forced);
    }
}
