package org.paperkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.RunProvenance;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.ontology.OntologyLoader;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.reading.RunSummary;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.InputFormat;
import org.paperkg.source.InputLimits;
import org.paperkg.source.Readers;
import org.paperkg.source.RecordSource;

/**
 * The one door every write goes through: export (files, shards), validate, push, ingest into
 * TDB2, the in-memory store of serve and query, and POST /kg/ingest on a running server. Built in
 * the style of Jena's {@code RDFParser.create()…build()}:
 * <pre>{@code
 * RunSummary summary = Ingest.create()
 *         .inputs(paths).ontologies(loader, ontologyFiles)
 *         .base(base).prefixes(prefixes).problems(log).provenance(provenance)
 *         .target(IngestTarget.store(dsg, true))
 *         .build().run();
 * }</pre>
 * A run reads the inputs once to decide every paper's identity (the identity plan, against the
 * target's papers when it holds some), then writes each record once under its final IRI into the
 * target, with the statistics, the run's provenance and the dataset description attached by the
 * target as observers of the same quads. Which load path a store takes is decided by
 * {@link IngestTarget#store} before anything is read.
 */
public final class Ingest {

    private final MappingRun mapping;
    private final List<Path> inputs;
    private final OntologyLoader ontologies;
    private final List<Path> ontologyFiles;
    private final RunProvenance provenance;
    private final DatasetDescription description;
    private final IngestTarget target;

    private Ingest(Builder b) {
        this.mapping = b.mapping != null ? b.mapping
                : new MappingRun(b.reader != null ? b.reader : Readers.all(b.prefixes, b.inputFormat, b.limits),
                        new PaperMapper(new PaperIris(b.base)), b.problems, b.progress);
        this.inputs = List.copyOf(b.inputs);
        this.ontologies = b.ontologies;
        this.ontologyFiles = List.copyOf(b.ontologyFiles);
        this.provenance = b.provenance;
        this.description = b.describe ? new DatasetDescription(mapping.iris().base(), b.prefixes) : null;
        this.target = b.target;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Runs the write: all of it lands in the target, or (for a store) nothing does. Null summary: no paper inputs. */
    public RunSummary run() throws IOException {
        return target.write(this);
    }

    MappingRun mapping() {
        return mapping;
    }

    List<Path> inputs() {
        return inputs;
    }

    OntologyLoader ontologies() {
        return ontologies;
    }

    List<Path> ontologyFiles() {
        return ontologyFiles;
    }

    /** The run's provenance, or null when the run records none. */
    RunProvenance provenance() {
        return provenance;
    }

    /** The store's dataset description, kept up to date by the run; null when the run keeps none. */
    DatasetDescription description() {
        return description;
    }

    String base() {
        return mapping.iris().base();
    }

    Progress progress() {
        return mapping.progress();
    }

    /** The settings of a run; every one has a default but the target. */
    public static final class Builder {
        private List<Path> inputs = List.of();
        private OntologyLoader ontologies;
        private List<Path> ontologyFiles = List.of();
        private String base = PaperIris.DEFAULT_BASE;
        private PrefixTable prefixes;
        private InputFormat inputFormat;
        private InputLimits limits = InputLimits.DEFAULTS;
        private RecordSource reader;
        private MappingRun mapping;
        private ProblemSink problems = p -> {};
        private Progress progress = Progress.none();
        private RunProvenance provenance;
        private boolean describe;
        private IngestTarget target;

        private Builder() {}

        /** Paper files and directories (read recursively), in the order given. */
        public Builder inputs(List<Path> inputs) {
            this.inputs = List.copyOf(inputs);
            return this;
        }

        /** Ontology and mapping files, each loaded into a named graph of its own by {@code loader}. */
        public Builder ontologies(OntologyLoader loader, List<Path> files) {
            this.ontologies = loader;
            this.ontologyFiles = List.copyOf(files);
            return this;
        }

        /** The base IRI of papers, people and graphs (default {@link PaperIris#DEFAULT_BASE}). */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base);
            return this;
        }

        /** The CURIE → IRI table (default: the built-in one). */
        public Builder prefixes(PrefixTable prefixes) {
            this.prefixes = prefixes;
            return this;
        }

        /** Read every input as this format instead of telling it from the content (null: tell). */
        public Builder inputFormat(InputFormat format) {
            this.inputFormat = format;
            return this;
        }

        public Builder limits(InputLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /** Where problems go (printing, strict mode); the run's summary counts them too. */
        public Builder problems(ProblemSink problems) {
            this.problems = Objects.requireNonNull(problems);
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        /** Records the run (its activity, and which file and run each graph came from); null: no record. */
        public Builder provenance(RunProvenance provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * Keeps the store's dataset description ({@code graph/void}) up to date with the run: in a
         * transaction, before its commit, so no reader sees new papers under an old description.
         */
        public Builder describe(boolean describe) {
            this.describe = describe;
            return this;
        }

        /** Reads and maps with this pipeline instead of one made from the settings above (its reader, base, problems, progress). */
        public Builder mapping(MappingRun mapping) {
            this.mapping = mapping;
            return this;
        }

        /** Reads with this source instead of paperkg's readers of every format. */
        public Builder reader(RecordSource reader) {
            this.reader = reader;
            return this;
        }

        public Builder target(IngestTarget target) {
            this.target = target;
            return this;
        }

        public Ingest build() {
            if (target == null) throw new IllegalStateException("an ingest needs a target");
            if (!ontologyFiles.isEmpty() && ontologies == null) throw new IllegalStateException("ontology files need a loader");
            if (prefixes == null) prefixes = PrefixTable.defaults();
            return new Ingest(this);
        }
    }
}
