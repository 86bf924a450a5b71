package org.paperkg.store.mem;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.paperkg.settings.Debug;
import org.paperkg.store.MemoryIndexBuilder;

/** The memory engine's side of {@link MemoryIndexBuilder}: a {@link QuadIndex} sorted once, served by {@link MemQuadStore}. */
public final class MemIndexBuilder implements MemoryIndexBuilder {

    private final QuadIndex.Builder builder = new QuadIndex.Builder();

    @Override
    public void add(Quad quad) {
        builder.add(quad);
    }

    @Override
    public long count() {
        return builder.count();
    }

    @Override
    public DatasetGraph build(Function<DatasetGraph, List<Quad>> more) {
        long t0 = System.nanoTime();
        QuadIndex index = builder.build();
        long t1 = System.nanoTime();
        MemQuadStore sorted = new MemQuadStore(index);
        List<Quad> added = Txn.calculateRead(sorted, () -> more.apply(sorted));
        sorted.close();
        long t2 = System.nanoTime();
        MemQuadStore store = new MemQuadStore(index.plus(added));
        if (Debug.enabled())
            System.err.printf(Locale.ROOT, "load: %d quads indexed in %.1f s; %d more quads made in %.1f s, merged in %.1f s%n",
                    store.loadedQuads(), (t1 - t0) / 1e9, added.size(), (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
        return store;
    }
}
