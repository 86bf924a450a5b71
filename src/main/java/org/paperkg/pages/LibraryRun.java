package org.paperkg.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.paperkg.query.QueryPage;
import org.paperkg.query.QueryParams;
import org.paperkg.query.QueryText;

/**
 * Runs one library query for {@code /library/NAME?param=…}: the parameters bound as {@code paperkg
 * query --param} binds them ({@link QueryParams}: an IRI, a CURIE, a Turtle literal, else a plain
 * string), {@code limit} and {@code offset} setting the page as {@code --limit}/{@code --offset} do,
 * within the server's query timeout; the answer is a table with its IRIs linked. A parameter the
 * query does not declare, or a value that is not a term, is a 400 page naming the query's parameters.
 */
final class LibraryRun {

    /** What a run gives: the result, or the sentence of a request that cannot run. */
    sealed interface Outcome permits Table, Refused {}

    /** The answer: column names and rows of links. */
    record Table(List<String> columns, List<List<Link>> rows, boolean cut) implements Outcome {}

    /** The most rows a page shows (a library query pages by 100 itself; a few answer whole when unbound). */
    static final int MAX_ROWS = 5000;

    /** A request that cannot run, with the HTTP status and the sentence that says why. */
    record Refused(int status, String sentence) implements Outcome {}

    private final StoreReader store;
    private final Links links;
    private final PageSite site;

    LibraryRun(StoreReader store, Links links, PageSite site) {
        this.store = store;
        this.links = links;
        this.site = site;
    }

    /** {@code params}: the request's parameters; empty values (a form's unfilled fields) are left unbound. */
    Outcome run(LibraryEntry entry, Map<String, List<String>> params) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        Long limit = null, offset = null;
        QueryParams terms = new QueryParams(site.prefixes());
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String value = p.getValue().isEmpty() ? "" : p.getValue().get(0).strip();
            if (value.isEmpty()) continue;
            String name = p.getKey();
            try {
                if (name.equals("limit")) limit = Long.parseLong(value);
                else if (name.equals("offset")) offset = Long.parseLong(value);
                else if (entry.parameterNames().contains(name)) bindings.put(name, terms.term(value));
                else return new Refused(400, entry.name() + " has no parameter \"" + name + "\"; "
                        + (entry.parameters().isEmpty() ? "it takes none (besides limit and offset)."
                        : "it takes " + String.join(", ", entry.parameterNames()) + " (and limit, offset)."));
            } catch (NumberFormatException e) {
                return new Refused(400, name + " must be a whole number, got \"" + value + "\".");
            } catch (IllegalArgumentException e) {
                return new Refused(400, "The value of " + name + " is not usable: " + e.getMessage());
            }
        }
        Query query = QueryText.parse(entry.text(), site.prefixes());
        try {
            QueryPage.apply(query, limit, offset);
        } catch (IllegalArgumentException e) {
            return new Refused(400, e.getMessage().replace("--", "") + ".");
        }
        try {
            return query.isConstructType() ? graph(query, bindings) : select(query, bindings);
        } catch (QueryCancelledException e) {
            return new Refused(503, entry.name() + " did not finish within the server's query timeout ("
                    + site.queryTimeout().toMillis() / 1000.0 + " s); ask for a smaller page (limit) or narrow it with a parameter.");
        }
    }

    private Table select(Query query, Map<String, Node> bindings) {
        List<Binding> rows = store.select(query, bindings);
        List<String> columns = query.getResultVars();
        List<List<Link>> out = new ArrayList<>();
        for (Binding row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            List<Link> cells = new ArrayList<>();
            for (String c : columns) cells.add(links.of(row.get(Var.alloc(c))));
            out.add(cells);
        }
        return new Table(columns, out, rows.size() > MAX_ROWS);
    }

    private Table graph(Query query, Map<String, Node> bindings) {
        var b = QueryExec.dataset(store.dataset()).query(query)
                .timeout(site.queryTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        List<List<Link>> out = new ArrayList<>();
        long size;
        try (QueryExec exec = b.build()) {
            var graph = exec.construct();
            size = graph.size();
            var it = graph.find();
            while (it.hasNext() && out.size() < MAX_ROWS) {
                Triple t = it.next();
                out.add(List.of(links.of(t.getSubject()), links.of(t.getPredicate()), links.of(t.getObject())));
            }
        }
        return new Table(List.of("subject", "predicate", "object"), out, size > MAX_ROWS);
    }
}
