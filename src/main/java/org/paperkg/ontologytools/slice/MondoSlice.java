package org.paperkg.ontologytools.slice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperkg.ids.PrefixTable;
import org.paperkg.ontologytools.convert.ConvertStats;
import org.paperkg.ontologytools.convert.MondoEdgesConverter;
import org.paperkg.ontologytools.convert.MondoObsoletesConverter;
import org.paperkg.ontologytools.convert.OntologyVocab;
import org.paperkg.ontologytools.convert.TsvReader;
import org.paperkg.problem.ProblemSink;

/**
 * Which MONDO classes a slice keeps: the MONDO ids asked for, the MONDO classes that SSSOM mappings
 * link to any id asked for (MeSH, OMIM), the replacements of obsolete ones, and then all their
 * ancestors over {@code rdfs:subClassOf}. The sources are read with the converters themselves, so the
 * slice follows the same rules as the conversion (problems are reported when converting, not here).
 */
public final class MondoSlice {

    private final PrefixTable table;
    private final SliceIris iris;

    public MondoSlice(PrefixTable table) {
        this.table = table;
        this.iris = new SliceIris(table);
    }

    public ConceptIdSet keep(ConceptIdSet wanted, Path edges, Path obsoletes, List<Path> mappings,
                             ProblemSink problems, ConvertStats stats) throws IOException {
        Set<String> seeds = new HashSet<>();
        for (String curie : wanted.curies())
            if ("MONDO".equals(iris.scheme(curie))) seeds.add(iris.iri(curie));
        stats.add("MONDO ids asked for", seeds.size());

        int mapped = 0;
        for (Path sssom : mappings) {
            for (String[] pair : SssomFile.pairs(sssom, problems)) {
                String subject = iris.curie(pair[0]), object = iris.curie(pair[1]);
                if (subject == null || object == null) continue;
                if (subject.startsWith("MONDO:") && wanted.contains(object) && seeds.add(iris.iri(subject))) mapped++;
                else if (object.startsWith("MONDO:") && wanted.contains(subject) && seeds.add(iris.iri(object))) mapped++;
            }
        }
        stats.add("MONDO classes mapped to ids asked for", mapped);

        ProblemSink quiet = p -> {};
        if (obsoletes != null) {
            LinkCollector replacedBy = new LinkCollector(OntologyVocab.REPLACED_BY);
            try (TsvReader in = TsvReader.open(obsoletes, quiet)) {
                new MondoObsoletesConverter(table, c -> true).convert(in, replacedBy, quiet, new ConvertStats());
            }
            int added = 0;
            for (String s : List.copyOf(seeds))
                for (String r : replacedBy.get(s))
                    if ("MONDO".equals(iris.scheme(r)) && seeds.add(r)) added++;
            stats.add("replacements of obsolete classes", added);
        }

        LinkCollector parents = new LinkCollector(OntologyVocab.SUBCLASS_OF);
        if (edges != null) {
            try (TsvReader in = TsvReader.open(edges, quiet)) {
                new MondoEdgesConverter(table, c -> true).convert(in, parents, quiet, new ConvertStats());
            }
        }
        Set<String> closed = Closure.up(seeds, parents::get);
        stats.add("MONDO classes kept (with ancestors)", closed.size());
        ConceptIdSet kept = new ConceptIdSet();
        kept.addAll(iris.curies(closed));
        return kept;
    }
}
