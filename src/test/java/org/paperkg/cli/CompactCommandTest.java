package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;
import org.paperkg.testing.TestFiles;

/** compact: the same quads in a new storage directory, the old one gone; a wrong --db is an error. */
class CompactCommandTest {

    @TempDir
    Path dir;

    @Test
    void compactionKeepsEveryQuadAndDropsTheOldStorage() throws Exception {
        Path db = dir.resolve("db");
        Path fixture = TestFiles.resource("fixture");
        for (int i = 0; i < 3; i++) {
            CliRunTest.Run r = CliRunTest.run("ingest", fixture.toString(), "--db", db.toString(), "-q");
            assertEquals(0, r.exitCode(), r.stderr());
        }
        Set<String> before = quads(db);
        List<String> storage = dataDirs(db);
        assertEquals(1, storage.size(), storage.toString());
        String old = storage.get(0);
        String next = String.format("Data-%04d", Integer.parseInt(old.substring(5)) + 1);

        CliRunTest.Run r = CliRunTest.run("compact", "--db", db.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains(old + " ") && r.stderr().contains("-> " + next), r.stderr());
        assertEquals(List.of(next), dataDirs(db), "the old storage is deleted");

        Set<String> after = quads(db);
        Set<String> missing = new TreeSet<>(before), unexpected = new TreeSet<>(after);
        missing.removeAll(after);
        unexpected.removeAll(before);
        assertEquals(before, after, "missing " + missing + "\nunexpected " + unexpected);
        assertTrue(before.size() > 100, "the fixture was loaded: " + before.size());
    }

    @Test
    void aDirectoryThatIsNoDatabaseIsAnErrorAndIsNotCreated() {
        Path db = dir.resolve("nothing-here");
        CliRunTest.Run r = CliRunTest.run("compact", "--db", db.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("is not a paperkg (TDB2) database"), r.stderr());
        assertFalse(Files.exists(db), "compact does not create a database");
    }

    private static Set<String> quads(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> {
                Set<String> out = new TreeSet<>();
                dsg.find().forEachRemaining(q -> out.add(q.toString()));
                return out;
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    private static List<String> dataDirs(Path db) throws Exception {
        try (Stream<Path> s = Files.list(db)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }
}
