package org.paperkg.source;

import java.util.concurrent.atomic.LongAdder;

import org.paperkg.ids.ConceptRef;

/**
 * What a reader passed on, summed over every file it read: documents, mentions, relations, and
 * how many identifiers were unnormalised ({@code -1}, {@code -} or absent: a normal corpus value,
 * counted here and not reported as a problem).
 */
public final class ReadTally {

    private final LongAdder documents = new LongAdder();
    private final LongAdder mentions = new LongAdder();
    private final LongAdder mentionsWithoutOffsets = new LongAdder();
    private final LongAdder relations = new LongAdder();
    private final LongAdder unnormalisedIds = new LongAdder();

    void record(PaperRecord r) {
        documents.increment();
        mentions.add(r.mentions().size());
        relations.add(r.relations().size());
        for (Mention m : r.mentions()) {
            if (!m.hasOffsets()) mentionsWithoutOffsets.increment();
            for (ConceptRef c : m.concepts())
                if (ConceptIds.isUnnormalised(c)) unnormalisedIds.increment();
        }
    }

    public long documents() { return documents.sum(); }
    public long mentions() { return mentions.sum(); }
    public long mentionsWithoutOffsets() { return mentionsWithoutOffsets.sum(); }
    public long relations() { return relations.sum(); }
    public long unnormalisedIds() { return unnormalisedIds.sum(); }

    @Override
    public String toString() {
        return documents() + " documents, " + mentions() + " mentions (" + mentionsWithoutOffsets() + " without offsets, "
                + unnormalisedIds() + " unnormalised ids), " + relations() + " relations";
    }
}
