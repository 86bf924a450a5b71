package org.paperkg.ontologytools.convert;

import java.io.IOException;

import org.apache.jena.riot.system.StreamRDF;
import org.paperkg.problem.ProblemSink;

/** Streams the rows of one ontology TSV report as RDF, reporting the rows it cannot read. */
public interface TsvConverter {

    void convert(TsvReader in, StreamRDF out, ProblemSink problems, ConvertStats stats) throws IOException;
}
