package org.paperkg.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.map.AuthorList;
import org.paperkg.map.PaperMapper;
import org.paperkg.source.InputLimits;
import org.paperkg.source.PaperRecord;

/**
 * Maps records on a small pool of threads, a bounded number ahead, and hands each record's quads
 * on in the order of the records, so the output is the same as mapping them one after another.
 * Since the identity plan parses the inputs before the mapping starts, the mapping no longer
 * overlaps with parsing; mapping records side by side gives it the second core back. Mapping a
 * record is pure (its quads depend on the record, its IRI and its author list only).
 */
final class MappedInOrder {

    /** Records mapped ahead of the one handed on next, at most (a few hundred quads each). */
    private static final int AHEAD = 256;
    /**
     * Characters of text in mapping, at most (one record may be larger): the quads of 256 records
     * near the size limit would otherwise hold a gigabyte.
     */
    private static final long AHEAD_CHARS = 4_000_000L;
    private static final ExecutorService MAPPERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "paperkg-map");
                t.setDaemon(true);
                return t;
            });

    /** A record in mapping, and how much text it holds. */
    private record InMapping(Future<List<Quad>> quads, PaperRecord record, long chars) {}

    private final PaperMapper mapper;
    private final StreamRDF out;
    private final Consumer<PaperRecord> mapped;
    private final ArrayDeque<InMapping> pending = new ArrayDeque<>();
    private long charsInMapping;

    /** {@code mapped} is told of each record once its quads went to {@code out}. */
    MappedInOrder(PaperMapper mapper, StreamRDF out, Consumer<PaperRecord> mapped) {
        this.mapper = mapper;
        this.out = out;
        this.mapped = mapped;
    }

    void map(PaperRecord record, String iri, AuthorList authors) {
        pending.add(new InMapping(MAPPERS.submit(() -> {
            List<Quad> quads = new ArrayList<>(256);
            mapper.map(record, iri, authors, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            });
            return quads;
        }), record, InputLimits.chars(record)));
        charsInMapping += pending.peekLast().chars();
        while (pending.size() > AHEAD || (pending.size() > 1 && charsInMapping > AHEAD_CHARS)) handOn();
    }

    /** Hands on every record in mapping (before a file's end is told, and at the end). */
    void drain() {
        while (!pending.isEmpty()) handOn();
    }

    /** After a failure: the records still in mapping are dropped. */
    void cancel() {
        pending.forEach(p -> p.quads().cancel(true));
        pending.clear();
        charsInMapping = 0;
    }

    private void handOn() {
        InMapping next = pending.poll();
        charsInMapping -= next.chars();
        List<Quad> quads;
        try {
            quads = next.quads().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mapping", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        for (Quad q : quads) out.quad(q);
        mapped.accept(next.record());
    }
}
