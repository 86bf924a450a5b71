package org.paperkg.source;

/**
 * What a run read of one input file: the path as the user gave it (or as found in a directory they
 * gave), its size in bytes and the SHA-256 of its bytes as stored (before any gunzip), in lower-case
 * hex. {@code sha256} is null when the file could not be read whole (a FIFO read only in part, a
 * read error, a file no reader opened).
 */
public record InputDigest(String path, long bytes, String sha256) {

    public boolean complete() {
        return sha256 != null;
    }
}
