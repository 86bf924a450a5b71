package org.paperkg.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.identity.MemoryPaperIndex;
import org.paperkg.identity.PaperIndex;
import org.paperkg.identity.PaperMerges;
import org.paperkg.identity.PaperResolver;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.RecordSource;

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

    public org.paperkg.map.PaperIris iris() {
        return mapper.iris();
    }

    /**
     * Maps every input into {@code sink} (start and finish are the caller's), matching papers within
     * this run only: a merge found after a paper was written cannot be applied and is reported.
     */
    public RunSummary run(List<Path> inputs, StreamRDF sink) throws IOException {
        ProblemSink[] reportTo = new ProblemSink[1];
        return run(inputs, sink, new MemoryPaperIndex(), (from, to) -> reportTo[0].report(new Problem("(run)", 0,
                Problem.Severity.WARN, "LATE_MERGE", "<" + from + "> turned out to be <" + to
                        + ">, but was already written under its first IRI; ingest into a store to merge them")), reportTo);
    }

    /** Maps every input into {@code sink}, matching papers against {@code index}; merges go to {@code merges}. */
    public RunSummary run(List<Path> inputs, StreamRDF sink, PaperIndex index, PaperMerges merges) throws IOException {
        return run(inputs, sink, index, merges, new ProblemSink[1]);
    }

    private RunSummary run(List<Path> inputs, StreamRDF sink, PaperIndex index, PaperMerges merges,
                           ProblemSink[] reportTo) throws IOException {
        RunSummary summary = new RunSummary();
        ProblemSink both = p -> {
            summary.report(p);
            problems.report(p);
        };
        reportTo[0] = both;
        PaperResolver resolver = new PaperResolver(mapper.iris(), index, both, merges);
        CountingStream counted = new CountingStream(sink);
        Set<Long> papersSeen = new HashSet<>();
        List<Path> files = InputFiles.expand(inputs, both);
        progress.totalFiles(files.size());
        try {
            for (Path file : files) {
                summary.file();
                try {
                    read(file, resolver, papersSeen, counted, summary, both);
                } catch (IOException e) {
                    // a read error (a bad disk, a file gone since it was listed, /proc/self/mem) costs
                    // this file or the rest of it; the run goes on with the next file
                    both.report(new Problem(file.toString(), 0, Problem.Severity.WARN, "UNREADABLE", "reading failed ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); the records read from it before are kept"));
                }
                progress.fileDone();
            }
        } finally {
            progress.finish();
            summary.triples(counted.count());
        }
        return summary;
    }

    private void read(Path file, PaperResolver resolver, Set<Long> papersSeen, CountingStream counted, RunSummary summary,
                      ProblemSink both) throws IOException {
        reader.read(file, file.toString(), record -> {
            String iri = resolver.resolve(record);
            if (!papersSeen.add(fingerprint(record.source() + ' ' + iri)))
                both.report(new Problem(record.origin().file(), record.origin().line(), Problem.Severity.WARN,
                        "DUPLICATE_PAPER", "paper <" + iri + "> was already read from " + record.source()
                                + " in this run; in a store the record read last replaces it"));
            mapper.map(record, iri, counted);
            summary.mapped(record);
            progress.record();
        }, both);
    }

    private static long fingerprint(String iri) {
        long h = 1125899906842597L;
        for (int i = 0; i < iri.length(); i++) h = 31 * h + iri.charAt(i);
        return h ^ ((long) iri.hashCode() << 32);
    }
}
