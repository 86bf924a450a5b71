package org.paperkg.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.ontology.InferenceDataset;

import picocli.CommandLine.Option;

/** --reasoning: query an inference view over the union graph instead of the stored triples. */
final class ReasoningOption {

    @Option(names = "--reasoning", paramLabel = "LEVEL", defaultValue = "none",
            description = "none, rdfs (subclass/subproperty closure, domains, ranges) or owl-micro (also symmetric/transitive/inverse properties such as skos:exactMatch). Default: ${DEFAULT-VALUE}.")
    String level;

    InferenceDataset.Level level() {
        return InferenceDataset.Level.parse(level);
    }

    DatasetGraph view(DatasetGraph dsg) {
        long start = System.nanoTime();
        DatasetGraph view = InferenceDataset.of(dsg, level());
        if (level() != InferenceDataset.Level.NONE)
            System.err.printf("reasoning %s: inference view prepared in %.1f s%n", level, (System.nanoTime() - start) / 1e9);
        return view;
    }
}
