package org.paperkg.lookup;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.paperkg.ontology.InferenceDataset;
import org.paperkg.stats.StatisticsGraph;

/**
 * Looks up an IRI in the store, the way a linked-data client dereferences it: the statements that
 * describe the resource, chosen by its kind (a paper with its parts and sources, a person with
 * their authorships, a graph with its provenance, anything else with its parts), read in one read
 * transaction with index lookups only. An empty {@link Description} means the store does not know
 * the IRI.
 */
public final class Lookup {

    /** The most statements one lookup answers: a paper with all its sources is a few thousand at most. */
    public static final long DEFAULT_MAX_STATEMENTS = 50_000;

    private final long maxStatements;
    private final PaperDescription papers;
    private final PersonDescription people;
    private final GraphDescription graphs;
    private final PaperAliases aliases;
    private final SubjectDescription subjects;
    private final Graph vocabulary = InferenceDataset.vocabulary();

    /** @param base the base IRI the store's IRIs are minted under (ending in '/') */
    public Lookup(String base, long maxStatements) {
        Objects.requireNonNull(base, "base");
        if (maxStatements < 1) throw new IllegalArgumentException("maxStatements must be positive, got " + maxStatements);
        this.maxStatements = maxStatements;
        this.subjects = new SubjectDescription(new StatisticsGraph(base));
        GraphProvenance provenance = new GraphProvenance(subjects);
        this.papers = new PaperDescription(base, subjects, provenance);
        this.people = new PersonDescription(subjects);
        this.graphs = new GraphDescription(provenance);
        this.aliases = new PaperAliases(base);
    }

    /**
     * The store paper that {@code paperIri}, a paper IRI minted from a PMID or DOI with no source
     * graph of its own, stands for: the one paper of the store with that PMID or DOI ({@link PaperAliases}).
     */
    public Optional<String> storePaperNamedBy(DatasetGraph dsg, String paperIri) {
        return Txn.calculateRead(dsg, () -> aliases.storePaper(dsg, NodeFactory.createURI(paperIri)).map(Node::getURI));
    }

    /**
     * The description of {@code iri} as a resource of {@code kind}. The vocabulary is paperkg's own
     * (ontologies/paperkg.ttl, with its prefixes), whatever {@code iri} and the store.
     *
     * @throws Description.TooLarge when it has more than the lookup's statements
     * @throws Description.TimedOut when gathering it takes longer than {@code timeout}
     */
    public Description describe(DatasetGraph dsg, String iri, ResourceKind kind, Duration timeout) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Description out = new Description(maxStatements, timeout);
            switch (kind) {
                case PAPER -> papers.describe(dsg, node, out);
                case PERSON -> people.describe(dsg, node, out);
                case GRAPH -> graphs.describe(dsg, node, out);
                case OTHER -> subjects.describe(dsg, node, out);
                case VOCABULARY -> vocabulary.find().forEachRemaining(t -> out.add(Quad.create(Quad.defaultGraphIRI, t)));
            }
            return out;
        });
    }
}
