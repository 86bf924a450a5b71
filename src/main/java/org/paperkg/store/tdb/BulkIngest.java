package org.paperkg.store.tdb;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.paperkg.describe.RunProvenance;
import org.paperkg.identity.FingerprintPaperIndex;
import org.paperkg.identity.FingerprintPaperIndex.MatchNeedsStore;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.pipeline.GraphOrigins;
import org.paperkg.pipeline.MappingRun;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.settings.Debug;
import org.paperkg.settings.PaperkgSettings;
import org.paperkg.settings.Settings;
import org.paperkg.stats.BulkStatistics;
import org.paperkg.store.IngestRun;
import org.paperkg.store.KgStore;
import org.paperkg.util.LongHashSet;

/**
 * The fast path of an ingest into an EMPTY TDB2 database on disk: TDB2's bulk loader machinery is
 * fed the mapper's quads directly (no N-Triples text in between), into a new storage directory
 * {@code Data-NNNN-tmp} beside the current one, which is renamed to {@code Data-NNNN} (one atomic
 * rename) and switched to when the load is complete. This is how TDB2 compacts: a run that fails or
 * is killed before the rename leaves the database as it was (empty), and TDB2 deletes a left-over
 * {@code -tmp} directory the next time the database is opened.
 * <p>
 * Papers of an empty store can only match papers of the same run. A run whose records do not share
 * identifiers and write no graph twice (the usual corpus) needs no lookups, deletes or rewrites: a
 * fingerprint set checks that. When a record does share an identifier, or a graph comes again, the
 * staging directory is thrown away and {@link IngestRun} takes the transactional path, which
 * merges and replaces exactly.
 */
// public: IngestRun and MemoryIngest (org.paperkg.store) choose this path and its quad checks
public final class BulkIngest {

    private static final Pattern DATA_DIR = Pattern.compile("Data-(\\d+)");

    /** Thrown when the bulk path has to give way to the transactional one. */
    public static final class Fallback extends Exception {
        public Fallback(String message) {
            super(message);
        }
    }

    private BulkIngest() {}

    /** True for a TDB2 database on disk that holds no quads, triples or prefixes (the bulk path applies). */
    public static boolean applies(DatasetGraph dsg) {
        if (!(dsg instanceof DatasetGraphSwitchable sw) || !sw.hasContainerPath()) return false;
        if (!(sw.get() instanceof DatasetGraphTDB tdb) || tdb.getLocation().isMem()) return false;
        return Txn.calculateRead(sw, () -> tdb.getTripleTable().isEmpty() && tdb.getQuadTable().isEmpty()
                && tdb.getStoragePrefixes().isEmpty());
    }

