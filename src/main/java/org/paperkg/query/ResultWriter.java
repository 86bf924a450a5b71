package org.paperkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;

/** Runs a prepared query execution and writes its result in the format asked for. */
public final class ResultWriter {

    public enum Format { TABLE, CSV, TSV, JSON, XML, TTL, NT, NQ, TRIG, JSONLD }

    private ResultWriter() {}

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + name + "': use table, csv, tsv, json, xml (SELECT/ASK) or ttl, nt, nq, trig, jsonld (CONSTRUCT/DESCRIBE)");
        }
    }

    /** Writes the result; returns the number of rows, triples or 1/0 for ASK. */
    public static long write(QueryExec exec, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSetRewindable rows = ResultSetFactory.makeRewindable(ResultSet.adapt(exec.select()));
            long n = rows.size();
            rows.reset();
            writeRows(rows, query, format, out);
            return n;
        }
        if (query.isAskType()) {
            boolean answer = exec.ask();
            switch (format) {
                case JSON -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
                case XML -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_XML);
                case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
                case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
                default -> new PrintStream(out, true).println(answer ? "yes" : "no");
            }
            return answer ? 1 : 0;
        }
        DatasetGraph result = query.isConstructQuad() ? exec.constructDataset() : null;
        if (result != null) {
            RDFDataMgr.write(out, result, rdfLang(format, true));
            return result.stream().count();
        }
        var graph = query.isConstructType() ? exec.construct() : exec.describe();
        query.getPrefixMapping().getNsPrefixMap().forEach(graph.getPrefixMapping()::setNsPrefix);
        RDFDataMgr.write(out, graph, rdfLang(format, false));
        return graph.size();
    }

    private static void writeRows(ResultSet rs, Query query, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, new Prologue(query.getPrefixMapping()));
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
            default -> throw new IllegalArgumentException("--out " + format.name().toLowerCase(Locale.ROOT) + " is for CONSTRUCT/DESCRIBE; a SELECT writes table, csv, tsv, json or xml");
        }
    }

    private static Lang rdfLang(Format format, boolean quads) {
        return switch (format) {
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case TTL, TABLE -> quads ? Lang.TRIG : Lang.TURTLE;
            default -> throw new IllegalArgumentException("--out " + format.name().toLowerCase(Locale.ROOT) + " is for SELECT/ASK; a CONSTRUCT writes ttl, nt, nq, trig or jsonld");
        };
    }
}
