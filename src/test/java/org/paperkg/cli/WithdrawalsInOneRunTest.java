package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.PubMedFiles;
import org.paperkg.testing.PubMedFiles.Article;

/**
 * Withdrawals and editions within one run, where no store is involved (an export): a DeleteCitation
 * read after a record removes it, a record read after the withdrawal brings the paper back, a lower
 * version never replaces a higher one whatever the order, and every record not written is counted
 * with its reason.
 */
class WithdrawalsInOneRunTest {

    @TempDir
    Path tmp;

    @Test
    void theOrderOfRecordsAndWithdrawalsDecides() throws Exception {
        Article a = Article.of("8000001", "First paper"), b = Article.of("8000002", "Second paper");
        Article c = Article.of("8000003", "Third paper").version(2);
        Path f1 = PubMedFiles.write(tmp.resolve("u1.xml"), List.of(a, b, c), List.of());
        // b withdrawn after it was read; a withdrawn, then back in the next file; c's version 1 after its version 2
        Path f2 = PubMedFiles.write(tmp.resolve("u2.xml"), List.of(), List.of("8000001", "8000002", "8000009"));
        Article a2 = new Article("8000001", 1, "First paper, back", null, a.authors(), a.mesh());
        Article c1 = new Article("8000003", 1, "Third paper, version 1", null, c.authors(), c.mesh());
        Path f3 = PubMedFiles.write(tmp.resolve("u3.xml"), List.of(a2, c1), List.of());
        Path out = tmp.resolve("out.nq");
        CliRunTest.Run r = CliRunTest.run("export", f1.toString(), f2.toString(), f3.toString(), "-o", out.toString(), "-q");
        assertEquals(0, r.exitCode(), r.stderr());

        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        TreeSet<String> titles = new TreeSet<>();
        dsg.find(null, null, org.paperkg.vocab.Terms.DCT_TITLE, null).forEachRemaining(q -> {
            if (q.getSubject().getURI().contains("/paper/")) titles.add(q.getObject().getLiteralLexicalForm());
        });
        assertEquals(new TreeSet<>(List.of("First paper, back", "Third paper")), titles);

        assertTrue(r.stderr().contains("u1.xml:") && r.stderr().contains("DELETED_IN_RUN"), r.stderr());
        assertEquals(2, count(r.stderr(), ": DELETED_IN_RUN "), "a and b, each withdrawn after it was read\n" + r.stderr());
        assertEquals(1, count(r.stderr(), ": OLDER_VERSION "), "c's version 1 after its version 2\n" + r.stderr());
        assertFalse(r.stderr().contains("DUPLICATE_PAPER"), r.stderr());
        // a's withdrawal is undone by a2, b's applies to the run, 8000009 nobody held
        assertTrue(r.stderr().contains("summary: records added 2, revised 0; withdrawn 1 (withdrawals of records not held 1)"), r.stderr());
        assertTrue(r.stderr().contains("records read 5, mapped 2, skipped 3"), r.stderr());
    }

    private static long count(String text, String what) {
        return text.lines().filter(l -> l.contains(what)).count();
    }
}
