package org.paperkg.identity;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store is the index: papers are looked up by the identifier statements already in it (this
 * run's included, as they are written in the same transaction), so memory does not grow with the
 * corpus. Must be used inside a transaction on the dataset.
 */
public final class StorePaperIndex implements PaperIndex {

    private final DatasetGraph dsg;

    public StorePaperIndex(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public Set<String> papersWith(IdKind kind, String value) {
        Set<String> papers = new LinkedHashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, kind.property(), NodeFactory.createLiteralString(value));
        while (it.hasNext()) {
            Node s = it.next().getSubject();
            if (s.isURI()) papers.add(s.getURI());
        }
        return papers;
    }

    @Override
    public IdSet idsOf(String paperIri) {
        Map<IdKind, String> m = new EnumMap<>(IdKind.class);
        Node paper = NodeFactory.createURI(paperIri);
        for (IdKind kind : IdKind.values()) {
            Iterator<Quad> it = dsg.find(Node.ANY, paper, kind.property(), Node.ANY);
            if (it.hasNext()) m.put(kind, it.next().getObject().getLiteralLexicalForm());
        }
        return new IdSet(m);
    }

    @Override
    public List<StoredSourceGraph> sourceGraphs(String paperIri) {
        return StoredAuthors.of(dsg, paperIri);
    }

    @Override
    public Set<String> orcidPeopleNamed(String name) {
        return StoredAuthors.orcidPeopleNamed(dsg, name);
    }

    @Override
    public List<AuthorListEdit> authorships(String personIri) {
        return StoredAuthors.authorships(dsg, personIri);
    }

    @Override
    public void register(String paperIri, IdSet ids) {
        // the paper's own quads, written next, are the index entry
    }

    @Override
    public void renamed(String from, String to) {
        // the rename rewrites the quads themselves
    }
}
