package org.paperkg.ingest;

import static org.paperkg.vocab.Terms.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.identity.AuthorListEdit;

/**
 * Applies the identity plan's changes to author lists already in the store, inside the caller's
 * write transaction, so that a paper keeps one author list whatever order its sources arrive in:
 * a list a preferred source replaces is removed from its graph (roles, creator links, and the
 * people's names written with them), and an author found to be an ORCID person is renamed in the
 * graph. The coordinator tells the statistics about the paper before.
 */
final class AuthorListEditor implements Consumer<AuthorListEdit> {

    private final DatasetGraph dsg;

    AuthorListEditor(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void accept(AuthorListEdit edit) {
        Node paper = NodeFactory.createURI(edit.paper());
        Node g = NodeFactory.createURI(edit.graph());
        List<Node> roles = authorRoles(g, paper);
        if (edit.drop()) {
            for (Node role : roles) {
                Node person = heldBy(g, role);
                dsg.deleteAny(g, role, Node.ANY, Node.ANY);
                dsg.delete(g, paper, PRO_IS_DOCUMENT_CONTEXT_FOR, role);
                if (person != null) {
                    dsg.delete(g, paper, DCT_CREATOR, person);
                    dsg.deleteAny(g, person, Node.ANY, Node.ANY);
                }
            }
            return;
        }
        for (Map.Entry<Integer, String> e : edit.persons().entrySet()) {
            if (e.getKey() >= roles.size()) continue;
            Node role = roles.get(e.getKey());
            Node old = heldBy(g, role);
            Node now = NodeFactory.createURI(e.getValue());
            if (old == null || old.equals(now)) continue;
            List<Quad> about = new ArrayList<>();
            dsg.find(g, old, Node.ANY, Node.ANY).forEachRemaining(about::add);
            dsg.deleteAny(g, old, Node.ANY, Node.ANY);
            for (Quad q : about) dsg.add(g, now, q.getPredicate(), q.getObject());
            dsg.delete(g, role, PRO_IS_HELD_BY, old);
            dsg.add(g, role, PRO_IS_HELD_BY, now);
            dsg.delete(g, paper, DCT_CREATOR, old);
            dsg.add(g, paper, DCT_CREATOR, now);
        }
    }

    /** The paper's author roles in the graph, by position (0-based). */
    private List<Node> authorRoles(Node g, Node paper) {
        java.util.TreeMap<Integer, Node> byPosition = new java.util.TreeMap<>();
        for (Iterator<Quad> it = dsg.find(g, paper, PRO_IS_DOCUMENT_CONTEXT_FOR, Node.ANY); it.hasNext(); ) {
            Node role = it.next().getObject();
            Iterator<Quad> pos = dsg.find(g, role, SCHEMA_POSITION, Node.ANY);
            if (pos.hasNext() && dsg.contains(g, role, PRO_WITH_ROLE, PRO_AUTHOR))
                byPosition.put(Integer.parseInt(pos.next().getObject().getLiteralLexicalForm()), role);
        }
        return new ArrayList<>(byPosition.values());
    }

    private Node heldBy(Node g, Node role) {
        Iterator<Quad> it = dsg.find(g, role, PRO_IS_HELD_BY, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
