package org.paperkg.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.paperkg.identity.AuthorListEdit;
import org.paperkg.identity.IdentityPlan;
import org.paperkg.identity.PaperIndex;
import org.paperkg.identity.PaperMerges;
import org.paperkg.identity.StoreDeletion;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.PaperRecord;
import org.paperkg.source.RecordSource;

/**
 * The pipeline of one run: input paths → reader → identity plan → reader again → mapper → sink.
 * The first reading decides every paper's identity ({@link IdentityPlan}: which records are one
 * paper, under which IRI, with which author list); the second maps each record once, under its
 * final IRI. Problems go to the problem sink given (printing, strict mode) and are counted in the
 * summary.
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

    /**
     * Where a run writes: the quad stream, and for a store that already holds papers, its index
     * (records are matched against its papers too) and what merges two of its papers (applied
     * before any quad of the run is written); the {@link GraphOrigins} told where each graph began.
     */
    public record Into(StreamRDF sink, PaperIndex store, PaperMerges storeMerges, Consumer<StoreDeletion> storeDeletions,
                       Consumer<AuthorListEdit> storeAuthorEdits, GraphOrigins origins) {

        /** A stream that starts empty: records are matched among themselves only. */
        public static Into stream(StreamRDF sink) {
            return new Into(sink, null, null, null, null, GraphOrigins.NONE);
        }

        /**
         * The same, matching records against {@code store}'s papers as well: {@code merges} merges
         * two of its papers, {@code deletions} removes a source graph a withdrawal names,
         * {@code authorEdits} changes an author list it holds (applied in that order, before any
         * quad of the run).
         */
        public Into withStore(PaperIndex store, PaperMerges merges, Consumer<StoreDeletion> deletions,
                              Consumer<AuthorListEdit> authorEdits) {
            return new Into(sink, store, merges, deletions, authorEdits, origins);
        }

        public Into withOrigins(GraphOrigins origins) {
            return new Into(sink, store, storeMerges, storeDeletions, storeAuthorEdits, origins);
        }
    }

    /** Where the run reports how far it is (also used for the steps after the mapping). */
    public Progress progress() {
        return progress;
    }

    public org.paperkg.map.PaperIris iris() {
        return mapper.iris();
    }

    /** Maps every input into {@code sink} (start and finish are the caller's). */
    public RunSummary run(List<Path> inputs, StreamRDF sink) throws IOException {
        return run(inputs, Into.stream(sink));
    }

    /** Maps every input where {@code into} says (the sink's start and finish are the caller's). */
    public RunSummary run(List<Path> inputs, Into into) throws IOException {
        RunSummary summary = new RunSummary();
        ProblemSink both = p -> {
            summary.report(p);
            problems.report(p);
        };
        List<Path> found = InputFiles.expand(inputs, both);
        PlanPass.Planned planned = PlanPass.plan(reader, found, mapper.iris(), into.store(), progress);
        try {
            IdentityPlan plan = planned.plan();
            summary.planned(plan.mergedPapers(), planned.seconds());
            // a store starts empty when no store is given: nothing of it to merge or edit
            for (Map.Entry<String, String> m : plan.storeMerges().entrySet()) into.storeMerges().merge(m.getKey(), m.getValue());
            for (StoreDeletion d : plan.storeDeletions()) into.storeDeletions().accept(d);
            for (AuthorListEdit edit : plan.storeAuthorEdits()) into.storeAuthorEdits().accept(edit);
            for (StoreDeletion d : plan.storeDeletions())
                if (d.authorsLost()) both.report(RecordFates.authorsLost(d));
            map(planned, into, summary, both);
        } finally {
            PlanPass.deleteAll(planned.spooled());
        }
        return summary;
    }

    private void map(PlanPass.Planned planned, Into into, RunSummary summary, ProblemSink both) throws IOException {
        List<InputFile> files = planned.files();
        IdentityPlan plan = planned.plan();
        GraphStarts graphs = new GraphStarts(into.sink(), into.origins());
        StreamRDFCounting counted = StreamRDFLib.count(graphs);
        // files are read in order: the sizes of those done give the share of the input done
        long[] sizes = new long[files.size()];
        long totalBytes = 0;
        for (int i = 0; i < sizes.length; i++) totalBytes += sizes[i] = sizeOf(files.get(i).path());
        progress.start(files.size(), totalBytes);
        int filesDone = 0;
        int ordinal = 0;
        MappedInOrder mapping = new MappedInOrder(mapper, counted, record -> {
            summary.mapped(record);
            progress.paper(counted.count());
        });
        // the files the plan's reading kept come as they were read; the others are read again
        try (HeldThenRead ahead = new HeldThenRead(planned.held(), reader, files.subList(planned.heldFiles(), files.size()))) {
            for (ReadAhead.Item item; (item = ahead.next()) != null; ) {
                // problems met while reading, in the order they came, before the record they preceded
                for (Problem p : item.problems()) both.report(p);
                if (item.fileDone()) {
                    // the file's graphs are all out before the next file's begin (their provenance names the file)
                    mapping.drain();
                    summary.file(item.digest());
                    graphs.nextFile();
                    progress.fileDone(filesDone < sizes.length ? sizes[filesDone] : 0);
                    filesDone++;
                }
                if (item.record() == null) continue;
                PaperRecord record = item.record();
                int i = ordinal++;
                if (!plan.check(i, record))
                    throw new IOException(record.origin() + ": the input changed between the run's two readings"
                            + " (the record here is not the one planned); run again on inputs that stay as they are");
                for (Problem p : plan.problems(i)) both.report(p);
                IdentityPlan.Disposition fate = plan.disposition(i);
                summary.planned(record, fate);
                if (fate.written()) mapping.map(record, plan.iri(i), plan.authors(i));
                else RecordFates.report(record, plan.iri(i), fate, plan.replacedBy(i)).ifPresent(both::report);
            }
            mapping.drain();
        } finally {
            mapping.cancel();
            progress.finish();
            summary.triples(counted.count());
            summary.graphs(graphs.distinct());
        }
        if (ordinal != plan.records())
            throw new IOException("the inputs gave " + ordinal + " records on the second reading and " + plan.records()
                    + " on the first: they changed while the run read them; run again on inputs that stay as they are");
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable inputs are reported by the reader
        }
    }
}
