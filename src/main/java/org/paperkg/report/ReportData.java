package org.paperkg.report;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ids.PrefixTable;
import org.paperkg.figures.CorpusStats;
import org.paperkg.figures.CorpusStats.TopConcept;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.figures.StatsQueries;

/** What the report shows: the stats, the most mentioned diseases, and the co-mention network of the top concepts. */
public record ReportData(CorpusStats stats, List<TopConcept> topDiseases, List<TopConcept> networkConcepts, List<CoMentions.Link> links) {

    /** Computes the data; call inside a read transaction. */
    public static ReportData of(DatasetGraph dsg, PrefixTable prefixes, String base, int top, int networkSize) {
        CorpusStats stats = CorpusStats.of(dsg, prefixes, base, top);
        StatsQueries q = new StatsQueries(dsg, prefixes, new StatisticsGraph(base));
        List<TopConcept> diseases = CorpusStats.topConcepts(q, prefixes, top, true);
        List<TopConcept> network = networkSize == top ? stats.topConcepts() : CorpusStats.topConcepts(q, prefixes, networkSize, false);
        return new ReportData(stats, diseases, network, CoMentions.among(network, q));
    }
}
