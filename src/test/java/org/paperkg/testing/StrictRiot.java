package org.paperkg.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Parses RDF with RIOT in strict mode, turning every warning and error into a failure. */
public final class StrictRiot {

    private StrictRiot() {}

    /** Fails on warnings too, naming the line and column RIOT gives. */
    public static final ErrorHandler FAIL_ON_WARNING = new ErrorHandler() {
        @Override public void warning(String message, long line, long col) { throw fail("warning", message, line, col); }
        @Override public void error(String message, long line, long col) { throw fail("error", message, line, col); }
        @Override public void fatal(String message, long line, long col) { throw fail("fatal", message, line, col); }
    };

    private static RiotException fail(String level, String message, long line, long col) {
        return new RiotException("strict RIOT " + level + " at line " + line + ", col " + col + ": " + message);
    }

    /** Parses a file in {@code lang}; a name ending in .gz is gunzipped first. */
    public static DatasetGraph parse(Path file, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            RDFParser.create().source(in).base(file.toUri().toString()).lang(lang).strict(true).checking(true)
                    .errorHandler(FAIL_ON_WARNING).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    public static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.create().fromString(text).lang(lang).strict(true).checking(true)
                .errorHandler(FAIL_ON_WARNING).parse(dsg);
        return dsg;
    }
}
