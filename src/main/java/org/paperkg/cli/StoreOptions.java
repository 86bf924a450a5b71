package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.describe.RunProvenance;
import org.paperkg.ontology.BundledSlice;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.problem.ProblemLog;
import org.paperkg.pipeline.RunSummary;
import org.paperkg.stats.StatisticsGraph;
import org.paperkg.stats.StatisticsUpgrade;
import org.paperkg.store.KgStore;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.ingest.MemoryTarget;
import org.paperkg.store.PhaseLog;
import org.paperkg.util.FileTrees;

import picocli.CommandLine.Option;

/** Where the graph comes from: a TDB2 database, files loaded in memory, or both. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database directory (created when absent). Without it, the given files are loaded into an in-memory store.")
    Path db;

    @Option(names = "--ontology", paramLabel = "FILE", arity = "1..*",
            description = "Ontology or mapping files to load, each into a named graph of its own: RDF in any Jena syntax (.owl .rdf .ttl .nt .jsonld …, optionally .gz) or SSSOM TSV (.sssom.tsv).")
    List<Path> ontologies = new ArrayList<>();

    @Option(names = "--slice", negatable = true,
            description = "Also load the MONDO/MeSH/OMIM slice shipped in ontologies/ (labels, hierarchies, mappings of the disease terms of the examples and corpora). Default: on for an in-memory store, off with --db.")
    Boolean slice;

    @Option(names = "--bulk", negatable = true,
            description = "Load an empty --db database with the bulk loader (indexes built in a new storage directory, switched to when complete) when the run needs no merges. --no-bulk loads it in one write transaction, as a database that holds data is loaded: slower, the same graph. Default: on.")
    Boolean bulk;

    boolean withSlice() {
        return slice != null ? slice : db == null;
    }

    boolean hasInputs(List<Path> inputs) {
        return !inputs.isEmpty() || !ontologies.isEmpty() || (slice != null && slice);
    }

    /** Opens the store and loads ontologies and {@code inputs} into it, all in one transaction. */
    DatasetGraph open(List<Path> inputs, MappingOptions mapping) throws IOException {
        if (db == null && !hasInputs(inputs))
            throw new IllegalArgumentException("give --db DIR, or card files/directories (or --ontology files) to load in memory");
        PhaseLog phases = PhaseLog.fromEnvironment("store");
        DatasetGraph opened = db != null ? KgStore.open(db) : null;
        phases.done("opened");
        DatasetGraph dsg;
        try {
            dsg = load(opened, inputs, mapping);
            phases.done("loaded");
            if (opened != null) StatisticsUpgrade.bringUpToDate(dsg, mapping.baseIri(), System.err);
            phases.done("statistics format checked");
        } catch (IOException | RuntimeException e) {
            if (opened != null) KgStore.release(opened);
            throw e;
        }
        System.err.println("store " + (db != null ? db.toString() : "(in memory)") + ": " + new StatisticsGraph(mapping.baseIri()).storeTotals(dsg));
        phases.done("totals");
        return dsg;
    }

    /** Opens the store as {@link #open} does, computes {@code what} in one read transaction, releases the store. */
    <T> T read(List<Path> inputs, MappingOptions mapping, Function<DatasetGraph, T> what) throws IOException {
        DatasetGraph dsg = open(inputs, mapping);
        try {
            return Txn.calculateRead(dsg, () -> what.apply(dsg));
        } finally {
            KgStore.release(dsg);
        }
    }

    /** Loads into {@code dsg}, or into a new in-memory store when it is null; returns the store. */
    private DatasetGraph load(DatasetGraph dsg, List<Path> inputs, MappingOptions mapping) throws IOException {
        if (!hasInputs(inputs)) return dsg;
        ProblemLog problems = mapping.problemLog();
        OntologyLoader ontologyLoader = new OntologyLoader(mapping.prefixTable(), mapping.base, problems, System.err);
        List<Path> ontologyFiles = new ArrayList<>();
        Path sliceDir = null;
        try {
            if (withSlice()) {
                sliceDir = Files.createTempDirectory("paperkg-slice");
                ontologyFiles.addAll(BundledSlice.extract(sliceDir));
            }
            ontologyFiles.addAll(ontologies);
            // the command opened the store itself and serves it only after loading: it holds it alone,
            // so the bulk path may swap its storage, unless --no-bulk keeps to one transaction
            RunProvenance provenance = mapping.provenance("ingest");
            MemoryTarget memory = dsg == null ? IngestTarget.memory() : null;
            RunSummary summary = mapping.ingest(problems).inputs(inputs).ontologies(ontologyLoader, ontologyFiles)
                    .provenance(provenance).describe(true).target(memory != null ? memory : IngestTarget.store(dsg, bulk == null || bulk))
                    .build().run();
            if (memory != null) dsg = memory.store();
            if (summary != null) summary.print(System.err);
            return dsg;
        } finally {
            if (sliceDir != null) FileTrees.deleteTree(sliceDir);
        }
    }
}
