package org.paperkg.lookup;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.vocab.Terms;

/**
 * A person (or an ORCID person, or an organization that authors): what the store says about them
 * (name, name parts: each statement once, although every paper graph naming them repeats it), and
 * their authorships: each {@code pro:RoleInTime} they hold with its position and paper, the papers
 * naming them {@code dcterms:creator}, and those papers' titles. About five statements per paper,
 * so an author of 5 000 papers is answered; index lookups per authorship; the co-author pairs of
 * the statistics are left out.
 */
final class PersonDescription {

    private final SubjectDescription subjects;

    PersonDescription(SubjectDescription subjects) {
        this.subjects = subjects;
    }

    void describe(DatasetGraph dsg, Node person, Description out) {
        Set<Triple> stated = new HashSet<>();
        out.each(dsg.find(Node.ANY, person, Node.ANY, Node.ANY), q -> {
            if (!subjects.isStatistics(q.getGraph()) && stated.add(q.asTriple())) out.add(q);
        });
        Set<Node> papers = new LinkedHashSet<>();
        out.each(dsg.find(Node.ANY, Node.ANY, Terms.PRO_IS_HELD_BY, person), held -> {
            Node role = held.getSubject();
            out.add(held);
            out.addAll(dsg.find(held.getGraph(), role, Terms.SCHEMA_POSITION, Node.ANY));
            out.each(dsg.find(held.getGraph(), Node.ANY, Terms.PRO_IS_DOCUMENT_CONTEXT_FOR, role), context -> {
                out.add(context);
                papers.add(context.getSubject());
            });
        });
        out.each(dsg.find(Node.ANY, Node.ANY, Terms.DCT_CREATOR, person), creator -> {
            out.add(creator);
            papers.add(creator.getSubject());
        });
        for (Node paper : papers) out.addAll(dsg.find(Node.ANY, paper, Terms.DCT_TITLE, Node.ANY));
    }
}