    public static RunSummary ingest(DatasetGraph dsg, OntologyLoader ontologies, List<Path> ontologyFiles,
                             MappingRun run, List<Path> inputs, RunProvenance provenance) throws IOException, Fallback {
        DatasetGraphSwitchable container = (DatasetGraphSwitchable) dsg;
        DatasetGraphTDB current = (DatasetGraphTDB) container.get();
        Path currentDir = Path.of(current.getLocation().getDirectoryPath());
        Matcher m = DATA_DIR.matcher(currentDir.getFileName().toString());
        if (!m.matches()) throw new Fallback("unexpected storage directory " + currentDir);
        Path next = currentDir.resolveSibling(String.format(Locale.ROOT, "Data-%04d", Integer.parseInt(m.group(1)) + 1));
        Path tmp = next.resolveSibling(next.getFileName() + "-tmp");
        if (Files.exists(next)) throw new Fallback(next + " exists already");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        Location tmpLoc = Location.create(tmp.toString());
        boolean moved = false;
        BulkStatistics statistics = new BulkStatistics(run.iris().base(), tmp);
        try {
            RunSummary summary = null;
            if (!inputs.isEmpty()) {
                DatasetGraphTDB staging = StoreConnection.connectCreate(tmpLoc).getDatasetGraphTDB();
                summary = "tdb".equals(Settings.current().get(PaperkgSettings.LOADER))
                        ? loadWithTdbLoader(staging, run, inputs, provenance, statistics)
                        : loadSorted(staging, run, inputs, tmp.resolve("paperkg-runs"), provenance, statistics);
                StoreConnection.internalExpel(tmpLoc, false);
                deleteTree(tmp.resolve("paperkg-runs"));
            }
            // ontologies after the papers: the packed indexes are written whole, over what they held;
            // then the statistics, with the multi-source papers recounted from the loaded graphs
            boolean runGraphLeft = provenance != null && inputs.isEmpty();
            DatasetGraphTDB staging = StoreConnection.connectCreate(tmpLoc).getDatasetGraphTDB();
            staging.begin(TxnType.WRITE);
            try {
                if (!ontologyFiles.isEmpty()) {
                    if (provenance == null) ontologies.load(staging, ontologyFiles);
                    else ontologies.load(staging, ontologyFiles, provenance.ontologiesInto(staging));
                }
                if (runGraphLeft) provenance.activityQuads(null, Instant.now()).forEach(staging::add);
                List<Node> otherGraphs = new java.util.ArrayList<>();
                for (Path f : ontologyFiles) otherGraphs.add(ontologies.graphOf(f));
                if (provenance != null) {
                    // written past the statistics' quad counter (a little at a time, or just above)
                    otherGraphs.add(provenance.graph());
                    otherGraphs.add(RunProvenance.provenanceGraph(run.iris().base()));
                }
                statistics.finish(staging, otherGraphs);
                staging.commit();
            } catch (IOException | RuntimeException e) {
                staging.abort(); // so that the failure is reported, not a transaction left open
                throw e;
            } finally {
                staging.end();
            }
            StoreConnection.internalExpel(tmpLoc, false);
            Files.move(tmp, next, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            switchTo(container, current, next);
            return summary;
        } finally {
            statistics.close(); // its spill files, also when the run failed or gave way
            if (!moved) {
                StoreConnection.internalExpel(tmpLoc, true);
                deleteTree(tmp);
            }
        }
    }

    private static RunSummary loadSorted(DatasetGraphTDB staging, MappingRun run, List<Path> inputs, Path runDir,
                                         RunProvenance provenance, BulkStatistics statistics) throws IOException, Fallback {
        SortedQuadLoader loader = new SortedQuadLoader(staging, runDir);
        loader.start();
        boolean ok = false;
        try {
            // provenance quads go past GraphOnce: the provenance graph is written a little at a time
            RunSummary summary = run.run(inputs, MappingRun.Into.stream(new GraphOnce(q -> {
                statistics.quad(q);
                loader.quad(q);
            })).withOrigins(origins(provenance, loader::quad)));
            if (provenance != null) provenance.activityQuads(summary, Instant.now()).forEach(loader::quad);
            statistics.provisionalQuads(loader::quad);
            run.progress().phase(String.format(Locale.ROOT, "ingest: %d quads mapped; merging the sorted runs into the six quad indexes ...", loader.count()));
            loader.finish();
            if (Debug.enabled())
                System.err.printf(Locale.ROOT, "loader: %d quads, %d-quad chunks, run files %.1f MB (%.2f bytes a tuple)%n", loader.count(),
                        loader.chunkQuads(), loader.runFileBytes() / 1e6, loader.runFileBytes() / (6.0 * Math.max(1, loader.count())));
            ok = true;
            return summary;
        } catch (MatchNeedsStore e) {
            throw new Fallback(e.getMessage());
        } finally {
            if (!ok) loader.abort();
        }
    }

    /** The same through TDB2's own phased/parallel loader (B+tree inserts), kept for comparison. */
    private static RunSummary loadWithTdbLoader(DatasetGraphTDB staging, MappingRun run, List<Path> inputs,
                                                RunProvenance provenance, BulkStatistics statistics) throws IOException, Fallback {
        DataLoader loader = LoaderFactory.createLoader(plan(), staging, quietMonitor());
        GraphOnce sink = new GraphOnce(q -> {
            statistics.quad(q);
            loader.stream().quad(q);
        });
        loader.startBulk();
        boolean finished = false;
        try {
            RunSummary summary = run.run(inputs, MappingRun.Into.stream(sink).withOrigins(origins(provenance, loader.stream()::quad)));
            if (provenance != null) provenance.activityQuads(summary, Instant.now()).forEach(loader.stream()::quad);
            finished = true;
            loader.finishBulk();
            return summary;
        } catch (MatchNeedsStore e) {
            throw new Fallback(e.getMessage());
        } finally {
            if (!finished) {
                // let the loader's threads end; the staging directory is thrown away
                try {
                    loader.finishBulk();
                } catch (RuntimeException e2) {
                    loader.finishException(e2);
                }
            }
        }
    }

    /** An empty store: each graph's provenance links are simply added. */
    private static GraphOrigins origins(RunProvenance provenance, Consumer<Quad> out) {
        return provenance == null ? GraphOrigins.NONE : provenance.linksTo(out);
    }

    /** Which TDB2 loader plan feeds the indexes ({@link PaperkgSettings#TDB_PLAN}, for measuring). */
    static LoaderPlan plan() {
        return switch (Settings.current().get(PaperkgSettings.TDB_PLAN)) {
            case "parallel" -> LoaderPlans.loaderPlanParallel;
            case "light" -> LoaderPlans.loaderPlanLight;
            case "inline" -> new LoaderPlan(LoaderPlans.loaderPlanLight.dataInputType(), new String[] {"SPO"}, new String[] {"GSPO"},
                    new String[][] {{"POS", "OSP"}}, new String[][] {{"GPOS", "GOSP"}, {"SPOG", "POSG", "OSPG"}});
            case "two" -> new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(), new String[] {"SPO"}, new String[] {"GSPO", "SPOG"},
                    new String[][] {{"POS", "OSP"}}, new String[][] {{"GPOS", "GOSP", "POSG", "OSPG"}});
            default -> LoaderPlans.loaderPlanPhased;
        };
    }

