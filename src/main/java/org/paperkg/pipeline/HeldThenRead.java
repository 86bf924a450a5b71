package org.paperkg.pipeline;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.paperkg.source.RecordSource;

/**
 * The mapping's reading: first the items the planning pass kept (its first files, as read), then
 * the rest of the files read again on a thread of their own.
 */
final class HeldThenRead implements AutoCloseable {

    private final Iterator<ReadAhead.Item> held;
    private final RecordSource reader;
    private final List<InputFile> rest;
    private ReadAhead ahead;

    HeldThenRead(List<ReadAhead.Item> held, RecordSource reader, List<InputFile> rest) {
        this.held = held.iterator();
        this.reader = reader;
        this.rest = rest;
    }

    /** The next item, or null after the last. */
    ReadAhead.Item next() throws IOException {
        if (held.hasNext()) return held.next();
        if (rest.isEmpty()) return null;
        if (ahead == null) ahead = new ReadAhead(reader, rest);
        return ahead.next();
    }

    @Override
    public void close() {
        if (ahead != null) ahead.close();
    }
}
