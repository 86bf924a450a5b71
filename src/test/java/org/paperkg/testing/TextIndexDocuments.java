package org.paperkg.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.paperkg.search.StoreTextIndex;
import org.paperkg.search.TextFields;

/** The documents of a database's text index as committed, read with Lucene alone: "entity field text graph" lines. */
public final class TextIndexDocuments {

    private static final List<String> TEXT_FIELDS = List.of(TextFields.TITLE, TextFields.ABSTRACT, TextFields.TLDR, TextFields.FINDING,
            TextFields.MENTION);

    private TextIndexDocuments() {}

    /** Every live document of {@code db}'s index (the database released), as a sorted set of lines. */
    public static Set<String> of(Path db) throws IOException {
        Set<String> out = new TreeSet<>();
        try (FSDirectory dir = FSDirectory.open(db.resolve(StoreTextIndex.FOLDER)); DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                Document d = reader.storedFields().document(i);
                String field = null, text = null;
                for (IndexableField f : d.getFields())
                    if (TEXT_FIELDS.contains(f.name())) {
                        field = f.name();
                        text = f.stringValue();
                    }
                out.add(d.get(TextFields.ENTITY) + " " + field + " " + text + " " + d.get(TextFields.GRAPH));
            }
        }
        return out;
    }

    /** What {@code actual} lacks and has too many of against {@code expected}, one line each, for a failure message. */
    public static String difference(Set<String> expected, Set<String> actual) {
        StringBuilder sb = new StringBuilder();
        for (String e : expected) if (!actual.contains(e)) sb.append("missing:    ").append(e).append('\n');
        for (String a : actual) if (!expected.contains(a)) sb.append("unexpected: ").append(a).append('\n');
        return sb.toString();
    }
}
