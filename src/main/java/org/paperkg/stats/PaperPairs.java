package org.paperkg.stats;

import static org.paperkg.vocab.Terms.DCT_CREATOR;
import static org.paperkg.vocab.Terms.SCHEMA_ABOUT;
import static org.paperkg.vocab.Terms.SCHEMA_MENTIONS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What one paper's graphs add to co-mentions and co-authors, as those queries count: per subject
 * (the ?paper of the queries), the concepts it is schema:about or schema:mentions, and its
 * dcterms:creator people. A subject of a paper's graphs is the paper's own node, so a pair's shared
 * papers are the sum over papers of the subjects that have both.
 */
record PaperPairs(List<Set<Node>> concepts, List<Set<Node>> creators) {

    static PaperPairs of(Iterable<Quad> quads) {
        Map<Node, Set<Node>> concepts = new LinkedHashMap<>();
        Map<Node, Set<Node>> creators = new LinkedHashMap<>();
        for (Quad q : quads) {
            if (q.isDefaultGraph()) continue;
            Node p = q.getPredicate();
            if (p.equals(SCHEMA_ABOUT) || p.equals(SCHEMA_MENTIONS))
                concepts.computeIfAbsent(q.getSubject(), s -> new LinkedHashSet<>()).add(q.getObject());
            else if (p.equals(DCT_CREATOR))
                creators.computeIfAbsent(q.getSubject(), s -> new LinkedHashSet<>()).add(q.getObject());
        }
        return new PaperPairs(new ArrayList<>(concepts.values()), new ArrayList<>(creators.values()));
    }

    List<Set<Node>> groups(PairKind kind) {
        return kind == PairKind.CO_MENTION ? concepts : creators;
    }
}
