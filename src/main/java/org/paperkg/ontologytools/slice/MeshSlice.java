package org.paperkg.ontologytools.slice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.paperkg.ids.PrefixTable;
import org.paperkg.ontologytools.convert.ConvertStats;
import org.paperkg.ontologytools.convert.MeshScrConverter;
import org.paperkg.ontologytools.convert.MeshTreeConverter;
import org.paperkg.ontologytools.convert.OntologyVocab;
import org.paperkg.ontologytools.convert.TsvReader;
import org.paperkg.problem.ProblemSink;

/**
 * Which MeSH records (and OMIM entries) a slice keeps: the MeSH descriptors and disease SCRs asked
 * for, the descriptors those SCRs are mapped to, and all ancestors of the descriptors over their tree
 * numbers ({@code meshv:broaderDescriptor}, up to the tops of the trees such as C01); OMIM ids asked
 * for are kept as they are (OMIM has no hierarchy here).
 */
public final class MeshSlice {

    private final PrefixTable table;
    private final SliceIris iris;

    public MeshSlice(PrefixTable table) {
        this.table = table;
        this.iris = new SliceIris(table);
    }

    public ConceptIdSet keep(ConceptIdSet wanted, Path tree, Path scr, ProblemSink problems, ConvertStats stats)
            throws IOException {
        Set<String> seeds = new HashSet<>();
        Set<String> omim = new HashSet<>();
        for (String curie : wanted.curies()) {
            String scheme = iris.scheme(curie);
            if ("MESH".equals(scheme)) seeds.add(iris.iri(curie));
            else if ("OMIM".equals(scheme)) omim.add(iris.iri(curie));
        }
        stats.add("MeSH ids asked for", seeds.size());
        stats.add("OMIM ids asked for", omim.size());

        ProblemSink quiet = p -> {};
        if (scr != null) {
            LinkCollector mappedTo = new LinkCollector(OntologyVocab.PREFERRED_MAPPED_TO);
            try (TsvReader in = TsvReader.open(scr, quiet)) {
                new MeshScrConverter(table, c -> true).convert(in, mappedTo, quiet, new ConvertStats());
            }
            int added = 0;
            for (String s : Set.copyOf(seeds))
                for (String d : mappedTo.get(s))
                    if (seeds.add(d)) added++;
            stats.add("descriptors mapped from SCRs asked for", added);
        }
        LinkCollector broader = new LinkCollector(OntologyVocab.BROADER_DESCRIPTOR);
        if (tree != null) {
            try (TsvReader in = TsvReader.open(tree, quiet)) {
                new MeshTreeConverter(table, c -> true).convert(in, broader, quiet, new ConvertStats());
            }
        }
        Set<String> closed = Closure.up(seeds, broader::get);
        stats.add("MeSH records kept (with ancestors)", closed.size());
        ConceptIdSet kept = new ConceptIdSet();
        kept.addAll(iris.curies(closed));
        kept.addAll(iris.curies(omim));
        return kept;
    }
}
