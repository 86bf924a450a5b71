package org.paperkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.paperkg.synth.SyntheticCardFiles;
import org.paperkg.synth.SyntheticPubMedFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code paperkg synth}: the options of the synthetic-paper writers (org.paperkg.synth), which do the work. */
@Command(name = "synth", mixinStandardHelpOptions = true, description = {
        "Write N synthetic papers (gzipped, many per file) for benchmarks: paper cards, or the same papers as PubMed XML.",
        "Deterministic for a seed; disease ids are real ones from the bundled MONDO/MeSH/OMIM slice.",
        "Paper I has PMC id 10000000 + I and PMID 30000000 + I in every format, so its card and its PubMed record merge."})
final class SynthCommand implements Callable<Integer> {

    /** What to write. */
    enum Format { cards, pubmed, pubmed_update }

    @Spec
    CommandSpec spec;

    @Option(names = "--papers", required = true, paramLabel = "N",
            description = "How many papers to write; with --format pubmed-update, the papers already published (numbers 0 to N-1).")
    int papers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory to write into: cards-NNNNN.md.gz, or pubmed26nNNNN.xml.gz files.")
    Path output;

    @Option(names = "--format", defaultValue = "cards", paramLabel = "F", converter = FormatConverter.class,
            description = "cards (default), pubmed (a baseline: PubmedArticle records of papers I to I+N-1) or pubmed-update "
                    + "(one day's update file: --new new papers, --revised revised records and a DeleteCitation of --deleted PMIDs).")
    Format format;

    @Option(names = "--first", defaultValue = "0", paramLabel = "I",
            description = "Number of the first paper (PMC id 10000000 + I): papers I to I+N-1, so a second set can be new papers (default: ${DEFAULT-VALUE}).")
    int first;

    @Option(names = "--per-file", defaultValue = "1000", paramLabel = "K", description = "Papers per file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = "--new", defaultValue = "0", paramLabel = "M", description = "pubmed-update: new papers in the update (default: ${DEFAULT-VALUE}).")
    int added;

    @Option(names = "--new-from", paramLabel = "J",
            description = "pubmed-update: number of the first new paper (default: N, the one after the published ones).")
    Integer addedFrom;

    @Option(names = "--revised", defaultValue = "0", paramLabel = "R",
            description = "pubmed-update: published papers revised (same PMID, an abstract sentence and a MeSH heading added) (default: ${DEFAULT-VALUE}).")
    int revised;

    @Option(names = "--deleted", defaultValue = "0", paramLabel = "D",
            description = "pubmed-update: published papers whose PMIDs the DeleteCitation lists (default: ${DEFAULT-VALUE}).")
    int deleted;

    @Override
    public Integer call() throws Exception {
        boolean update = format == Format.pubmed_update;
        if (!update && (added != 0 || addedFrom != null || revised != 0 || deleted != 0))
            throw new ParameterException(spec.commandLine(), "--new, --new-from, --revised and --deleted go with --format pubmed-update");
        if (update && first != 0)
            throw new ParameterException(spec.commandLine(), "--first does not go with --format pubmed-update (the published papers are 0 to N-1)");
        try {
            switch (format) {
                case cards -> {
                    int files = SyntheticCardFiles.write(output, seed, first, papers, perFile);
                    System.err.println("synth: wrote " + papers + " cards in " + files + " files to " + output + " (seed " + seed + ")");
                }
                case pubmed -> {
                    int files = SyntheticPubMedFiles.writeBaseline(output, seed, first, papers, perFile);
                    System.err.println("synth: wrote " + papers + " PubMed records in " + files + " files to " + output + " (seed " + seed + ")");
                }
                case pubmed_update -> {
                    Path file = SyntheticPubMedFiles.writeUpdate(output, seed, new SyntheticPubMedFiles.Update(
                            papers, addedFrom == null ? papers : addedFrom, added, revised, deleted, perFile));
                    System.err.println("synth: wrote " + file + ": " + added + " new, " + revised + " revised, " + deleted
                            + " deleted PubMed records (seed " + seed + ")");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return ExitCodes.OK;
    }

    /** Accepts the format names as written on the command line (pubmed-update). */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) if (f.name().replace('_', '-').equals(value)) return f;
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of cards, pubmed, pubmed-update");
        }
    }
}
