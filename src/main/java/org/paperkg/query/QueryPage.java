package org.paperkg.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The page of a query: its first LIMIT, the query's own first, then its subqueries' in the order
 * they are written. The library's large answers choose their page in a subquery (a LATERAL block)
 * before looking up the rest, so that is where the page size and the offset go; a query without any
 * LIMIT gets them on the query itself.
 */
public final class QueryPage {

    private QueryPage() {}

    /** Sets the page's LIMIT and/or OFFSET (null: left as written). */
    public static void apply(Query query, Long limit, Long offset) {
        if (limit == null && offset == null) return;
        if (limit != null && limit < 0) throw new IllegalArgumentException("--limit must be 0 or more, got " + limit);
        if (offset != null && offset < 0) throw new IllegalArgumentException("--offset must be 0 or more, got " + offset);
        Query page = find(query);
        if (page == null) page = query;
        if (limit != null) page.setLimit(limit);
        if (offset != null) page.setOffset(offset);
    }

    /** The query or subquery that has the first LIMIT, or null. */
    static Query find(Query query) {
        if (query.hasLimit()) return query;
        if (query.getQueryPattern() == null) return null;
        Query[] found = {null};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                if (found[0] == null) found[0] = find(sub.getQuery());
            }
        });
        return found[0];
    }
}
