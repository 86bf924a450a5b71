package org.paperkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.paperkg.vocab.Terms;

/**
 * A person's page: name, ORCID, their papers (newest first) and co-authors with the papers they
 * share. A person of many papers (a {@code pkg:CoAuthorFocus} row of the statistics graph) has
 * their co-authors read from the statistics' pair rows, anyone else's are counted, as the library
 * query {@code co-authors} does, but by the person's IRI (two people of one name stay apart).
 */
final class PersonPage {

    private static final String CO_AUTHORS = """
            SELECT ?other ?papers
            WHERE {
              {
                GRAPH ?stats { ?focusRow pkg:statCoAuthorFocus ?person . ?other ?focusRow ?papers . }
              } UNION {
                SELECT ?other (COUNT(*) AS ?papers)
                WHERE {
                  { BIND(?person AS ?given) FILTER NOT EXISTS { GRAPH ?stats { ?focusRow pkg:statCoAuthorFocus ?given } } }
                  ?paper dcterms:creator ?person .
                  ?paper dcterms:creator ?other .
                  FILTER(?person != ?other)
                }
                GROUP BY ?other
              }
            }
            ORDER BY DESC(?papers) ?other
            LIMIT %d
            """;

    private final StoreReader store;
    private final Links links;

    PersonPage(StoreReader store, Links links) {
        this.store = store;
        this.links = links;
    }

    Optional<Map<String, Object>> model(String iri) {
        Node person = NodeFactory.createURI(iri);
        String name = store.firstText(person, Terms.FOAF_NAME);
        boolean creator = store.dataset().getUnionGraph().find(Node.ANY, Terms.DCT_CREATOR, person).hasNext();
        if (name == null && !creator) return Optional.empty();
        List<Node> paperNodes = store.subjects(Terms.DCT_CREATOR, person, Integer.MAX_VALUE);
        List<Map<String, Object>> papers = new ArrayList<>();
        for (Node p : paperNodes) {
            String issued = store.firstText(p, Terms.DCT_ISSUED);
            papers.add(Model.of("paper", links.iri(p.getURI(), store.firstText(p, Terms.DCT_TITLE)),
                    "issued", issued, "year", issued == null ? null : issued.substring(0, Math.min(4, issued.length()))));
        }
        papers.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.getOrDefault("issued", ""), Comparator.reverseOrder())
                .thenComparing(m -> ((Link) m.get("paper")).href()));
        boolean capped = papers.size() > Pages.LIST_CAP;
        List<Map<String, Object>> coAuthors = new ArrayList<>();
        for (Binding row : store.select(String.format(CO_AUTHORS, Pages.LIST_CAP), Map.of("person", person))) {
            Node other = row.get("other");
            if (other == null || !other.isURI()) continue;
            coAuthors.add(Model.of("person", links.iri(other.getURI(), store.firstText(other, Terms.FOAF_NAME)),
                    "papers", StoreReader.number(row, "papers")));
        }
        return Optional.of(Model.of(
                "title", name != null ? name : links.shortForm(iri),
                "iri", iri,
                "orcid", iri.startsWith("https://orcid.org/") ? new Link(iri.substring("https://orcid.org/".length()), iri) : null,
                "paperCount", papers.size(),
                "papers", capped ? papers.subList(0, Pages.LIST_CAP) : papers,
                "papersCapped", capped ? Pages.LIST_CAP : null,
                "coAuthors", coAuthors));
    }
}
