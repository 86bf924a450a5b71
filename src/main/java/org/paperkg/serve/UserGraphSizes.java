package org.paperkg.serve;

import java.time.Instant;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.ids.PrefixTable;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.stats.StatisticsKeeper;

/**
 * After SPARQL Update or Graph Store writes to a user's own named graphs, and before their commit:
 * records those graphs' new sizes in the statistics graph and refreshes the dataset description
 * (whose triple count includes them), in the same transaction, so neither is ever stale. A store
 * without statistics, or without a description, gets none made here: an ingest counts from scratch
 * what it finds missing.
 */
final class UserGraphSizes {

    private final String base;
    private final PrefixTable prefixes;

    UserGraphSizes(String base, PrefixTable prefixes) {
        this.base = base;
        this.prefixes = prefixes;
    }

    /** Call inside the write transaction that wrote {@code graphs}, before its commit. */
    void recordWritten(DatasetGraph dsg, Set<Node> graphs) {
        if (graphs.isEmpty()) return;
        if (new StatisticsGraph(base).exists(dsg)) {
            StatisticsKeeper statistics = new StatisticsKeeper(dsg, base);
            graphs.forEach(statistics::graphWritten);
            statistics.update();
        }
        DatasetDescription description = new DatasetDescription(base, prefixes);
        if (dsg.containsGraph(description.graph())) description.refreshAndRecord(dsg, Instant.now());
    }
}
