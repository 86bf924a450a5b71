package org.paperkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.describe.RunProvenance;
import org.paperkg.identity.IdKind;
import org.paperkg.identity.IdSet;
import org.paperkg.identity.StoreDeletion;
import org.paperkg.identity.StorePaperIndex;
import org.paperkg.reading.GraphOrigins;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.RunSummary;
import org.paperkg.search.TextIndexKeeper;
import org.paperkg.source.InputFormat;
import org.paperkg.stats.StatisticsKeeper;
import org.paperkg.store.GraphReplacingWriter;
import org.paperkg.store.PhaseLog;

/**
 * Writes a run into a store in one write transaction: it all lands or nothing does, and a process
 * killed during it leaves the store at its last committed state; concurrent readers see it land
 * whole. The records are matched against the store's papers; the plan's merges, withdrawals (a
 * PubMed DeleteCitation) and author-list changes are applied first, then the papers (a graph written again replaces the old one). The
 * statistics are an observer: told about every paper before it changes (by the plan's changes, or
 * as the quads go by) and brought up to date before the commit, with the run's provenance. The
 * text index is told the same changes (and each graph written) and takes them in its own commit
 * just after the store's ({@link TextIndexKeeper}).
 */
final class TransactionTarget implements IngestTarget {

    private final DatasetGraph dsg;

    TransactionTarget(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Removes a withdrawn source graph and what the provenance says of it; the paper goes with its last graph. */
    private void withdraw(StoreDeletion deletion, String base) {
        Node graph = NodeFactory.createURI(deletion.graph());
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        RunProvenance.forget(dsg, base, graph);
    }

    /**
     * Names what is left of a paper by the identifiers left: a paper's IRI comes from the strongest
     * identifier its sources give, and that may have been the withdrawn record's (a PMCID only PubMed
     * knew), so the paper is renamed as a load of its remaining sources alone would have named it.
     */
    private void rekeyAfterWithdrawal(String paper, Ingest run, Changes changes, GraphRekeyer rekeyer) {
        IdSet ids = new StorePaperIndex(dsg).idsOf(paper);
        if (ids.isEmpty()) return; // gone with its last graph, or known by its title: the name stands
        String to = run.mapping().iris().paper(ids.get(IdKind.PMCID).orElse(null), ids.get(IdKind.PMID).orElse(null),
                ids.get(IdKind.DOI).orElse(null), null);
        if (to.equals(paper)) return;
        changes.beforeChange(to);
        rekeyer.merge(paper, to);
    }

    /** Who is told before a paper changes: the statistics and the text index, the same papers. */
    private record Changes(StatisticsKeeper statistics, TextIndexKeeper text) {
        void beforeChange(String paper) {
            Node node = NodeFactory.createURI(paper);
            statistics.beforeChange(node);
            text.beforeChange(node);
        }
    }

    @Override
    public RunSummary write(Ingest run) throws IOException {
        PhaseLog phases = PhaseLog.fromEnvironment("ingest");
        RunProvenance provenance = run.provenance();
        dsg.begin(TxnType.WRITE);
        TextIndexKeeper text = null; // known to the abort below once made
        try {
            StatisticsKeeper statistics = new StatisticsKeeper(dsg, run.base());
            text = TextIndexKeeper.of(dsg);
            Changes changes = new Changes(statistics, text);
            if (!run.ontologyFiles().isEmpty()) {
                if (provenance == null) run.ontologies().load(dsg, run.ontologyFiles());
                else run.ontologies().load(dsg, run.ontologyFiles(), provenance.ontologiesInto(dsg));
                for (Path f : run.ontologyFiles()) statistics.graphWritten(run.ontologies().graphOf(f));
            }
            RunSummary summary = null;
            if (!run.inputs().isEmpty()) {
                GraphRekeyer rekeyer = new GraphRekeyer(dsg, run.mapping().iris(), InputFormat.sources());
                AuthorListEditor authors = new AuthorListEditor(dsg);
                StatisticsObserver sink = new StatisticsObserver(dsg, statistics, text, new GraphReplacingWriter(dsg));
                sink.start();
                summary = run.mapping().run(run.inputs(), MappingRun.Into.stream(sink)
                        .withStore(new StorePaperIndex(dsg), (from, to) -> {
                            changes.beforeChange(from);
                            changes.beforeChange(to);
                            rekeyer.merge(from, to);
                        }, deletion -> {
                            changes.beforeChange(deletion.paper());
                            withdraw(deletion, run.base());
                            if (deletion.rekey()) rekeyAfterWithdrawal(deletion.paper(), run, changes, rekeyer);
                            statistics.graphWritten(RunProvenance.provenanceGraph(run.base()));
                        }, edit -> {
                            changes.beforeChange(edit.paper());
                            authors.accept(edit);
                        })
                        .withOrigins(provenance == null ? GraphOrigins.NONE : provenance.replacingIn(dsg)));
                sink.finish();
                phases.done("mapped and written");
            }
            if (provenance != null) {
                provenance.activityQuads(summary, Instant.now()).forEach(dsg::add);
                statistics.graphWritten(provenance.graph());
                statistics.graphWritten(RunProvenance.provenanceGraph(run.base()));
            }
            statistics.update();
            phases.done("run record and statistics");
            if (run.description() != null) {
                run.description().refreshAndRecord(dsg, Instant.now());
                phases.done("dataset description");
            }
            text.prepare();
            phases.done("text index read");
            dsg.commit();
            phases.done("commit");
            text.committed(System.err);
            phases.done("text index commit");
            return summary;
        } catch (IOException | RuntimeException | Error e) {
            dsg.abort();
            if (text != null) text.abandoned();
            throw e;
        } finally {
            dsg.end();
        }
    }
}
