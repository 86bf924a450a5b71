package org.paperkg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.identity.MemoryPaperIndex;
import org.paperkg.identity.PaperIndex;
import org.paperkg.identity.PaperMerges;
import org.paperkg.identity.PaperResolver;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordSource;
import org.paperkg.util.LongHashSet;

/**
 * The pipeline of one run: input paths → reader → mapper → sink. Problems go to the problem sink
 * given (printing, strict mode) and are counted in the summary.
 */
public final class MappingRun {

    private final RecordSource reader;
    private final PaperMapper mapper;
    private final ProblemSink problems;
    private final Progress progress;

    public MappingRun(RecordSource reader, PaperMapper mapper, ProblemSink problems, Progress progress) {
        this.reader = reader;
        this.mapper = mapper;
        this.problems = problems;
        this.progress = progress;
    }

    /** Where the run reports how far it is (also used for the steps after the mapping). */
    public Progress progress() {
        return progress;
    }

    public org.paperkg.map.PaperIris iris() {
        return mapper.iris();
    }

    /**
     * Maps every input into {@code sink} (start and finish are the caller's), matching papers within
     * this run only: a merge found after a paper was written cannot be applied and is reported.
     */
    public RunSummary run(List<Path> inputs, StreamRDF sink) throws IOException {
        return run(inputs, sink, GraphOrigins.NONE);
    }

    /** As {@link #run(List, StreamRDF)}, telling {@code origins} which input file each graph came from. */
    public RunSummary run(List<Path> inputs, StreamRDF sink, GraphOrigins origins) throws IOException {
        return mapAll(inputs, sink, new MemoryPaperIndex(), (problems, summary) -> reportLateMerges(problems), origins);
    }

    /** Maps every input into {@code sink}, matching papers against {@code index}; merges go to {@code merges}. */
    public RunSummary run(List<Path> inputs, StreamRDF sink, PaperIndex index, PaperMerges merges) throws IOException {
        return run(inputs, sink, index, merges, GraphOrigins.NONE);
    }

    /** As above, telling {@code origins} which input file each graph came from. */
    public RunSummary run(List<Path> inputs, StreamRDF sink, PaperIndex index, PaperMerges merges, GraphOrigins origins)
            throws IOException {
        return mapAll(inputs, sink, index, (problems, summary) -> counted(merges, summary), origins);
    }

    /** Merges the store applies, counted in the run's summary. */
    private static PaperMerges counted(PaperMerges merges, RunSummary summary) {
        return (from, to) -> {
            merges.merge(from, to);
            summary.paperMerged();
        };
    }

    /** Without a store, a merge found after the paper was written can only be reported. */
    private static PaperMerges reportLateMerges(ProblemSink problems) {
        return (from, to) -> problems.report(new Problem("(run)", 0, Problem.Severity.WARN, "LATE_MERGE",
                "<" + from + "> turned out to be <" + to + ">, but was already written under its first IRI; ingest into a store to merge them"));
    }

    private RunSummary mapAll(List<Path> inputs, StreamRDF sink, PaperIndex index,
                           BiFunction<ProblemSink, RunSummary, PaperMerges> merges, GraphOrigins origins) throws IOException {
        RunSummary summary = new RunSummary();
        ProblemSink both = p -> {
            summary.report(p);
            problems.report(p);
        };
        PaperResolver resolver = new PaperResolver(mapper.iris(), index, both, merges.apply(both, summary));
        GraphStarts graphs = new GraphStarts(sink, origins);
        CountingStream counted = new CountingStream(graphs);
        LongHashSet papersSeen = new LongHashSet();
        List<Path> files = InputFiles.expand(inputs, both);
        // files are read in order: the sizes of those done give the share of the input done
        long[] sizes = new long[files.size()];
        long totalBytes = 0;
        for (int i = 0; i < sizes.length; i++) totalBytes += sizes[i] = sizeOf(files.get(i));
        progress.start(files.size(), totalBytes);
        int filesDone = 0;
        try (ReadAhead ahead = new ReadAhead(reader, files)) {
            for (ReadAhead.Item item; (item = ahead.next()) != null; ) {
                // problems met while reading, in the order they came, before the record they preceded
                for (Problem p : item.problems()) both.report(p);
                if (item.fileDone()) {
                    summary.file(item.digest());
                    graphs.nextFile();
                    progress.fileDone(filesDone < sizes.length ? sizes[filesDone] : 0);
                    filesDone++;
                }
                if (item.record() == null) continue;
                PaperRecord record = item.record();
                String iri = resolver.resolve(record);
                if (!papersSeen.add(fingerprint(record.source() + ' ' + iri)))
                    both.report(new Problem(record.origin().file(), record.origin().line(), Problem.Severity.WARN,
                            "DUPLICATE_PAPER", "paper <" + iri + "> was already read from " + record.source()
                                    + " in this run; in a store the record read last replaces it"));
                mapper.map(record, iri, counted);
                summary.mapped(record);
                progress.paper(counted.count());
            }
        } finally {
            progress.finish();
            summary.triples(counted.count());
            summary.graphs(graphs.distinct());
        }
        return summary;
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable inputs are reported by the reader
        }
    }

    private static long fingerprint(String iri) {
        return LongHashSet.fingerprint(iri);
    }
}
