package org.paperkg.lookup;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.vocab.Terms;

/**
 * The store paper that a paper IRI minted from a weaker identifier stands for. A reference names a
 * paper by the identifiers it gives ({@code paper/pmid/…}, {@code paper/doi/…}), while the paper's
 * own record may mint its IRI from a stronger one (its PMC id): the library queries reconcile the
 * two (ontologies/README.md, "Links between papers"), and so does a lookup, by the paper's
 * {@code fabio:hasPubMedId} or {@code bibo:doi} (one index lookup). Only when the IRI has no source
 * graph of its own and exactly one store paper carries the identifier.
 */
final class PaperAliases {

    private final String pmidPrefix;
    private final String doiPrefix;

    PaperAliases(String base) {
        this.pmidPrefix = base + "paper/pmid/";
        this.doiPrefix = base + "paper/doi/";
    }

    Optional<Node> storePaper(DatasetGraph dsg, Node iri) {
        String s = iri.getURI();
        Node property;
        String id;
        if (s.startsWith(pmidPrefix)) {
            property = Terms.FABIO_PMID;
            id = decode(s.substring(pmidPrefix.length()));
        } else if (s.startsWith(doiPrefix)) {
            property = Terms.BIBO_DOI;
            id = decode(s.substring(doiPrefix.length())).toLowerCase(Locale.ROOT);
        } else {
            return Optional.empty();
        }
        if (id == null || hasSourceGraph(dsg, iri)) return Optional.empty();
        Set<Node> papers = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, property, NodeFactory.createLiteralString(id)).forEachRemaining(q -> {
            if (q.getSubject().isURI() && !q.getSubject().equals(iri) && hasSourceGraph(dsg, q.getSubject())) papers.add(q.getSubject());
        });
        return papers.size() == 1 ? Optional.of(papers.iterator().next()) : Optional.empty();
    }

    private static boolean hasSourceGraph(DatasetGraph dsg, Node paper) {
        var it = dsg.find(Node.ANY, Node.ANY, Terms.FOAF_PRIMARY_TOPIC, paper);
        try {
            while (it.hasNext()) {
                var q = it.next();
                if (q.getGraph().equals(q.getSubject())) return true;
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static String decode(String segment) {
        if (segment.isEmpty() || segment.contains("/") || segment.contains("#")) return null;
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
