package org.paperkg.lookup;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.vocab.Terms;

/**
 * Where a named graph came from, as the store records it (ontologies/README.md, "What the store says
 * about itself"): what any graph says about the graph's IRI (its own self-description,
 * {@code graph/provenance}'s {@code prov:wasGeneratedBy} run and {@code prov:wasDerivedFrom} input
 * file), the run that {@code prov:generated} it (ontology graphs), each such run's summary with the
 * run graph that holds it, and each input file with its size and checksum. Of a run's
 * {@code prov:used} and {@code prov:generated} lists only the entries for this graph are kept: a
 * run may have read thousands of files.
 */
final class GraphProvenance {

    private final SubjectDescription subjects;

    GraphProvenance(SubjectDescription subjects) {
        this.subjects = subjects;
    }

    void describe(DatasetGraph dsg, Node graph, Description out) {
        Set<Node> runs = new LinkedHashSet<>();
        Set<Node> inputs = new LinkedHashSet<>();
        out.each(dsg.find(Node.ANY, graph, Node.ANY, Node.ANY), q -> {
            out.add(q);
            if (q.getPredicate().equals(Terms.PROV_WAS_GENERATED_BY)) runs.add(q.getObject());
            if (q.getPredicate().equals(Terms.PROV_WAS_DERIVED_FROM) && q.getObject().isURI()) inputs.add(q.getObject());
        });
        out.each(dsg.find(Node.ANY, Node.ANY, Terms.PROV_GENERATED, graph), q -> {
            out.add(q);
            runs.add(q.getSubject());
        });
        for (Node run : runs) {
            out.each(dsg.find(Node.ANY, run, Node.ANY, Node.ANY), q -> {
                boolean list = q.getPredicate().equals(Terms.PROV_USED) || q.getPredicate().equals(Terms.PROV_GENERATED);
                if (!list || inputs.contains(q.getObject()) || q.getObject().equals(graph)) out.add(q);
            });
            out.addAll(dsg.find(Node.ANY, Node.ANY, Terms.FOAF_PRIMARY_TOPIC, run));
        }
        for (Node input : inputs) subjects.describe(dsg, input, out);
    }
}
