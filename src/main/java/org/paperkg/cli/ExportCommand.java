package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.export.RdfOutput;
import org.paperkg.export.ShardedNQuads;
import org.paperkg.problem.ProblemLog;
import org.paperkg.run.RunSummary;

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

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        ProblemLog problems = mapping.problemLog();
        if (shardSize != null) return exportShards(problems);
        try (RdfOutput out = RdfOutput.open(output, format)) {
            out.start();
            RunSummary summary = mapping.run(problems).run(inputs, out.sink());
            out.commit();
            summary.print(System.err);
            if (!output.equals("-")) System.err.println("wrote " + output + " (" + out.lang().getName() + ")");
        }
        return ExitCodes.OK;
    }

    private Integer exportShards(ProblemLog problems) throws Exception {
        if (format != null && !format.equalsIgnoreCase("nq") && !format.equalsIgnoreCase("nquads"))
            throw new IllegalArgumentException("--shard-size writes N-Quads only; drop --format " + format);
        if (output.equals("-"))
            throw new IllegalArgumentException("--shard-size needs a directory for -o, not standard output");
        long t0 = System.nanoTime();
        try (ShardedNQuads out = ShardedNQuads.open(Path.of(output), shardSize)) {
            RunSummary summary = mapping.run(problems).run(inputs, out.sink());
            out.commit();
            summary.print(System.err);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.err.printf(java.util.Locale.ROOT, "wrote %d shards (%d paper graphs, %d quads) to %s in %.1f s: %.0f graphs/s, %.0f quads/s%n",
                    out.shards().size(), out.graphs(), summary.triples(), output, seconds,
                    out.graphs() / seconds, summary.triples() / seconds);
        }
        return ExitCodes.OK;
    }
}
