package org.paperkg.identity;

/** Told when two papers turn out to be one (an identifier bridges them): {@code from} becomes {@code to}. */
@FunctionalInterface
public interface PaperMerges {
    void merge(String from, String to);
}
