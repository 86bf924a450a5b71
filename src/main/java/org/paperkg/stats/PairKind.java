package org.paperkg.stats;

import static org.paperkg.vocab.Terms.DCT_CREATOR;
import static org.paperkg.vocab.Terms.SCHEMA_ABOUT;
import static org.paperkg.vocab.Terms.SCHEMA_MENTIONS;

import java.util.List;

import org.apache.jena.graph.Node;

/** The two kinds of pairs kept as rows: concepts mentioned in the same paper, people who wrote one. */
enum PairKind {
    /** co-mentions: schema:about or schema:mentions, in any named graph. */
    CO_MENTION(StatKind.CO_MENTION, StatKind.CO_MENTION_FOCUS, List.of(SCHEMA_ABOUT, SCHEMA_MENTIONS)),
    /** co-authors: dcterms:creator, over the union of the named graphs. */
    CO_AUTHOR(StatKind.CO_AUTHOR, StatKind.CO_AUTHOR_FOCUS, List.of(DCT_CREATOR));

    /** values() copies its array at each call; the lookups below run once per statistics row. */
    private static final PairKind[] ALL = values();

    final StatKind rows;
    final StatKind mark;
    /** The properties from a paper (the subject) to the members of its pairs. */
    final List<Node> properties;

    PairKind(StatKind rows, StatKind mark, List<Node> properties) {
        this.rows = rows;
        this.mark = mark;
        this.properties = properties;
    }

    StatRow pair(Node focus, Node other) {
        return StatRow.of(rows, focus, other);
    }

    StatRow mark(Node focus) {
        return StatRow.of(mark, focus);
    }

    /** The pair kind whose pair rows are of {@code kind}, or null. */
    static PairKind ofRows(StatKind kind) {
        for (PairKind k : ALL) if (k.rows == kind) return k;
        return null;
    }

    /** The pair kind whose focus rows (marks) are of {@code kind}, or null. */
    static PairKind ofMark(StatKind kind) {
        for (PairKind k : ALL) if (k.mark == kind) return k;
        return null;
    }
}
