package org.paperkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.ids.PrefixTable;
import org.paperkg.ontology.LinkingStats;
import org.paperkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Mention totals by scheme and by entity type, and the share of MeSH- and OMIM-annotated mentions that reach"
                + " a MONDO class through the loaded mappings (skos:exactMatch in either direction; also with oboInOwl:hasDbXref).",
                "Over a database (--db) or over files loaded in memory, with the bundled slice unless --no-slice;"
                + " --ontology adds mapping files, such as MONDO's full SSSOM files."})
final class StatsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Paper files or directories to load in memory (any format ingest reads).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tables for people, the default) or tsv (metric<TAB>value lines).")
    String out;

    @Mixin
    StoreOptions store;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        if (!out.equals("text") && !out.equals("tsv")) throw new IllegalArgumentException("--out is text or tsv, not '" + out + "'");
        PrefixTable prefixes = mapping.prefixTable();
        DatasetGraph dsg = store.open(inputs, mapping);
        try {
            LinkingStats stats = Txn.calculateRead(dsg, () -> LinkingStats.of(dsg.getUnionGraph(), prefixes));
            if (out.equals("tsv")) stats.printTsv(System.out);
            else stats.printText(System.out);
            System.out.flush();
        } finally {
            KgStore.release(dsg);
        }
        return ExitCodes.OK;
    }
}
