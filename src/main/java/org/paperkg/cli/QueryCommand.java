package org.paperkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryPage;
import org.paperkg.query.QueryParams;
import org.paperkg.query.QueryText;
import org.paperkg.query.ResultWriter;
import org.paperkg.store.KgStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over a database (--db) or over card files loaded in memory.",
                "The query is the last argument (a .rq file or the name of a query in queries/), or -e 'SPARQL'.",
                "Parameters are bound as typed RDF terms, never spliced into the query text."})
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARG", arity = "0..*",
            description = "Card files/directories, then the query (FILE.rq or NAME) unless -e is given.")
    List<String> args = new ArrayList<>();

    @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text.")
    String expr;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind ?NAME: <iri>, a CURIE (MONDO:0005246, MeSH:D010019, pkg:Section), a Turtle literal (\"x\"@en, \"5\"^^xsd:integer), or else a plain string.")
    List<String> params = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FORMAT",
            description = "table, csv, tsv, json, xml (SELECT/ASK); ttl, nt, nq, trig, jsonld (CONSTRUCT/DESCRIBE). Default: table on a terminal, tsv otherwise; ttl for graphs.")
    String out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop the query after this many seconds (default: no limit).")
    long timeoutSeconds;

    @Option(names = "--limit", paramLabel = "N",
            description = "Rows per page: sets the query's page size, its first LIMIT (a library query with a large answer has one, in its LATERAL block); default: as written (100 for those queries).")
    Long limit;

    @Option(names = "--offset", paramLabel = "M",
            description = "Skip the first M rows of the page's order (the next page of 100: --offset 100); set where --limit goes.")
    Long offset;

    @Option(names = "--list", description = "List the library queries with their first header line, and exit.")
    boolean list;

    @Mixin
    StoreOptions store;

    @Mixin
    ReasoningOption reasoning;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (String name : QueryLibrary.names()) {
                String header = QueryLibrary.header(QueryLibrary.load(name));
                System.out.printf("%-34s %s%n", name, header.isEmpty() ? "" : header.lines().findFirst().orElse(""));
            }
            return ExitCodes.OK;
        }
        List<String> paths = new ArrayList<>(args);
        String text;
        if (expr != null) text = expr;
        else if (paths.isEmpty()) throw new IllegalArgumentException("give a query: FILE.rq, a library NAME (see --list), or -e 'SPARQL'");
        else text = QueryLibrary.load(paths.remove(paths.size() - 1));
        Query query = QueryText.parse(text, mapping.prefixTable());
        Map<String, Node> bindings = new QueryParams(mapping.prefixTable()).parse(params);
        QueryText.checkVariables(query, bindings.keySet());
        QueryPage.apply(query, limit, offset);
        ResultWriter.Format format = ResultWriter.format(out != null ? out
                : query.isSelectType() || query.isAskType() ? (System.console() != null ? "table" : "tsv") : "ttl");

        DatasetGraph stored = store.open(paths.stream().map(Path::of).toList(), mapping);
        try {
            DatasetGraph dsg = reasoning.view(stored);
            OutputStream stdout = new BufferedOutputStream(System.out);
            long n = Txn.calculateRead(dsg, () -> {
                QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
                bindings.forEach(b::substitution);
                if (timeoutSeconds > 0) b.timeout(timeoutSeconds, TimeUnit.SECONDS);
                try (QueryExec exec = b.build()) {
                    return ResultWriter.write(exec, query, format, stdout);
                }
            });
            stdout.flush();
            System.err.println("results: " + n);
        } finally {
            KgStore.release(stored);
        }
        return ExitCodes.OK;
    }
}
