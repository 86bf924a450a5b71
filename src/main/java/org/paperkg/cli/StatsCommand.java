package org.paperkg.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.ids.PrefixTable;
import org.paperkg.figures.CorpusStats;
import org.paperkg.figures.StatsJson;
import org.paperkg.figures.StatsPrinter;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"What the store holds: papers, authors, mentions by scheme and by entity type, the most mentioned concepts"
                + " (with their labels in the loaded ontologies), unresolved identifiers, papers per year, and the share of MeSH-"
                + " and OMIM-annotated mentions that reach a MONDO class through the loaded mappings (skos:exactMatch in either"
                + " direction; also with oboInOwl:hasDbXref).",
                "Over a database (--db) or over files loaded in memory, with the bundled slice unless --no-slice;"
                + " --ontology adds mapping files, such as MONDO's full SSSOM files."})
final class StatsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Paper files or directories to load in memory (any format ingest reads).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tables for people, the default), tsv (metric<TAB>value lines) or json (one object, see the README).")
    String out;

    @Option(names = "--json", description = "The same as --out json.")
    boolean json;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many of the most mentioned concepts to list, and of the unresolved identifiers in the text output (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    StoreOptions store;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        if (json) out = "json";
        if (!List.of("text", "tsv", "json").contains(out))
            throw new IllegalArgumentException("--out is text, tsv or json, not '" + out + "'");
        if (top < 0) throw new IllegalArgumentException("--top must be 0 or more, not " + top);
        PrefixTable prefixes = mapping.prefixTable();
        CorpusStats stats = store.read(inputs, mapping, dsg -> CorpusStats.of(dsg, prefixes, mapping.baseIri(), top));
        switch (out) {
            case "tsv" -> StatsPrinter.printTsv(stats, System.out);
            case "json" -> {
                Writer writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                JsonWriter w = new JsonWriter(writer);
                w.setIndent("  ");
                StatsJson.write(stats, w);
                w.flush();
                writer.write('\n');
                writer.flush();
            }
            default -> StatsPrinter.printText(stats, top, System.out);
        }
        System.out.flush();
        return ExitCodes.OK;
    }
}
