package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ingest.StoreLoad;
import org.paperkg.problem.ProblemLog;

import picocli.CommandLine.Option;

/** Where the graph comes from: a TDB2 database, files loaded in memory, or both; the options only, the loading is {@link StoreLoad}'s. */
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

    /** The options as the settings of a load. */
    StoreLoad.Settings settings() {
        return new StoreLoad.Settings(db, ontologies, slice, bulk == null || bulk);
    }

    boolean hasInputs(List<Path> inputs) {
        return settings().hasInputs(inputs);
    }

    /** Opens the store and loads ontologies and {@code inputs} into it, all in one transaction ({@link StoreLoad#open}). */
    DatasetGraph open(List<Path> inputs, MappingOptions mapping) throws IOException {
        return new StoreLoad(settings(), mapping.base).open(inputs, () -> loadMapping(mapping));
    }

    /** Opens the store as {@link #open} does, computes {@code what} in one read transaction, releases the store. */
    <T> T read(List<Path> inputs, MappingOptions mapping, Function<DatasetGraph, T> what) throws IOException {
        return new StoreLoad(settings(), mapping.base).read(inputs, () -> loadMapping(mapping), what);
    }

    private static StoreLoad.Mapping loadMapping(MappingOptions mapping) throws IOException {
        ProblemLog problems = mapping.problemLog();
        return new StoreLoad.Mapping(mapping.base, mapping.prefixTable(), problems, mapping.provenance("ingest"), mapping.ingest(problems));
    }
}
