package org.paperkg.map;

import org.apache.jena.graph.Node;

/** What the parts of the mapping write through: statements in the paper's graph, and the paper's own part IRIs. */
interface PaperStatements {
    void add(Node s, Node p, Node o);

    /** A literal statement; nothing for a null or empty value. */
    void text(Node s, Node p, String value);

    /** {@code <paper#fragment>}, with the source's part prefix. */
    Node part(String fragment);
}
