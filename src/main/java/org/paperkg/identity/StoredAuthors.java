package org.paperkg.identity;

import static org.paperkg.vocab.Terms.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.source.Author;
import org.paperkg.source.RecordVersion;

/**
 * Reads back the author lists a paper's source graphs hold in a store, as the mapper wrote them
 * (public: the store's author-list edits find the same roles the plan counted):
 * each author role of the paper ({@code pro:withRole pro:author}) with its position, the person
 * who holds it, and that person's names in the same graph; an ORCID from an ORCID IRI.
 */
public final class StoredAuthors {

    private static final String ORCID = "https://orcid.org/";

    private StoredAuthors() {}

    static List<StoredSourceGraph> of(DatasetGraph dsg, String paperIri) {
        Node paper = NodeFactory.createURI(paperIri);
        List<StoredSourceGraph> out = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, FOAF_PRIMARY_TOPIC, paper); it.hasNext(); ) {
            Quad q = it.next();
            if (!q.getSubject().equals(q.getGraph())) continue;
            Node g = q.getGraph();
            String source = literal(dsg, g, g, PKG_SOURCE_FORMAT);
            if (source == null) continue;
            List<Author> authors = new ArrayList<>();
            List<String> persons = new ArrayList<>();
            for (Node role : authorRoles(dsg, g, paper)) {
                Node person = heldBy(dsg, g, role);
                String iri = person.getURI();
                String name = literal(dsg, g, person, FOAF_NAME);
                authors.add(new Author(name == null ? "" : name, literal(dsg, g, person, FOAF_GIVEN_NAME),
                        literal(dsg, g, person, FOAF_FAMILY_NAME), iri.startsWith(ORCID) ? iri.substring(ORCID.length()) : null,
                        List.of(), dsg.contains(g, person, RDF_TYPE, FOAF_ORGANIZATION)));
                persons.add(iri);
            }
            out.add(new StoredSourceGraph(g.getURI(), source, version(dsg, g), authors, persons));
        }
        return out;
    }

    /** The edition of the record a source graph holds, as the mapper wrote it on the graph. */
    private static RecordVersion version(DatasetGraph dsg, Node g) {
        String n = literal(dsg, g, g, PKG_RECORD_VERSION);
        String date = literal(dsg, g, g, PKG_ANNOTATION_DATE);
        int number = 0;
        if (n != null) {
            try {
                number = Integer.parseInt(n);
            } catch (NumberFormatException e) {
                // not written by paperkg: the graph's record counts as unversioned
            }
        }
        return new RecordVersion(number, date);
    }

    static java.util.Set<String> orcidPeopleNamed(DatasetGraph dsg, String name) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, FOAF_NAME, NodeFactory.createLiteralString(name)); it.hasNext(); ) {
            Node s = it.next().getSubject();
            if (s.isURI() && s.getURI().startsWith(ORCID)) out.add(s.getURI());
        }
        return out;
    }

    /** Each role the person holds in a paper's source graph, as an edit of that graph's list at that position (no new IRI yet). */
    static List<AuthorListEdit> authorships(DatasetGraph dsg, String personIri) {
        List<AuthorListEdit> out = new ArrayList<>();
        Node person = NodeFactory.createURI(personIri);
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PRO_IS_HELD_BY, person); it.hasNext(); ) {
            Quad q = it.next();
            Node g = q.getGraph(), role = q.getSubject();
            Node paper = object(dsg, g, g, FOAF_PRIMARY_TOPIC);
            String position = literal(dsg, g, role, SCHEMA_POSITION);
            if (paper == null || position == null) continue;
            out.add(new AuthorListEdit(paper.getURI(), g.getURI(), false, java.util.Map.of(Integer.parseInt(position) - 1, personIri)));
        }
        return out;
    }

    /**
     * The paper's author roles in graph {@code g} (a {@code pro:author} role with a position and a
     * holder), in the order of their positions: index j is the (j+1)-th author, as an
     * {@link AuthorListEdit} counts them.
     */
    public static List<Node> authorRoles(DatasetGraph dsg, Node g, Node paper) {
        TreeMap<Integer, Node> byPosition = new TreeMap<>();
        for (Iterator<Quad> roles = dsg.find(g, paper, PRO_IS_DOCUMENT_CONTEXT_FOR, Node.ANY); roles.hasNext(); ) {
            Node role = roles.next().getObject();
            String position = literal(dsg, g, role, SCHEMA_POSITION);
            if (position == null || heldBy(dsg, g, role) == null || !dsg.contains(g, role, PRO_WITH_ROLE, PRO_AUTHOR)) continue;
            byPosition.put(Integer.parseInt(position), role);
        }
        return new ArrayList<>(byPosition.values());
    }

    /** Who holds the role in graph {@code g}, or null. */
    public static Node heldBy(DatasetGraph dsg, Node g, Node role) {
        return object(dsg, g, role, PRO_IS_HELD_BY);
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = object(dsg, g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }
}
