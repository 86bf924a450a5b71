package org.paperkg.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.paperkg.cli.PaperkgCommand;

/**
 * The database the ontology tests query, built once per test JVM by {@code paperkg ingest} (loading
 * the bundled slice into TDB2 is the slow part, so the query library test and the reasoning test
 * share it): the query fixture cards (src/test/resources/fixture) and their small MONDO file, plus
 * the bundled MONDO/MeSH/OMIM slice ({@code --slice}), a mapping written from the MeSH side
 * (fixture-ontology/mesh-to-mondo.ttl) and one more card (fixture-ontology/cards/) whose ids reach
 * MONDO in the ways the fixture cards do not. Tests only read it.
 */
public final class OntologyFixtureDb {

    public static final Path FIXTURE = Path.of("src/test/resources/fixture");
    public static final Path ONTOLOGY = Path.of("src/test/resources/fixture-ontology/mondo-fixture.ttl");
    public static final Path REVERSE_MAPPING = Path.of("src/test/resources/fixture-ontology/mesh-to-mondo.ttl");
    public static final Path ONTOLOGY_CARDS = Path.of("src/test/resources/fixture-ontology/cards");

    private static Path db;

    private OntologyFixtureDb() {}

    public static synchronized Path get() {
        if (db != null) return db;
        try {
            Path dir = Files.createTempDirectory("paperkg-ontology-fixture");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            Path built = dir.resolve("db");
            PrintStream stdout = System.out, stderr = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int code;
            try {
                PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
                System.setOut(capture);
                System.setErr(capture);
                code = PaperkgCommand.execute("ingest", "--db", built.toString(), "--slice",
                        "--ontology", ONTOLOGY.toString(), REVERSE_MAPPING.toString(), "-q", FIXTURE.toString(), ONTOLOGY_CARDS.toString());
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            if (code != 0) throw new IllegalStateException("ingest of the ontology fixture failed:\n" + log.toString(StandardCharsets.UTF_8));
            db = built;
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary directory: left for the system to clean up
        }
    }
}
