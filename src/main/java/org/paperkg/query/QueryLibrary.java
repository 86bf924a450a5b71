package org.paperkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The queries shipped in queries/ (packaged in the jar), found by name; or a query file given by
 * path. A query's header comment (its leading '#' lines) says what it answers.
 */
public final class QueryLibrary {

    private static final String DIR = "queries/";

    private QueryLibrary() {}

    /** A .rq file path, or the name of a library query (with or without .rq). */
    public static String load(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
        String text = library(nameOrFile);
        if (text == null)
            throw new IllegalArgumentException("no query file '" + nameOrFile + "' and no library query of that name; library: " + names());
        return text;
    }

    /** A library query by name (with or without .rq), never a file; null when there is none. */
    public static String library(String name) throws IOException {
        String file = name.endsWith(".rq") ? name : name + ".rq";
        try (InputStream in = QueryLibrary.class.getResourceAsStream("/" + DIR + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The header comment of a query: its leading comment lines without '#'. */
    public static String header(String queryText) {
        StringBuilder b = new StringBuilder();
        for (String line : queryText.split("\n")) {
            if (!line.startsWith("#")) break;
            b.append(line.substring(1).strip()).append('\n');
        }
        return b.toString().strip();
    }

    /** Names of the library queries, sorted. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        try {
            Path source = Path.of(QueryLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                Path dir = source.resolve(DIR);
                if (Files.isDirectory(dir)) try (Stream<Path> s = Files.list(dir)) {
                    s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(DIR) && n.endsWith(".rq") && n.indexOf('/', DIR.length()) < 0)
                            names.add(n.substring(DIR.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream().map(n -> n.substring(0, n.length() - 3)).sorted().toList();
    }
}
