package org.paperkg.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;

/**
 * Expands the paths a user gives: a file is taken as it is; a directory is walked recursively for
 * paper files ({@code .md .markdown .txt .pubtator .xml .json .bioc}, plain or {@code .gz}), in a
 * stable (sorted) order. Which format a file is in is told from its content, not its name.
 */
public final class InputFiles {

    private static final List<String> SUFFIXES = List.of(".md", ".markdown", ".txt", ".pubtator", ".xml", ".json", ".bioc");

    private InputFiles() {}

    public static List<Path> expand(List<Path> paths, ProblemSink problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isPaperFile).sorted().forEach(f -> {
                        if (Files.isReadable(f)) files.add(f);
                        else problems.report(unreadable(f));
                    });
                }
            } else if (!Files.exists(p)) {
                problems.report(new Problem(p.toString(), 0, Problem.Severity.WARN, "NOT_FOUND", "no such file or directory"));
            } else if (!Files.isReadable(p)) {
                problems.report(unreadable(p));
            } else {
                files.add(p);
            }
        }
        return files;
    }

    static boolean isPaperFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        for (String s : SUFFIXES) if (name.endsWith(s)) return true;
        return false;
    }

    private static Problem unreadable(Path p) {
        return new Problem(p.toString(), 0, Problem.Severity.WARN, "UNREADABLE", "file cannot be read (permissions)");
    }
}
