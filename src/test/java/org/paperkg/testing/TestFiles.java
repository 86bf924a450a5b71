package org.paperkg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates test resources (copied to target/test-classes) as paths. */
public final class TestFiles {

    private TestFiles() {}

    public static Path resource(String name) {
        URL url = TestFiles.class.getResource("/" + name);
        if (url == null) throw new IllegalArgumentException("no test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files in a resource folder whose names end with {@code suffix}, sorted. */
    public static List<Path> list(String folder, String suffix) {
        try (Stream<Path> s = Files.list(resource(folder))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sibling of {@code file} with its suffix replaced, e.g. case.md → case.expected.trig. */
    public static Path sibling(Path file, String oldSuffix, String newSuffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - oldSuffix.length()) + newSuffix);
    }
}
