package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.paperkg.describe.RunProvenance;

import org.paperkg.ids.PrefixTable;
import org.paperkg.ingest.Ingest;
import org.paperkg.map.PaperIris;
import org.paperkg.problem.ProblemLog;
import org.paperkg.reading.Progress;
import org.paperkg.source.InputFormat;
import org.paperkg.source.InputLimits;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by every command that reads papers and maps them. */
final class MappingOptions {

    @Option(names = "--strict", description = "Stop at the first problem with exit code 1, writing nothing partial.")
    boolean strict;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = PaperIris.DEFAULT_BASE,
            description = "Base IRI for papers, people and their parts (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--prefixes", paramLabel = "FILE",
            description = "CURIE -> IRI table to use instead of the built-in ontologies/prefixes.tsv.")
    Path prefixes;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as this format (card, pubtator, bioc-xml, bioc-json, pubmed, jats) instead of detecting it from the content.")
    String inputFormat;

    @Option(names = {"-q", "--quiet"}, description = "No progress output (problems and the summary still print).")
    boolean quiet;

    @Option(names = "--max-record-chars", paramLabel = "N",
            description = "A record with more characters of text (or a card or PubTator line longer, in bytes) is skipped as TOO_LARGE (default: ${DEFAULT-VALUE}).")
    long maxRecordChars = InputLimits.DEFAULTS.maxRecordChars();

    @Option(names = "--max-record-items", paramLabel = "N",
            description = "A record with more authors, mentions, relations or MeSH headings than this is skipped as TOO_LARGE (default: ${DEFAULT-VALUE}).")
    int maxRecordItems = InputLimits.DEFAULTS.maxRecordItems();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The provenance of a run of this command, starting now, with its command line as given. */
    RunProvenance provenance(String kind) {
        List<String> args = command == null ? List.of() : command.commandLine().getParseResult().originalArgs();
        return RunProvenance.start(baseIri(), kind, Version.current(), args);
    }

    /** The base IRI as papers use it (ending in '/'). */
    String baseIri() {
        return new PaperIris(base).base();
    }

    InputLimits limits() {
        return InputLimits.DEFAULTS.withMaxRecordChars(maxRecordChars).withMaxRecordItems(maxRecordItems);
    }

    PrefixTable prefixTable() throws IOException {
        return prefixes == null ? PrefixTable.defaults() : PrefixTable.load(prefixes);
    }

    ProblemLog problemLog() {
        return new ProblemLog(System.err, strict);
    }

    /** A run of the one ingest coordinator with these options; the caller adds inputs and the target. */
    Ingest.Builder ingest(ProblemLog problems) throws IOException {
        return Ingest.create().base(base).prefixes(prefixTable())
                .inputFormat(inputFormat == null ? null : InputFormat.parse(inputFormat)).limits(limits())
                .problems(problems).progress(quiet ? Progress.none() : Progress.forStderr());
    }
}
