package org.paperkg.source;

import java.util.EnumMap;
import java.util.Map;

import org.paperkg.ids.PrefixTable;

/** Every reader paperkg has, behind one format-detecting front. */
public final class Readers {

    private Readers() {}

    /** A reader for all formats; {@code forced} (or null) skips detection. */
    public static RecordSource all(PrefixTable prefixes, InputFormat forced) {
        Map<InputFormat, RecordSource> readers = new EnumMap<>(InputFormat.class);
        readers.put(InputFormat.CARD, new CardReader(prefixes));
        readers.put(InputFormat.PUBTATOR, new PubTatorReader(prefixes));
        readers.put(InputFormat.BIOC_JSON, new BiocJsonReader(prefixes));
        readers.put(InputFormat.BIOC_XML, new BiocXmlReader(prefixes));
        readers.put(InputFormat.PUBMED_XML, new PubMedXmlReader(prefixes));
        return new FormatDispatcher(readers, forced);
    }
}
