package org.paperkg.source;

/** Where a record or a part of it starts: file name as given and 1-based line. */
public record SourceRef(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
