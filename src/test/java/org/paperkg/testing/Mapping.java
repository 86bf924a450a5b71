package org.paperkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.map.PaperMapper;
import org.paperkg.problem.Problem;
import org.paperkg.reading.MappingRun;
import org.paperkg.reading.Progress;
import org.paperkg.reading.RunSummary;
import org.paperkg.source.CardReader;

/** Runs the real pipeline (inputs → CardReader → PaperMapper) into an in-memory dataset. */
public final class Mapping {

    private Mapping() {}

    /** What one run produced: the quads, every problem in report order, and the run's counts. */
    public record Result(DatasetGraph dataset, List<Problem> problems, RunSummary summary) {

        /** Problems as {@code LINE CODE}, in report order, for readable comparisons. */
        public List<String> problemLines() {
            return problems.stream().map(p -> p.line() + " " + p.code()).toList();
        }

        public String describeProblems() {
            if (problems.isEmpty()) return "(no problems reported)";
            StringBuilder sb = new StringBuilder();
            for (Problem p : problems) sb.append("\n    ").append(p).append(" [").append(p.severity()).append(']');
            return sb.toString();
        }
    }

    public static Result map(Path... inputs) {
        return map(Arrays.asList(inputs));
    }

    public static Result map(List<Path> inputs) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        MappingRun run = new MappingRun(new CardReader(PrefixTable.defaults()),
                new PaperMapper(new PaperIris(PaperIris.DEFAULT_BASE)), problems::add, Progress.none());
        try {
            var sink = StreamRDFLib.dataset(dsg);
            sink.start();
            RunSummary summary = run.run(inputs, sink);
            sink.finish();
            return new Result(dsg, List.copyOf(problems), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
