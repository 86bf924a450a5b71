package org.paperkg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.describe.DatasetDescription;
import org.paperkg.describe.RunProvenance;
import org.paperkg.export.RdfOutput;
import org.paperkg.export.ShardedNQuads;
import org.paperkg.ingest.IngestTarget;
import org.paperkg.problem.ProblemLog;
import org.paperkg.reading.RunSummary;
import org.paperkg.vocab.Vocab;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Map paper cards to RDF and write them to a file (streamed).")
final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Card files or directories (read recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file; the format follows its extension (.ttl .nt .nq .trig .jsonld .rdf, optionally .gz). '-' writes to standard output. With --shard-size: the directory for the shards.")
    String output;

    @Option(names = "--shard-size", paramLabel = "N",
            description = "Write gzipped N-Quads shards of N paper graphs each (out-00001.nq.gz, … in the -o directory), for the bulk loaders of QLever, Virtuoso, GraphDB or tdb2.xloader.")
    Integer shardSize;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format: ttl, nt, nq, trig, jsonld, rdf.")
    String format;

    @Option(names = "--description", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"Also write the description of the exported data: its VoID/DCAT (graph/void), the export run (graph/run/<id>) and which input file each paper graph came from (graph/provenance).",
                    "Quad formats (.nq .trig .jsonld, shards: the last shard) hold it as named graphs; for triple formats it goes to a file beside the output, NAME.void.ttl (not written with -o -). Default: on."})
    boolean description;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        ProblemLog problems = mapping.problemLog();
        RunProvenance provenance = mapping.provenance("export");
        if (shardSize != null) return exportShards(problems, provenance);
        try (RdfOutput out = RdfOutput.open(output, format);
             RdfOutput beside = description && !RDFLanguages.isQuads(out.lang()) && !output.equals("-")
                     ? RdfOutput.open(besideName(output), "ttl") : null) {
            out.start(prefixes());
            if (beside != null) beside.start(prefixes());
            StreamRDF described = !description ? null : beside != null ? beside.sink() : RDFLanguages.isQuads(out.lang()) ? out.sink() : null;
            if (description && described == null)
                System.err.println("export: no description written: a triple format on standard output has no place for it (use a file, or .nq/.trig)");
            RunSummary summary = run(problems, provenance, out.sink(), described);
            out.commit();
            if (beside != null) beside.commit();
            summary.print(System.err);
            if (!output.equals("-")) System.err.println("wrote " + output + " (" + out.lang().getName() + ")"
                    + (beside != null ? " and its description " + besideName(output) : ""));
        }
        return ExitCodes.OK;
    }

    private Integer exportShards(ProblemLog problems, RunProvenance provenance) throws Exception {
        if (format != null && !format.equalsIgnoreCase("nq") && !format.equalsIgnoreCase("nquads"))
            throw new IllegalArgumentException("--shard-size writes N-Quads only; drop --format " + format);
        if (output.equals("-"))
            throw new IllegalArgumentException("--shard-size needs a directory for -o, not standard output");
        long t0 = System.nanoTime();
        try (ShardedNQuads out = ShardedNQuads.open(Path.of(output), shardSize)) {
            RunSummary summary = run(problems, provenance, out.sink(), description ? out.description() : null);
            out.commit();
            summary.print(System.err);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.err.printf(java.util.Locale.ROOT, "wrote %d shards (%d paper graphs, %d quads) to %s in %.1f s: %.0f graphs/s, %.0f quads/s%n",
                    out.shards().size(), out.graphs(), summary.triples(), output, seconds,
                    out.graphs() / seconds, summary.triples() / seconds);
        }
        return ExitCodes.OK;
    }

    /**
     * Maps the inputs into {@code data}; with a {@code described} stream, each paper graph's origin
     * goes there as it is written, and at the end the VoID of what was written and the run's activity.
     */
    private RunSummary run(ProblemLog problems, RunProvenance provenance, StreamRDF data, StreamRDF described) throws Exception {
        return mapping.ingest(problems).inputs(inputs).provenance(provenance)
                .target(described == null ? IngestTarget.stream(data) : IngestTarget.described(data, described, mapping.prefixTable()))
                .build().run();
    }

    private Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>(Vocab.PREFIXES);
        if (description) {
            p.put("void", DatasetDescription.VOID);
            p.put("dcat", DatasetDescription.DCAT);
            p.put("spdx", "http://spdx.org/rdf/terms#");
        }
        return p;
    }

    /** {@code papers.ttl.gz} → {@code papers.void.ttl}: the description beside a triple-format output. */
    static String besideName(String output) {
        Path p = Path.of(output);
        String name = p.getFileName().toString().replaceFirst("(?i)\\.gz$", "");
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return p.resolveSibling(stem + ".void.ttl").toString();
    }
}