    private static MonitorOutput quietMonitor() {
        if (!Debug.enabled()) return (fmt, args) -> {};
        PrintStream err = System.err;
        return (fmt, args) -> err.println("loader: " + String.format(fmt, args));
    }

    /** Switches the database to the new storage directory, as TDB2's compaction does. */
    private static void switchTo(DatasetGraphSwitchable container, DatasetGraphTDB old, Path next) {
        DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(next.toString())).getDatasetGraphTDB();
        TransactionCoordinator txnOld = old.getTxnSystem().getTxnMgr();
        TransactionCoordinator txnNew = fresh.getTxnSystem().getTxnMgr();
        txnNew.execExclusive(() -> {
            txnNew.takeOverFrom(txnOld);
            txnNew.modifyConfigDirect(() -> txnOld.listExternals().forEach(txnNew::addExternal));
            if (!container.change(old, fresh)) container.set(fresh);
        });
        KgStore.unionDefault(fresh);
        // the old storage directory held nothing: release it and delete it
        Location oldLoc = old.getLocation();
        StoreConnection.internalExpel(oldLoc, false);
        try {
            deleteTree(Path.of(oldLoc.getDirectoryPath()));
        } catch (IOException e) {
            // harmless: TDB2 uses the highest numbered directory
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * Passes quads on and checks that each graph is written in one go: a graph that comes again
     * after another one (the same paper from the same source twice) would have to replace what was
     * written, which a bulk load cannot do.
     */
    public static final class GraphOnce extends StreamRDFBase {
        private final Consumer<Quad> out;
        private final LongHashSet graphs = new LongHashSet();
        private Node current;

        public GraphOnce(Consumer<Quad> out) {
            this.out = out;
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.getGraph();
            if (g != current && !g.equals(current)) {
                current = g;
                if (!graphs.add(LongHashSet.fingerprint(g.getURI())))
                    throw new MatchNeedsStore("graph <" + g.getURI() + "> written twice");
            }
            out.accept(quad);
        }

        @Override
        public void triple(Triple triple) {
            throw new MatchNeedsStore("a triple outside any paper graph");
        }
    }
}
