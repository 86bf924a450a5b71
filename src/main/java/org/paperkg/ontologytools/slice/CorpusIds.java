package org.paperkg.ontologytools.slice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.TextLines;

/**
 * Collects the disease concept ids used in corpora and paper cards. Each file's format is told from
 * its name and first line: BioC JSON ({@code .json}), BioC XML ({@code .xml}, {@code <?xml …}),
 * PubTator text ({@code PMID|t|title}) or a paper card ({@code # Title}); directories are walked in
 * sorted order.
 */
public final class CorpusIds {

    public enum Format { PUBTATOR, BIOC_XML, BIOC_JSON, CARD, UNKNOWN }

    private final PubTatorIds pubtator;
    private final BioCXmlIds biocXml;
    private final BioCJsonIds biocJson;
    private final CardIds cards;

    public CorpusIds(PrefixTable table) {
        MentionIds ids = new MentionIds(table);
        this.pubtator = new PubTatorIds(ids);
        this.biocXml = new BioCXmlIds(ids);
        this.biocJson = new BioCJsonIds(ids);
        this.cards = new CardIds(table);
    }

    /** Reads every file; returns the number of files read. */
    public int collect(List<Path> inputs, Consumer<String> curies, ProblemSink problems) throws IOException {
        int files = 0;
        for (Path file : expand(inputs, problems)) {
            Format format = formatOf(file);
            switch (format) {
                case PUBTATOR -> pubtator.read(file, curies, problems);
                case BIOC_XML -> biocXml.read(file, curies, problems);
                case BIOC_JSON -> biocJson.read(file, curies, problems);
                case CARD -> cards.read(file, curies, problems);
                case UNKNOWN -> {
                    problems.report(new Problem(file.toString(), 1, Problem.Severity.SKIP, ProblemCode.UNKNOWN_FORMAT,
                            "not PubTator, BioC XML/JSON or a paper card"));
                    continue;
                }
            }
            files++;
        }
        return files;
    }

    static List<Path> expand(List<Path> inputs, ProblemSink problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.report(new Problem(p.toString(), 0, Problem.Severity.SKIP, ProblemCode.NOT_FOUND, "no such file or directory"));
            }
        }
        return files;
    }

    public static Format formatOf(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".json")) return Format.BIOC_JSON;
        if (name.endsWith(".xml")) return Format.BIOC_XML;
        String first = firstLine(file);
        if (first == null) return Format.UNKNOWN;
        if (first.startsWith("<?xml") || first.startsWith("<collection")) return Format.BIOC_XML;
        if (first.startsWith("{") || first.startsWith("[")) return Format.BIOC_JSON;
        if (PubTatorIds.looksLikePubTator(first)) return Format.PUBTATOR;
        if (first.matches(" {0,3}#\\s.*")) return Format.CARD;
        return Format.UNKNOWN;
    }

    private static String firstLine(Path file) throws IOException {
        try (TextLines lines = TextLines.open(file, file.toString(), p -> {})) {
            String line;
            while ((line = lines.next()) != null)
                if (!line.isBlank()) return line.strip();
        }
        return null;
    }
}
