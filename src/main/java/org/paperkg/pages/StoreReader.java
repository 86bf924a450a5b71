package org.paperkg.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryText;
import org.paperkg.query.UnionDefaultDataset;

/**
 * Runs the pages' queries over the store, the union of its named graphs as default graph (as the
 * endpoint answers), values bound as terms (never spliced into the text), within the server's query
 * timeout. Call inside a read transaction.
 */
final class StoreReader {

    private final DatasetGraph dataset;
    private final PageSite site;

    StoreReader(DatasetGraph dsg, PageSite site) {
        this.dataset = UnionDefaultDataset.of(dsg);
        this.site = site;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** The rows of a SELECT written with paperkg's prefixes, with {@code bindings} substituted. */
    List<Binding> select(String text, Map<String, Node> bindings) {
        return select(QueryText.parse(text, site.prefixes()), bindings);
    }

    List<Binding> select(Query query, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dataset).query(query).timeout(site.queryTimeout().toMillis(), TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = b.build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The objects of {@code s p ?o} in any graph, literals' lexical forms before IRIs in code-point order, so the choice is stable. */
    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dataset.getUnionGraph().find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(java.util.Comparator.comparing(StoreReader::sortKey));
        return out;
    }

    /** The first of {@link #objects}, or null. */
    Node first(Node s, Node p) {
        List<Node> all = objects(s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The first object's text (a literal's lexical form, an IRI), or null. */
    String firstText(Node s, Node p) {
        Node n = first(s, p);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }

    /** The first object of {@code s p ?o} in one named graph (the statistics, the provenance), or null. */
    Node firstIn(Node graph, Node s, Node p) {
        var it = dataset.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The subjects of {@code ?s p o} in any graph, at most {@code max}, in code-point order of their IRIs. */
    List<Node> subjects(Node p, Node o, int max) {
        java.util.TreeSet<String> iris = new java.util.TreeSet<>();
        dataset.getUnionGraph().find(Node.ANY, p, o).forEachRemaining(t -> {
            if (t.getSubject().isURI()) iris.add(t.getSubject().getURI());
            if (iris.size() > max) iris.pollLast();
        });
        return iris.stream().map(org.apache.jena.graph.NodeFactory::createURI).toList();
    }

    /** How many distinct subjects {@code ?s p o} has in any graph. */
    long countSubjects(Node p, Node o) {
        java.util.Set<Node> seen = new java.util.HashSet<>();
        dataset.getUnionGraph().find(Node.ANY, p, o).forEachRemaining(t -> seen.add(t.getSubject()));
        return seen.size();
    }

    private static String sortKey(Node n) {
        return (n.isLiteral() ? "0" : "1") + (n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    /** A library query's text; it is part of the build, so a missing one is a broken build. */
    static String library(String name) {
        try {
            String text = QueryLibrary.library(name);
            if (text == null) throw new IllegalStateException("library query " + name + " is missing from the build");
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lexical form of a bound literal (or the IRI), else null. */
    static String text(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }

    /** A bound integer, else 0. */
    static long number(Binding row, String var) {
        Node n = row.get(var);
        if (n == null || !n.isLiteral()) return 0;
        try {
            return Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
