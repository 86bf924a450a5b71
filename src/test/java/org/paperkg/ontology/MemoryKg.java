package org.paperkg.ontology;

import org.paperkg.ingest.IngestTarget;
import org.paperkg.ingest.Ingest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryParams;
import org.paperkg.query.QueryText;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.source.Readers;

/**
 * Papers and ontology files loaded the way {@code paperkg ingest} loads them (same readers, mapper,
 * ontology loader and transaction), into a plain in-memory dataset instead of TDB2, which keeps
 * tests over whole corpora fast. Queries see the union of all graphs as their default graph, as in
 * the store; it is copied into one graph once loaded, since a union view over a thousand paper
 * graphs answers each pattern graph by graph.
 */
final class MemoryKg {

    final DatasetGraph dsg = DatasetGraphFactory.create();
    final List<Problem> problems = new ArrayList<>();
    private final PrefixTable prefixes = PrefixTable.defaults();
    private Graph union;

    MemoryKg load(List<Path> papers, List<Path> ontologies) throws IOException {
        MappingRun run = new MappingRun(Readers.all(prefixes, null), new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)),
                problems::add, Progress.none());
        Ingest.create().mapping(run).inputs(papers).ontologies(new OntologyLoader(prefixes, PaperIris.DEFAULT_BASE, problems::add, null), ontologies)
                .target(IngestTarget.store(dsg, false)).build().run();
        union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> union.add(q.asTriple())));
        return this;
    }

    /** Runs a library query by name with {@code name=value} parameters, as {@code paperkg query} binds them. */
    List<Binding> select(String libraryQuery, String... params) throws IOException {
        Query query = QueryText.parse(QueryLibrary.load(libraryQuery), prefixes);
        Map<String, Node> bindings = new QueryParams(prefixes).parse(List.of(params));
        QueryExecBuilder b = QueryExec.graph(union).query(query);
        bindings.forEach(b::substitution);
        try (QueryExec exec = b.build()) {
            RowSet rows = exec.select();
            List<Binding> out = new ArrayList<>();
            rows.forEachRemaining(out::add);
            return out;
        }
    }

    /** A test resource as a path. */
    static Path resource(String name) {
        try {
            return Path.of(MemoryKg.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
