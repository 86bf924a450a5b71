package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreTotals;
import org.paperkg.testing.TestFiles;

/**
 * {@code --param} values are bound as RDF terms, never spliced into the query text: a value built
 * to close the query and start an update is one plain literal, and the store is unchanged.
 */
class QueryParamInjectionTest {

    @TempDir
    Path dir;

    static final String INJECTION = "x\" } ; DROP ALL ; {\"";

    record Out(int code, String stdout, String stderr) {}

    static Out run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8); PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            System.setOut(po);
            System.setErr(pe);
            int code = PaperkgCommand.execute(args);
            return new Out(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void anInjectionAttemptIsOneLiteralAndChangesNothing() {
        Path db = dir.resolve("db");
        assertEquals(0, run("ingest", TestFiles.resource("golden/example.md").toString(), "--db", db.toString(), "-q").code());
        StoreTotals before = totals(db);
        assertTrue(before.papers() == 1 && before.triples() > 100, before.toString());

        // the value comes back whole, as one literal
        Out echo = run("query", "--db", db.toString(), "-e", "SELECT ?v ?len { BIND(?x AS ?v) BIND(STRLEN(?x) AS ?len) }",
                "--param", "x=" + INJECTION, "--out", "tsv");
        assertEquals(0, echo.code(), echo.stderr());
        assertEquals(String.join("\n", "?v\t?len", "\"x\\\" } ; DROP ALL ; {\\\"\"\t" + INJECTION.length()), echo.stdout().strip());

        // used where the text would have been spliced: matches nothing, runs nothing
        Out filter = run("query", "--db", db.toString(), "-e", "SELECT ?p { ?p dcterms:title ?x }", "--param", "x=" + INJECTION, "--out", "csv");
        assertEquals(0, filter.code(), filter.stderr());
        assertEquals("p", filter.stdout().strip());
        assertTrue(filter.stderr().contains("results: 0"), filter.stderr());

        // values that look like terms must be whole terms, or the command is refused before running
        for (String value : new String[] {"\"x\" } ; DROP ALL ; {\"", "<http://example.org/x> } ; DROP ALL ; { <http://example.org/y>",
                "'x' } ; DROP ALL ; { 'y'"}) {
            Out refused = run("query", "--db", db.toString(), "-e", "SELECT ?p { ?p dcterms:title ?x }", "--param", "x=" + value);
            assertEquals(2, refused.code(), value + ": " + refused.stderr());
            assertTrue(refused.stderr().contains("cannot read"), refused.stderr());
        }
        // a CURIE-like value with the payload after it is a plain string too
        Out curie = run("query", "--db", db.toString(), "-e", "SELECT ?v { BIND(?x AS ?v) }", "--param", "x=MeSH:D010019 } ; DROP ALL ; {", "--out", "csv");
        assertEquals(0, curie.code(), curie.stderr());
        assertEquals("v\nMeSH:D010019 } ; DROP ALL ; {", curie.stdout().strip().replace("\r", ""));

        assertEquals(before, totals(db), "the store is unchanged");
    }

    private static StoreTotals totals(Path db) {
        DatasetGraph dsg = KgStore.open(db);
        try {
            return StoreTotals.of(dsg);
        } finally {
            KgStore.release(dsg);
        }
    }
}
