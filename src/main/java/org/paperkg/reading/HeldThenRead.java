package org.paperkg.reading;

import java.io.IOException;
import java.util.Deque;
import java.util.List;

import org.paperkg.source.RecordSource;

/**
 * The mapping's reading: first the items the planning pass kept (its first files, as read), then
 * the rest of the files read again on a thread of their own.
 */
final class HeldThenRead implements AutoCloseable {

    /** Drained as it is read: a record mapped is no longer held. */
    private final Deque<ReadAhead.Item> held;
    private final RecordSource reader;
    private final List<InputFile> rest;
    private ReadAhead ahead;

    HeldThenRead(Deque<ReadAhead.Item> held, RecordSource reader, List<InputFile> rest) {
        this.held = held;
        this.reader = reader;
        this.rest = rest;
    }

    /** The next item, or null after the last. */
    ReadAhead.Item next() throws IOException {
        ReadAhead.Item item = held.poll();
        if (item != null) return item;
        if (rest.isEmpty()) return null;
        if (ahead == null) ahead = new ReadAhead(reader, rest);
        return ahead.next();
    }

    @Override
    public void close() {
        if (ahead != null) ahead.close();
    }
}
