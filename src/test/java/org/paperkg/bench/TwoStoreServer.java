package org.paperkg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.paperkg.serve.EmbeddedEndpoint;
import org.paperkg.serve.ServeOptions;
import org.paperkg.query.UnionDefaultDataset;

/**
 * Serves TDB2 databases on 127.0.0.1 as {@code paperkg serve --db} does, for scripts/bench-two-stores:
 * <ul>
 * <li>{@code tdb2 PORT SECONDS DB}: one database, TDB2's own query engine (what serve does);</li>
 * <li>{@code general PORT SECONDS DB}: the same database read through {@link StoreUnion}, so ARQ's
 *     general engine evaluates the queries (the engine's share of the union's cost);</li>
 * <li>{@code union PORT SECONDS DB RECENT…}: the database and the smaller ones beside it, as one.</li>
 * </ul>
 * SECONDS is the query timeout.
 */
public final class TwoStoreServer {

    private TwoStoreServer() {}

    public static void main(String[] args) {
        if (args.length < 4) throw new IllegalArgumentException("usage: tdb2|general|union PORT SECONDS DB [RECENT…]");
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[2]));
        List<DatasetGraph> stores = new ArrayList<>();
        for (int i = 3; i < args.length; i++) stores.add(DatabaseMgr.connectDatasetGraph(args[i]));
        DatasetGraph served = switch (mode) {
            case "tdb2" -> only(stores, mode);
            case "general" -> new StoreUnion(List.of(only(stores, mode)));
            case "union" -> new StoreUnion(stores);
            default -> throw new IllegalArgumentException("unknown mode " + mode + ": tdb2, general or union");
        };
        EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(served),
                ServeOptions.builder().port(port).timeout(timeout).build());
        System.err.println("serving " + mode + " of " + stores.size() + " store(s) at " + endpoint.datasetUrl());
        endpoint.join();
    }

    private static DatasetGraph only(List<DatasetGraph> stores, String mode) {
        if (stores.size() != 1) throw new IllegalArgumentException(mode + " serves one database, not " + stores.size());
        return stores.get(0);
    }
}
