package org.paperkg.reading;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Expands the paths a user gives: a file is taken as it is; a directory is walked recursively for
 * paper files ({@code .md .markdown .txt .pubtator .xml .json .bioc}, plain or {@code .gz}), in a
 * stable (sorted) order. Which format a file is in is told from its content, not its name.
 * <p>
 * In a directory, what has a paper file's name but cannot be read as one is reported (UNREADABLE)
 * and left out, never opened: a broken symbolic link, a FIFO (reading it would wait forever), a
 * socket or device, a file without read permission, a subdirectory that cannot be listed. A path
 * named on the command line is opened whatever it is (so {@code <(zcat file)} works).
 */
public final class InputFiles {

    private static final List<String> SUFFIXES = List.of(".md", ".markdown", ".txt", ".pubtator", ".xml", ".json", ".bioc", ".nxml");

    private InputFiles() {}

    public static List<Path> expand(List<Path> paths, ProblemSink problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(walk(p, problems));
            } else if (!Files.exists(p)) {
                problems.report(new Problem(p.toString(), 0, Problem.Severity.WARN, ProblemCode.NOT_FOUND,
                        Files.isSymbolicLink(p) ? "broken symbolic link" : "no such file or directory"));
            } else if (!Files.isReadable(p)) {
                problems.report(unreadable(p, "file cannot be read (permissions)"));
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static List<Path> walk(Path dir, ProblemSink problems) throws IOException {
        List<Path> found = new ArrayList<>();
        // a folder given as a link is followed (links met inside it are not); paths are shown as given
        Path start = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path real, BasicFileAttributes attrs) {
                Path f = start == dir ? real : dir.resolve(start.relativize(real));
                if (!isPaperFile(f)) return FileVisitResult.CONTINUE;
                // attrs are the entry's own (links are not followed); Files.* below follow them
                if (Files.isRegularFile(f)) {
                    if (Files.isReadable(f)) found.add(f);
                    else problems.report(unreadable(f, "file cannot be read (permissions)"));
                } else if (attrs.isSymbolicLink() && !Files.exists(f)) {
                    problems.report(unreadable(f, "broken symbolic link"));
                } else if (Files.isDirectory(f)) {
                    problems.report(unreadable(f, "symbolic link to a directory (links to directories are not followed)"));
                } else {
                    problems.report(unreadable(f, "not a regular file (a FIFO, socket or device): not read"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path real, IOException e) {
                Path f = start == dir ? real : dir.resolve(start.relativize(real));
                problems.report(unreadable(f, (Files.isDirectory(f) ? "directory" : "file") + " cannot be read ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    static boolean isPaperFile(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        for (String s : SUFFIXES) if (n.endsWith(s)) return true;
        return false;
    }

    static Problem unreadable(Path p, String why) {
        return new Problem(p.toString(), 0, Problem.Severity.WARN, ProblemCode.UNREADABLE, why);
    }
}
