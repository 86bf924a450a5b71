package org.paperkg.ingest;

import static org.paperkg.vocab.Terms.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.identity.AuthorListEdit;
import org.paperkg.identity.StoredAuthors;

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
        List<Node> roles = StoredAuthors.authorRoles(dsg, g, paper);
        if (edit.drop()) {
            for (Node role : roles) {
                Node person = StoredAuthors.heldBy(dsg, g, role);
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
            Node old = StoredAuthors.heldBy(dsg, g, role);
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
}
