package org.paperkg.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.vocab.Terms;

/**
 * Which files {@code paperkg sync} has applied to a store, read from the store itself: each applied
 * file is the one input of a run of kind {@code pkg:SyncRun}, recorded in the same transaction as the
 * file's papers, so the ledger and the data can never disagree (a run killed before its commit left
 * neither). A file is known by its name (PubMed's update files are named in the order they are to
 * be applied) and its SHA-256.
 */
public final class SyncLedger {

    /** One applied file: its name, the SHA-256 of its bytes, and the run that applied it. */
    public record Applied(String name, String sha256, String run) {}

    private static final Query APPLIED = QueryFactory.create("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            SELECT ?run ?path ?sha WHERE {
              GRAPH ?g { ?run a <%s> ; prov:used ?file . ?file <%s> ?path .
                         OPTIONAL { ?file spdx:checksum/spdx:checksumValue ?sha } }
            }""".formatted(Terms.PKG_SYNC_RUN.getURI(), Terms.PKG_PATH.getURI()));

    private final Map<String, Applied> byName;

    private SyncLedger(Map<String, Applied> byName) {
        this.byName = byName;
    }

    /** The ledger of {@code dsg}; call inside a transaction. */
    public static SyncLedger of(DatasetGraph dsg) {
        Map<String, Applied> byName = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(APPLIED).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String name = nameOf(s.getLiteral("path").getLexicalForm());
                String sha = s.contains("sha") ? s.getLiteral("sha").getLexicalForm().toLowerCase(java.util.Locale.ROOT) : "";
                byName.put(name, new Applied(name, sha, s.getResource("run").getURI()));
            }
        }
        return new SyncLedger(byName);
    }

    /** The name a file is known by in the ledger: its file name, without the folders. */
    public static String nameOf(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    public static String nameOf(Path file) {
        return nameOf(file.toString());
    }

    public Optional<Applied> applied(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The name that sorts last among the files applied, or null when none was. */
    public String last() {
        return byName.isEmpty() ? null : ((TreeMap<String, Applied>) byName).lastKey();
    }

    public int size() {
        return byName.size();
    }
}
