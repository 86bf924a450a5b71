package org.paperkg.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.paperkg.lookup.Lookup;
import org.paperkg.query.QueryText;
import org.paperkg.pages.PageSite;
import org.paperkg.pages.Pages;
import org.paperkg.query.UnionDefaultDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Fuseki SPARQL endpoint for one dataset, running in this JVM.
 * <p>
 * Read-only unless {@link ServeOptions#allowUpdate()}; every query and update is limited by
 * {@link ServeOptions#timeout()}, and a query's response is held until the query ends, so that one
 * cut at the timeout is an error status (503), never truncated results behind a 200
 * ({@link CompleteResponseFilter}); {@code SERVICE} is refused except to the endpoints in
 * {@link ServeOptions#services()}; the Fuseki query page is served at
 * {@code /index.html} (the start page {@code /} is the pages' own) together with the three read-only {@code /$/} resources it needs
 * ({@code /$/ping}, {@code /$/server}, {@code /$/stats}). There is no admin API. A GET of a query
 * endpoint without a query returns its SPARQL 1.1 Service Description ({@link ServiceDescriptionFilter}),
 * and the store's VoID description is at {@code /.well-known/void}. The IRIs minted under the
 * ingest settings' base dereference here ({@link LookupServlet}: {@code <base>paper/…} at {@code /paper/…}).
 * The pages for people (the start
 * page at {@code /}, concepts, library answers, search) are {@link PageServlet}'s; a browser looking up an IRI gets its page. With updates, paper files are
 * ingested through {@code POST /kg/ingest}, and SPARQL Update and Graph Store writes to paperkg's
 * own graphs are refused ({@link GuardedDataset}).
 * <p>
 * The dataset is served as given. For "default graph = union of named graphs" pass it through
 * {@link UnionDefaultDataset#of(DatasetGraph)} first.
 */
public final class EmbeddedEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEndpoint.class);

    private final FusekiServer server;
    private final ServeOptions opts;

    private EmbeddedEndpoint(FusekiServer server, ServeOptions opts) {
        this.server = server;
        this.opts = opts;
    }

    /** Starts the server for a store with paperkg's default base IRI and prefixes; returns once it accepts connections. */
    public static EmbeddedEndpoint start(DatasetGraph dsg, ServeOptions opts) {
        return start(dsg, opts, IngestSettings.defaults());
    }

    /**
     * Starts the server; returns once it accepts connections. With updates, writes through SPARQL
     * Update and the Graph Store go through {@link GuardedDataset}, and {@code /kg/ingest} ingests
     * with {@code settings}.
     */
    public static EmbeddedEndpoint start(DatasetGraph dsg, ServeOptions opts, IngestSettings settings) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(opts, "opts");
        Objects.requireNonNull(settings, "settings");
        ScriptingGuard.requireScriptingDisabled();
        InetAddress bindAddress = resolve(opts.host());

        String datasetPath = "/" + opts.datasetName();
        GuardedDataset guarded = opts.allowUpdate()
                ? new GuardedDataset(dsg, settings.base(), new UserGraphSizes(settings.base(), settings.prefixes())) : null;
        DatasetGraph served = guarded != null ? guarded : dsg;
        ServerIngest ingest = opts.allowUpdate() ? new ServerIngest(dsg, settings) : null;
        FusekiServer.Builder builder = FusekiServer.create()
                // Only what is set up here: a module found on the classpath could add servlets.
                .fusekiModules(FusekiModules.empty())
                .port(opts.port())
                .enableCors(false)
                .enablePing(true)
                .enableStats(true)
                .add(datasetPath, DatasetEndpoints.build(served, opts))
                .addProcessor("/$/server", new ActionServerStatus())
                .addServlet("/.well-known/void", new VoidServlet(dsg))
                .addServlet(datasetPath + "/" + DatasetEndpoints.INGEST, new IngestServlet(ingest, settings.maxUploadBytes()))
                .addFilter("/*", new CrossSiteWriteBlocker())
                .addFilter("/*", new DirectoryListingBlocker())
                .addFilter("/*", new ServiceDescriptionFilter(dsg, datasetPath, DatasetEndpoints.QUERY_ENDPOINTS,
                        "/.well-known/void", !opts.services().isEmpty()))
                .addFilter("/*", new CompleteResponseFilter(datasetPath, DatasetEndpoints.QUERY_ENDPOINTS, opts.maxResultBytes()));
        Pages pages = Pages.of(dsg, PageSite.builder().base(settings.base()).prefixes(settings.prefixes())
                .datasetName(opts.datasetName()).readOnly(!opts.allowUpdate()).queryTimeout(opts.timeout()).build());
        for (String path : PageServlet.PATHS) builder.addServlet(path, new PageServlet(pages));
        LookupServlet lookup = new LookupServlet(dsg, settings.base(), lookupPrefixes(settings),
                opts.timeout(), datasetPath + "/" + DatasetEndpoints.DATA, new Lookup(settings.base(), Lookup.DEFAULT_MAX_STATEMENTS), pages);
        for (String path : LookupServlet.PATHS)
            builder.addServlet(path, lookup);
        if (guarded != null)
            builder.addFilter(datasetPath + "/" + DatasetEndpoints.UPDATE,
                    (request, response, chain) -> guarded.duringUpdate(() -> chain.doFilter(request, response)));
        QueryUiFiles.baseUri().ifPresentOrElse(builder::staticFileBase,
                () -> LOG.warn("Fuseki UI files not on the classpath; serving SPARQL endpoints only"));
        if (opts.allowUpdate())
            builder.securityHandler(UpdateAuthentication.forDataset(
                    datasetPath + "/" + DatasetEndpoints.UPDATE,
                    List.of(datasetPath + "/" + DatasetEndpoints.DATA, datasetPath + "/" + DatasetEndpoints.INGEST),
                    opts.passwordFile()));

        FusekiServer server = builder.build();
        bindConnectorsTo(server, opts.host());
        allowEncodedSlashes(server);
        server.start();

        EmbeddedEndpoint endpoint = new EmbeddedEndpoint(server, opts);
        if (!bindAddress.isLoopbackAddress())
            LOG.warn("Listening on {}, which is reachable from other machines", opts.host());
        if (!opts.services().isEmpty())
            LOG.info("SERVICE allowed to {} (timeout {} s per call)", opts.services().prefixes(),
                    opts.services().timeout().toMillis() / 1000.0);
        if (opts.allowUpdate())
            LOG.info("Updates enabled (login required) at {}", endpoint.datasetUrl(DatasetEndpoints.UPDATE));
        return endpoint;
    }

    /** The prefixes looked-up descriptions are written with: paperkg's, the schemes', and the description graphs'. */
    private static PrefixMapping lookupPrefixes(IngestSettings settings) {
        return QueryText.prefixes(settings.prefixes()).setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#").setNsPrefix("spdx", "http://spdx.org/rdf/terms#");
    }

    /** The port actually in use (differs from the options when they asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** E.g. {@code http://127.0.0.1:3030/}. */
    public String baseUrl() {
        String host = opts.host().contains(":") && !opts.host().startsWith("[") ? "[" + opts.host() + "]" : opts.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The URLs a user can use: the SPARQL endpoints, the Graph Store, the start page and the query page. */
    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        urls.add(datasetUrl(DatasetEndpoints.SPARQL));
        urls.add(datasetUrl(DatasetEndpoints.QUERY));
        urls.add(datasetUrl(DatasetEndpoints.DATA));
        if (opts.allowUpdate()) {
            urls.add(datasetUrl(DatasetEndpoints.UPDATE));
            urls.add(datasetUrl(DatasetEndpoints.INGEST));
        }
        urls.add(baseUrl());
        if (server.getStaticContentDir() != null)
            urls.add(baseUrl() + "index.html");
        return List.copyOf(urls);
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetUrl() {
        return baseUrl() + opts.datasetName();
    }

    private String datasetUrl(String endpointName) {
        return datasetUrl() + "/" + endpointName;
    }

    public ServeOptions options() {
        return opts;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host to bind to: " + host, e);
        }
    }

    /**
     * A DOI paper's IRI keeps the DOI as one path segment, its slash encoded
     * ({@code paper/doi/10.1000%2Fxyz}), and dereferencing it sends that path: Jetty is told to take
     * encoded slashes, and {@link EncodedSlashGate} takes them only on the lookup paths.
     */
    private static void allowEncodedSlashes(FusekiServer server) {
        UriCompliance compliance = UriCompliance.DEFAULT.with("paperkg DOI IRIs", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR);
        for (Connector connector : server.getJettyServer().getConnectors())
            for (ConnectionFactory factory : connector.getConnectionFactories())
                if (factory instanceof HttpConnectionFactory http) http.getHttpConfiguration().setUriCompliance(compliance);
        for (ServletContextHandler context : server.getJettyServer().getDescendants(ServletContextHandler.class))
            context.getServletHandler().setDecodeAmbiguousURIs(true);
        server.getJettyServer().setHandler(new EncodedSlashGate(server.getJettyServer().getHandler(), LookupServlet.prefixes()));
    }

    /**
     * Fuseki's builder can only choose between "localhost" and all interfaces; any other address
     * is set on Jetty's connector before the server starts.
     */
    private static void bindConnectorsTo(FusekiServer server, String host) {
        Connector[] connectors = server.getJettyServer().getConnectors();
        if (connectors.length == 0)
            throw new IllegalStateException("Fuseki built a server without connectors");
        for (Connector connector : connectors) {
            if (!(connector instanceof ServerConnector serverConnector))
                throw new IllegalStateException("Cannot bind " + connector + " to " + host);
            serverConnector.setHost(host);
        }
    }
}
