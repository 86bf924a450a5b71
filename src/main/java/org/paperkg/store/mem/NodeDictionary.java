package org.paperkg.store.mem;

import java.util.Arrays;

import org.apache.jena.graph.Node;

/**
 * Numbers nodes 0, 1, 2, … in the order they are first seen: an open-addressing table of ids next
 * to the array of nodes, no boxing and no entry objects (a few million nodes per 100 000 papers).
 * Writes from one thread; reads from many once it is no longer written.
 */
final class NodeDictionary {

    private Node[] nodes = new Node[1024];
    private int[] hashes = new int[1024];
    private int size;
    /** id + 1 of the node in each slot, 0 when empty; length a power of two, at most half full. */
    private int[] slots = new int[2048];

    int size() {
        return size;
    }

    Node node(int id) {
        return nodes[id];
    }

    /** The node's id, or -1 when it was never interned. */
    int id(Node n) {
        int h = hash(n);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) return -1;
            if (hashes[s - 1] == h && nodes[s - 1].equals(n)) return s - 1;
        }
    }

    /** The node's id, numbering it when it is new. */
    int intern(Node n) {
        int h = hash(n);
        int mask = slots.length - 1;
        int i = h & mask;
        for (; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) break;
            if (hashes[s - 1] == h && nodes[s - 1].equals(n)) return s - 1;
        }
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, 2 * size);
            hashes = Arrays.copyOf(hashes, 2 * size);
        }
        int id = size++;
        nodes[id] = n;
        hashes[id] = h;
        slots[i] = id + 1;
        if (2 * size > slots.length) rehash();
        return id;
    }

    private void rehash() {
        int[] bigger = new int[2 * slots.length];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hashes[id] & mask;
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = id + 1;
        }
        slots = bigger;
    }

    private static int hash(Node n) {
        int h = n.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
