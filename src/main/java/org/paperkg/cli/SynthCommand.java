package org.paperkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.paperkg.synth.SyntheticCardFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperkg synth}: the options of the synthetic-card writer (org.paperkg.synth), which does the work. */
@Command(name = "synth", mixinStandardHelpOptions = true, description = {"Write N synthetic paper cards (gzipped, many per file) for benchmarks.",
        "Deterministic for a seed; disease ids are real ones from the bundled MONDO/MeSH/OMIM slice."})
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--papers", required = true, paramLabel = "N", description = "How many cards to write.")
    int papers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Directory to write cards-NNNNN.md.gz files into.")
    Path output;

    @Option(names = "--first", defaultValue = "0", paramLabel = "I",
            description = "Number of the first card (PMC id 10000000 + I): cards I to I+N-1, so a second set can be new papers (default: ${DEFAULT-VALUE}).")
    int first;

    @Option(names = "--per-file", defaultValue = "1000", paramLabel = "K", description = "Cards per file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Override
    public Integer call() throws Exception {
        int files = SyntheticCardFiles.write(output, seed, first, papers, perFile);
        System.err.println("synth: wrote " + papers + " cards in " + files + " files to " + output + " (seed " + seed + ")");
        return ExitCodes.OK;
    }
}
