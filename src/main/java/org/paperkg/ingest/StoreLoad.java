package org.paperkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.describe.RunProvenance;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.ontology.BundledSlice;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.reading.RunSummary;
import org.paperkg.problem.ProblemLog;
import org.paperkg.search.StoreTextIndex;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.stats.StatisticsUpgrade;
import org.paperkg.store.KgStore;
import org.paperkg.store.PhaseLog;
import org.paperkg.util.FileTrees;

/**
 * The store a command works on: a TDB2 database, files loaded in memory, or both. Opens it and loads
 * ontologies, the bundled slice and input files into it through the coordinator ({@link Ingest}), so
 * the commands only say what to open and load ({@link Settings}) and how to map ({@link Mapping}).
 */
public final class StoreLoad {

    /**
     * What to open and load: the database (null: a store in memory), ontology files, the bundled slice
     * ({@code slice} null: the default, on in memory and off with a database; given, it counts as
     * something to load) and whether an empty database may be bulk loaded.
     */
    public record Settings(Path db, List<Path> ontologies, Boolean slice, boolean bulk) {
        public Settings {
            ontologies = List.copyOf(ontologies);
        }

        public boolean withSlice() {
            return slice != null ? slice : db == null;
        }

        public boolean hasInputs(List<Path> inputs) {
            return !inputs.isEmpty() || !ontologies.isEmpty() || (slice != null && slice);
        }
    }

    /**
     * How a load maps: the base IRI as given, the prefixes, where problems go, the run's provenance and
     * the coordinator's run with the command's mapping options (inputs and target are added here).
     */
    public record Mapping(String base, PrefixTable prefixes, ProblemLog problems, RunProvenance provenance, Ingest.Builder ingest) {}

    /** Makes the {@link Mapping} only when there is something to load, so a read of a database alone needs none. */
    @FunctionalInterface
    public interface MappingSource {
        Mapping mapping() throws IOException;
    }

    private final Settings settings;
    private final String baseIri;

    /** {@code base} is the base IRI as given (null: the default); it names the statistics graph. */
    public StoreLoad(Settings settings, String base) {
        this.settings = settings;
        this.baseIri = new PaperIris(base).base();
    }

    /** Opens the store and loads ontologies and {@code inputs} into it, all in one transaction. */
    public DatasetGraph open(List<Path> inputs, MappingSource mapping) throws IOException {
        if (settings.db() == null && !settings.hasInputs(inputs))
            throw new IllegalArgumentException("give --db DIR, or card files/directories (or --ontology files) to load in memory");
        PhaseLog phases = PhaseLog.fromEnvironment("store");
        DatasetGraph opened = settings.db() != null ? KgStore.open(settings.db()) : null;
        phases.done("opened");
        DatasetGraph dsg;
        try {
            if (opened != null) {
                StoreTextIndex.attach(settings.db(), opened, System.err);
                phases.done("text index checked");
            }
            dsg = settings.hasInputs(inputs) ? load(opened, inputs, mapping.mapping()) : opened;
            phases.done("loaded");
            if (opened != null) StatisticsUpgrade.bringUpToDate(dsg, baseIri, System.err);
            phases.done("statistics format checked");
        } catch (IOException | RuntimeException e) {
            if (opened != null) KgStore.release(opened);
            throw e;
        }
        System.err.println("store " + (settings.db() != null ? settings.db().toString() : "(in memory)") + ": "
                + new StatisticsGraph(baseIri).storeTotals(dsg));
        phases.done("totals");
        return dsg;
    }

    /** Opens the store as {@link #open} does, computes {@code what} in one read transaction, releases the store. */
    public <T> T read(List<Path> inputs, MappingSource mapping, Function<DatasetGraph, T> what) throws IOException {
        DatasetGraph dsg = open(inputs, mapping);
        try {
            return Txn.calculateRead(dsg, () -> what.apply(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }

    /** Loads into {@code dsg}, or into a new in-memory store when it is null; returns the store. */
    private DatasetGraph load(DatasetGraph dsg, List<Path> inputs, Mapping mapping) throws IOException {
        OntologyLoader ontologyLoader = new OntologyLoader(mapping.prefixes(), mapping.base(), mapping.problems(), System.err);
        List<Path> ontologyFiles = new ArrayList<>();
        Path sliceDir = null;
        try {
            if (settings.withSlice()) {
                sliceDir = Files.createTempDirectory("paperkg-slice");
                ontologyFiles.addAll(BundledSlice.extract(sliceDir));
            }
            ontologyFiles.addAll(settings.ontologies());
            // the command opened the store itself and serves it only after loading: it holds it alone,
            // so the bulk path may swap its storage, unless --no-bulk keeps to one transaction
            MemoryTarget memory = dsg == null ? IngestTarget.memory() : null;
            RunSummary summary = mapping.ingest().inputs(inputs).ontologies(ontologyLoader, ontologyFiles)
                    .provenance(mapping.provenance()).describe(true)
                    .target(memory != null ? memory : IngestTarget.store(dsg, settings.bulk()))
                    .build().run();
            if (memory != null) dsg = memory.store();
            if (summary != null) summary.print(System.err);
            return dsg;
        } finally {
            if (sliceDir != null) FileTrees.deleteTree(sliceDir);
        }
    }
}
