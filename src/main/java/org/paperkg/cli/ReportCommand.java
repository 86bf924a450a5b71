package org.paperkg.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperkg.ids.PrefixTable;
import org.paperkg.report.ReportData;
import org.paperkg.report.ReportPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes a self-contained HTML page about the store: the stats summary, papers per year, the most mentioned"
                + " diseases and a co-mention network of the most mentioned concepts, drawn by Apache ECharts inlined in the"
                + " page (it needs no network to view).",
                "Over a database (--db) or over files loaded in memory, as for stats."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Paper files or directories to load in memory (any format ingest reads).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The HTML file to write (- for standard output); it appears only when complete.")
    String output;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15",
            description = "How many concepts, diseases and unresolved identifiers the charts and tables show (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--network", paramLabel = "N", defaultValue = "20",
            description = "How many of the most mentioned concepts the co-mention network shows (default: ${DEFAULT-VALUE}).")
    int network;

    @Mixin
    StoreOptions store;

    @Mixin
    MappingOptions mapping;

    @Override
    public Integer call() throws Exception {
        if (top < 1) throw new IllegalArgumentException("--top must be 1 or more, not " + top);
        if (network < 1) throw new IllegalArgumentException("--network must be 1 or more, not " + network);
        PrefixTable prefixes = mapping.prefixTable();
        ReportData data = store.read(inputs, mapping, dsg -> ReportData.of(dsg, prefixes, mapping.baseIri(), top, network));
        String source = store.db != null ? "database " + store.db : inputs.size() + " input path(s) loaded in memory";
        ReportPage.Origin origin = new ReportPage.Origin(source, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), Version.current());
        if (output.equals("-")) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            ReportPage.write(data, origin, top, w);
            w.flush();
            return ExitCodes.OK;
        }
        Path target = Path.of(output).toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                ReportPage.write(data, origin, top, w);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        System.err.println("report: wrote " + target);
        return ExitCodes.OK;
    }
}
