package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.Captured;
import org.paperkg.query.UnionDefaultDataset;
import org.paperkg.store.KgStore;

/**
 * {@code paperkg push} of cards into a running paperkg server (a TDB2 store served as
 * {@code serve --db --allow-update} serves it, real HTTP on 127.0.0.1) leaves a store that every
 * library query answers exactly as a fresh {@code paperkg ingest} of the same cards.
 */
class PushIntoServerTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture");
    private static final Path QUERIES = Path.of("queries");
    private static final Path EXPECTED = Path.of("src/test/resources/queries-expected");

    @TempDir
    Path tmp;

    @Test
    void everyLibraryQueryAnswersAsOnAFreshIngest() throws IOException {
        Path fresh = tmp.resolve("fresh"), served = tmp.resolve("served");
        Captured ingest = Captured.paperkg("ingest", "--db", fresh.toString(), "-q", FIXTURE.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());

        Path passwords = Files.writeString(tmp.resolve("passwords"), "loader:pw\n");
        Path auth = Files.writeString(tmp.resolve("auth"), "loader:pw\n");
        DatasetGraph dsg = KgStore.open(served);
        try (EmbeddedEndpoint endpoint = EmbeddedEndpoint.start(UnionDefaultDataset.of(dsg), ServeOptions.builder()
                .port(0).timeout(Duration.ofSeconds(30)).allowUpdate(true).passwordFile(passwords).build())) {
            Captured push = Captured.paperkg("push", "--to", endpoint.datasetUrl() + "/data", "--auth-file", auth.toString(),
                    "--journal", tmp.resolve("journal").toString(), FIXTURE.toString());
            assertEquals(0, push.exitCode(), push.err());
            assertTrue(push.err().contains("is a paperkg server"), "the push found the server's ingest endpoint:\n" + push.err());
            assertTrue(push.err().contains("push: complete,"), push.err());
            assertFalse(Files.exists(tmp.resolve("journal")), "the ingest path keeps no journal");
        } finally {
            KgStore.release(dsg);
        }

        List<String> names = queryNames();
        assertTrue(names.size() > 15, "the library: " + names);
        for (String name : names) {
            boolean graph = Files.readString(QUERIES.resolve(name + ".rq")).contains("CONSTRUCT");
            List<String> args = new ArrayList<>(List.of("query", "--out", graph ? "nt" : "tsv"));
            args.addAll(params(name));
            args.add(name);
            Captured expected = query(fresh, args), actual = query(served, args);
            assertEquals(0, expected.exitCode(), name + ": " + expected.err());
            assertEquals(0, actual.exitCode(), name + ": " + actual.err());
            assertEquals(sortedLines(expected.out()), sortedLines(actual.out()), "query " + name + " after push vs a fresh ingest");
        }
        Captured summary = query(served, List.of("query", "--out", "tsv", "dataset-summary"));
        assertFalse(sortedLines(summary.out()).isEmpty(), summary.err());
    }

    private static Captured query(Path db, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(1, List.of("--db", db.toString()));
        return Captured.paperkg(all.toArray(String[]::new));
    }

    private static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    /** The parameters of the query's first expected case, as --param options. */
    private static List<String> params(String name) throws IOException {
        Path file = EXPECTED.resolve(name + ".params");
        if (!Files.exists(file)) return List.of();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            out.add("--param");
            out.add(l);
        }
        return out;
    }

    private static List<String> sortedLines(String s) {
        return s.lines().sorted().toList();
    }
}
