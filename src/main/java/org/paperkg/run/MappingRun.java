package org.paperkg.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDF;
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

    /** Maps every input into {@code sink} (start and finish are the caller's). */
    public RunSummary run(List<Path> inputs, StreamRDF sink) throws IOException {
        RunSummary summary = new RunSummary();
        ProblemSink both = p -> {
            summary.report(p);
            problems.report(p);
        };
        CountingStream counted = new CountingStream(sink);
        Set<Long> papersSeen = new HashSet<>();
        List<Path> files = InputFiles.expand(inputs, both);
        progress.totalFiles(files.size());
        try {
            for (Path file : files) {
                summary.file();
                reader.read(file, file.toString(), record -> {
                    String iri = mapper.paperIri(record);
                    if (!papersSeen.add(fingerprint(iri)))
                        both.report(new Problem(record.origin().file(), record.origin().line(), Problem.Severity.WARN,
                                "DUPLICATE_PAPER", "paper <" + iri + "> was already read in this run; in a store the card read last replaces it"));
                    mapper.map(record, counted);
                    summary.mapped(record);
                    progress.record();
                }, both);
                progress.fileDone();
            }
        } finally {
            progress.finish();
            summary.triples(counted.count());
        }
        return summary;
    }

    private static long fingerprint(String iri) {
        long h = 1125899906842597L;
        for (int i = 0; i < iri.length(); i++) h = 31 * h + iri.charAt(i);
        return h ^ ((long) iri.hashCode() << 32);
    }
}
