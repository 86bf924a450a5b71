package org.paperkg.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.paperkg.vocab.Vocab;

/** Writes a dataset in every RDF syntax paperkg offers and parses it back under strict RIOT. */
public final class RoundTrip {

    public static final List<Lang> QUAD_LANGS = List.of(Lang.NQUADS, Lang.TRIG, Lang.JSONLD);
    public static final List<Lang> TRIPLE_LANGS = List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML);

    private RoundTrip() {}

    /** Each syntax: write, re-parse strictly (fails on any warning), and compare with the original. */
    public static void assertEverySyntaxRoundTrips(DatasetGraph dsg) {
        for (Lang lang : QUAD_LANGS) {
            DatasetGraph copy = withPrefixes(dsg);
            String text = write(copy, lang);
            DatasetGraph back;
            try {
                back = StrictRiot.parse(text, lang);
            } catch (RuntimeException e) {
                throw new AssertionError(lang.getName() + " output does not re-parse strictly: " + e.getMessage() + "\n" + text, e);
            }
            GraphAssert.assertIsomorphic(dsg, back);
        }
        Graph union = union(dsg);
        for (Lang lang : TRIPLE_LANGS) {
            DatasetGraph single = DatasetGraphFactory.wrap(union);
            Vocab.PREFIXES.forEach(single.prefixes()::add);
            String text = write(single, lang);
            DatasetGraph back;
            try {
                back = StrictRiot.parse(text, lang);
            } catch (RuntimeException e) {
                throw new AssertionError(lang.getName() + " output does not re-parse strictly: " + e.getMessage() + "\n" + text, e);
            }
            GraphAssert.assertIsomorphic(lang.getName(), union, back.getDefaultGraph());
        }
    }

    /** All quads' triples in one graph (what the triple syntaxes carry). */
    public static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static DatasetGraph withPrefixes(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(copy::add);
        Vocab.PREFIXES.forEach(copy.prefixes()::add);
        return copy;
    }

    private static String write(DatasetGraph dsg, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG) || lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, dsg, lang);
        else RDFDataMgr.write(out, dsg.getDefaultGraph(), lang);
        return out.toString(StandardCharsets.UTF_8);
    }
}
