package org.paperkg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFLib;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.problem.ProblemLog;
import org.paperkg.push.Backoff;
import org.paperkg.push.GraphCollector;
import org.paperkg.push.GraphPusher;
import org.paperkg.push.GraphStoreClient;
import org.paperkg.push.GraphStoreTarget;
import org.paperkg.push.IngestPush;
import org.paperkg.push.PaperkgServer;
import org.paperkg.push.PushFailedException;
import org.paperkg.push.PushJournal;
import org.paperkg.push.PushMode;
import org.paperkg.push.PushStats;
import org.paperkg.reading.InputFiles;
import org.paperkg.reading.RunSummary;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Map papers and send each paper graph to a SPARQL 1.1 Graph Store Protocol endpoint (PUT URL?graph=IRI, replacing the graph).",
                "A paperkg server (its GET <dataset>/ingest says so) gets the input files themselves instead, in batches to POST <dataset>/ingest, so that its statistics, provenance and paper identity stay exact; each batch is one transaction there, and a rerun sends every batch again (no journal).",
                "Transient failures (connection errors, timeouts, 408, 429, 5xx) are retried with exponential backoff; other errors stop the push.",
                "Confirmed graphs go to a journal, so a rerun after an interruption sends only the rest; the journal is removed when a push completes."})
