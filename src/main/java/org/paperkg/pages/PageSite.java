package org.paperkg.pages;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.query.QueryLibrary;

/**
 * What the pages need to know of the server they are served from. Immutable; build with {@link #builder()}.
 *
 * @param base         the base IRI the store's IRIs were minted under (ends in '/'); an IRI under it links
 *                     to the same path on this server ({@code BASE + "paper/pmc/PMC1"} → {@code /paper/pmc/PMC1})
 * @param datasetName  the dataset's path segment ({@code kg}): the query page and {@code /kg/ingest} are named with it
 * @param readOnly     true when the server takes no writes: the pages then offer no upload or edit
 * @param prefixes     the concept schemes (what counts as a concept IRI, its CURIE) and the parameters' CURIEs
 * @param queryTimeout the limit of each query a page runs (the server's query timeout)
 * @param library      the library queries the landing page lists and {@code /library/NAME} runs
 * @param searchQuery  the library query {@code /search?q=} runs with its parameter {@code ?terms} (default
 *                     {@code search}, the text index's query); search is offered when the library has it
 */
public record PageSite(String base, String datasetName, boolean readOnly, PrefixTable prefixes, Duration queryTimeout,
                       List<String> library, String searchQuery) {

    public PageSite {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(searchQuery, "searchQuery");
        library = List.copyOf(library);
        if (!base.endsWith("/")) throw new IllegalArgumentException("the base IRI must end in '/', got " + base);
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("the query timeout must be positive, got " + queryTimeout);
    }

    /** Defaults: paperkg's base IRI, dataset {@code kg}, read-only, the built-in prefixes, 30 s, every library query, search by {@code search}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The Fuseki query page with a query in it (the UI's route takes {@code ?query=}). */
    String queryPageWith(String queryText) {
        return "/index.html#/dataset/" + datasetName + "/query?query=" + Links.encode(queryText);
    }

    /** The Fuseki query page of the dataset. */
    String queryPage() {
        return "/index.html#/dataset/" + datasetName + "/query";
    }

    public static final class Builder {
        private String base = PaperIris.DEFAULT_BASE;
        private String datasetName = "kg";
        private boolean readOnly = true;
        private PrefixTable prefixes;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private List<String> library;
        private String searchQuery = "search";

        private Builder() {}

        /** The base IRI as given on the command line ({@code --base}); a missing final '/' is added as papers add it. */
        public Builder base(String base) { this.base = new PaperIris(base).base(); return this; }
        public Builder datasetName(String datasetName) { this.datasetName = datasetName; return this; }
        public Builder readOnly(boolean readOnly) { this.readOnly = readOnly; return this; }
        public Builder prefixes(PrefixTable prefixes) { this.prefixes = prefixes; return this; }
        public Builder queryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; return this; }
        public Builder library(List<String> library) { this.library = library; return this; }
        public Builder searchQuery(String searchQuery) { this.searchQuery = searchQuery; return this; }

        public PageSite build() {
            return new PageSite(base, datasetName, readOnly, prefixes != null ? prefixes : PrefixTable.defaults(), queryTimeout,
                    library != null ? library : QueryLibrary.names(), searchQuery);
        }
    }
}
