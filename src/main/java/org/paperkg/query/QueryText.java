package org.paperkg.query;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.paperkg.ids.PrefixTable;
import org.paperkg.vocab.Vocab;

/**
 * Parses query text with paperkg's prefixes already declared (dcterms:, oa:, schema:, mondo:,
 * mesh:, …), so short queries need no PREFIX lines; a query's own declarations win.
 */
public final class QueryText {

    private QueryText() {}

    public static PrefixMapping prefixes(PrefixTable table) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        table.namespaces().forEach(pm::setNsPrefix);
        pm.setNsPrefixes(Vocab.PREFIXES);
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        return pm;
    }

    public static Query parse(String text, PrefixTable table) {
        Query query = new Query();
        query.setPrefixMapping(prefixes(table));
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("query does not parse: " + e.getMessage());
        }
        return query;
    }

    /** Fails when a parameter names a variable the query does not use (a typo would silently bind nothing). */
    public static void checkVariables(Query query, Set<String> names) {
        if (names.isEmpty()) return;
        Set<String> used = new TreeSet<>();
        for (Var v : OpVars.mentionedVars(Algebra.compile(query))) used.add(v.getVarName());
        query.getProjectVars().forEach(v -> used.add(v.getVarName()));
        for (String name : names)
            if (!used.contains(name))
                throw new IllegalArgumentException("the query has no variable ?" + name + " (it uses " + used + ")");
    }
}