final class PushCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or directories (read recursively).")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The Graph Store Protocol URL (?graph=IRI is added per graph; with --format update the SPARQL Update endpoint), e.g. Fuseki http://host:3030/ds/data, GraphDB http://host:7200/repositories/R/rdf-graphs/service, Virtuoso http://host:8890/sparql-graph-crud-auth.")
    String to;

    @ArgGroup(exclusive = true)
    Credentials credentials;

    static final class Credentials {
        @Option(names = "--auth", paramLabel = "USER:PASSWORD", description = "HTTP basic credentials (visible in the process list: prefer --auth-file).")
        String auth;

        @Option(names = "--auth-file", paramLabel = "FILE", description = "A file whose first line is USER:PASSWORD for HTTP basic authentication.")
        Path authFile;
    }

    @Option(names = "--format", defaultValue = "nt", paramLabel = "FORMAT",
            description = "nt (N-Triples) or ttl (Turtle): one PUT per graph; nq: POST --batch graphs as N-Quads to --to; update: POST --batch graphs as one SPARQL Update (DROP + INSERT DATA each) to --to, the update endpoint (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--batch", defaultValue = "1", paramLabel = "N",
            description = "Graphs per request (default: ${DEFAULT-VALUE}), for --format nq (adds to what the server holds: for an empty target whose URL takes quads) or --format update (replaces, like PUT).")
    int batch;

    @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N", description = "Requests under way at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Journal of confirmed graphs (default: paperkg-push.journal in the current directory).")
    Path journalFile = Path.of("paperkg-push.journal");

    @Option(names = "--sync-every", defaultValue = "1000", paramLabel = "N", description = "Force the journal to disk every N confirmed graphs (default: ${DEFAULT-VALUE}) and at the end.")
    int syncEvery;

    @Option(names = "--retries", defaultValue = "8", paramLabel = "N", description = "Retries of a request after a transient failure (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff-ms", defaultValue = "500", paramLabel = "MS", description = "First retry delay, doubled per retry, with jitter (default: ${DEFAULT-VALUE}).")
    long backoffMs;

    @Option(names = "--max-backoff", defaultValue = "30", paramLabel = "SECONDS", description = "Longest wait between retries, also for Retry-After (default: ${DEFAULT-VALUE}).")
    long maxBackoffSeconds;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Connect and request timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--batch-mb", defaultValue = "32", paramLabel = "MB",
            description = "To a paperkg server: input files per POST /kg/ingest request, up to this many MB together (a larger file goes alone; default: ${DEFAULT-VALUE}).")
    long batchMb;

    @Option(names = "--dry-run", description = "Map and serialise everything, send nothing, touch no journal; print what would be sent.")
    boolean dryRun;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        GraphStoreTarget target = GraphStoreTarget.of(to, credentials());
        PushMode mode = PushMode.of(format, batch);
        Backoff backoff = new Backoff(retries, Duration.ofMillis(backoffMs), Duration.ofSeconds(maxBackoffSeconds));
        if (batchMb < 1) throw new IllegalArgumentException("--batch-mb must be at least 1, got " + batchMb);
        ProblemLog problems = mapping.problemLog();
        Optional<URI> ingest = dryRun ? Optional.empty() : PaperkgServer.ingestUrl(target, Duration.ofSeconds(timeoutSeconds));
        if (ingest.isPresent()) return pushFiles(target, ingest.get(), backoff, problems);
        if (mapping.strict) {
            // Graphs pushed cannot be taken back: under --strict every input is checked before one is sent.
            mapping.ingest(problems).inputs(inputs).target(IngestTarget.stream(StreamRDFLib.sinkNull())).build().run();
        }
        PushStats stats = new PushStats();
        PushJournal journal = dryRun ? null : PushJournal.open(journalFile, target.url().toString(), syncEvery);
        GraphStoreClient client = dryRun ? null : new GraphStoreClient(target, backoff, Duration.ofSeconds(timeoutSeconds), stats);
        RunSummary summary = null;
        PushFailedException failed = null;
        try (journal; GraphPusher pusher = new GraphPusher(client, target, mode, journal, concurrency, stats,
                mapping.quiet ? null : System.err)) {
            if (!mapping.quiet)
                System.err.println("push: " + (dryRun ? "dry run for " : "sending to ") + target.describe() + ", --format " + format
                        + " --batch " + batch + " --concurrency " + concurrency + (dryRun ? "" : ", journal " + journalFile));
            if (journal != null && journal.loaded() > 0)
                System.err.println("push: journal " + journalFile + " lists " + journal.loaded() + " graphs already confirmed by " + target.url() + "; they are not sent again");
            GraphCollector graphs = new GraphCollector(pusher);
            try {
                summary = mapping.ingest(problems).inputs(inputs).target(IngestTarget.stream(graphs)).build().run();
                graphs.finish();
                pusher.finish();
            } catch (PushFailedException e) {
                failed = pusher.failure() != null ? pusher.failure() : e;
            }
        }
        if (summary != null) summary.print(System.err);
        if (summary != null && summary.deletionsNotFound() > 0)
            // a Graph Store push replaces graphs; which graph a withdrawn PMID's record is in only a store can tell
            System.err.println("push: " + summary.deletionsNotFound() + " DeleteCitation entr" + (summary.deletionsNotFound() == 1 ? "y was" : "ies were")
                    + " not applied to " + target.describe() + ": a Graph Store push writes graphs and cannot tell which graph holds a"
                    + " withdrawn record; apply update files with paperkg sync into a paperkg store (or push them to a paperkg server)");
        stats.print(System.err, dryRun ? "would be pushed" : "pushed");
        if (failed != null) {
            System.err.println("paperkg: push to " + target.describe() + " failed: " + failed.getMessage());
            System.err.println("paperkg: " + stats.confirmed() + " graphs confirmed this run are in the journal " + journalFile
                    + "; once the cause is fixed, the same command sends the rest");
            return ExitCodes.FAILED;
        }
        if (journal != null) journal.delete();
        System.err.println(dryRun ? "push: dry run, nothing sent to " + target.describe()
                : "push: complete, " + (stats.confirmed() + stats.alreadyConfirmed()) + " graphs at " + target.describe() + "; journal removed");
        return ExitCodes.OK;
    }

    /** To a paperkg server: the input files go to its ingest endpoint, which maps and counts them itself. */
    private int pushFiles(GraphStoreTarget target, URI ingest, Backoff backoff, ProblemLog problems) throws Exception {
        if (!mapping.quiet)
            System.err.println("push: " + target.describe() + " is a paperkg server: sending the input files to " + ingest
                    + " in batches of up to " + batchMb + " MB (each is one transaction there)");
        List<Path> files = InputFiles.expand(inputs, problems);
        GraphStoreClient client = new GraphStoreClient(target.at(ingest), backoff, Duration.ofSeconds(timeoutSeconds), new PushStats());
        try {
            IngestPush.Totals t = new IngestPush(client, ingest, mapping.strict, batchMb << 20, System.err).push(files);
            System.err.printf("push: complete, %d files ingested by %s: records read %d, mapped %d, skipped %d, papers merged %d, problems %d%n",
                    t.files(), target.describe(), t.read(), t.mapped(), t.skipped(), t.merged(), t.problems());
            return ExitCodes.OK;
        } catch (PushFailedException e) {
            System.err.println("paperkg: push to " + target.describe() + " failed: " + e.getMessage());
            System.err.println("paperkg: each batch the server confirmed is in its store; the same command sends every batch again, which replaces the same papers");
            return ExitCodes.FAILED;
        }
    }

    private String credentials() throws java.io.IOException {
        if (credentials == null) return null;
        if (credentials.auth != null) return credentials.auth;
        for (String line : Files.readAllLines(credentials.authFile, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) return l;
        }
        throw new IllegalArgumentException("--auth-file " + credentials.authFile + " holds no USER:PASSWORD line");
    }
}
