package org.paperkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ontology.InferenceDataset;
import org.paperkg.serve.EmbeddedEndpoint;
import org.paperkg.serve.IngestSettings;
import org.paperkg.serve.ServiceAllowList;
import org.paperkg.serve.ServeOptions;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph from an embedded Fuseki SPARQL endpoint with its query page.",
                "With paths and no --db the cards are loaded into memory; with --db and paths they are ingested into the database first.",
                "Safe by default: bound to 127.0.0.1, read-only, query timeout on, SERVICE refused (unless --allow-service)."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Card files or directories to load first.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; anything else is reachable from other machines).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout; a query running longer ends with an error status (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--allow-service", arity = "1..*", paramLabel = "URL-PREFIX",
            description = "Allow SPARQL SERVICE calls to endpoints whose URL starts with one of these prefixes (same scheme, host and port; path prefix), e.g. https://id.nlm.nih.gov/mesh/sparql. Default: every SERVICE is refused.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--service-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Time limit of one allowed SERVICE call (default: ${DEFAULT-VALUE}).")
    double serviceTimeoutSeconds;

    @Option(names = "--max-result-mb", defaultValue = "128", paramLabel = "MB",
            description = "Largest query result sent (default: ${DEFAULT-VALUE}). Results are held until the query ends, so a timeout is always an error status; a larger one is an error too.")
    long maxResultMb;

    @Option(names = "--allow-update", description = "Add POST /kg/ingest (paper files, as paperkg push sends them), /kg/update and Graph Store writes to your own graphs, for users in --password-file only (HTTP basic auth). Writes to paperkg's graphs other than through /kg/ingest are refused.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "user:password lines for --allow-update.")
    Path passwordFile;

    @Option(names = "--max-upload-mb", defaultValue = "256", paramLabel = "MB",
            description = "Largest upload POST /kg/ingest takes, all its files together (default: ${DEFAULT-VALUE}); a larger one is refused with 413.")
    long maxUploadMb;

    @Mixin
    StoreOptions store;

    @Mixin
    ReasoningOption reasoning;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        ServeOptions options = ServeOptions.builder().host(host).port(port)
                .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .allowUpdate(allowUpdate).passwordFile(passwordFile)
                .services(new ServiceAllowList(allowService, Duration.ofMillis(Math.round(serviceTimeoutSeconds * 1000))))
                .maxResultBytes(maxResultMb << 20).build();
        if (allowUpdate && reasoning.level() != InferenceDataset.Level.NONE)
            throw new IllegalArgumentException("--reasoning serves a read-only inference view: it cannot be combined with --allow-update");
        DatasetGraph dsg = store.open(inputs, mapping);
        if (maxUploadMb < 1) throw new IllegalArgumentException("--max-upload-mb must be at least 1, got " + maxUploadMb);
        IngestSettings ingest = new IngestSettings(mapping.baseIri(), mapping.prefixTable(), mapping.limits(), Version.current(),
                maxUploadMb << 20);
        EmbeddedEndpoint endpoint;
        try {
            endpoint = EmbeddedEndpoint.start(reasoning.view(UnionDefaultDataset.of(dsg)), options, ingest);
        } catch (RuntimeException e) {
            KgStore.release(dsg);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.stop();
            KgStore.release(dsg);
            System.err.println("paperkg: endpoint stopped");
        }, "paperkg-shutdown"));
        System.out.println("paperkg: serving " + (store.db != null ? store.db.toString() : "an in-memory store") + " (Ctrl-C stops)");
        for (String url : endpoint.urls()) System.out.println("  " + url);
        System.out.flush();
        endpoint.join();
        return ExitCodes.OK;
    }
}
