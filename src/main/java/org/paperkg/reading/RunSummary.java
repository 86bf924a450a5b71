package org.paperkg.reading;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.paperkg.identity.IdentityPlan;
import org.paperkg.ids.ConceptRef;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.InputDigest;
import org.paperkg.source.Mention;
import org.paperkg.source.PaperRecord;

/**
 * The counts of one run. Totals balance: records read = mapped + skipped, and skipped is the sum
 * of the SKIP problems by reason.
 */
public final class RunSummary implements ProblemSink {

    /** The reason code of ids a corpus marks as not normalisable (PubTator's -1): counted, not a problem. */
    public static final String UNNORMALISED = ProblemCode.UNNORMALISED.name();

    private long files;
    private long mapped;
    private long triples;
    private long graphs;
    private long mergedPapers;
    private double planSeconds;
    /** What the records did to the target: source graphs written new, written over a revision, withdrawn; withdrawals of nothing held. */
    private long added;
    private long revised;
    private long deleted;
    private long deletionsNotFound;
    private final java.util.List<InputDigest> inputs = new java.util.ArrayList<>();
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final Map<String, Long> warningsByCode = new TreeMap<>();
    private final Map<String, Long> mentionsByScheme = new TreeMap<>();
    private final Map<String, Long> unresolved = new TreeMap<>();

    @Override
    public synchronized void report(Problem p) {
        if (p.severity() == Problem.Severity.SKIP) skippedByReason.merge(p.code(), 1L, Long::sum);
        else warningsByCode.merge(p.code(), 1L, Long::sum);
    }

    synchronized void file(InputDigest digest) {
        files++;
        inputs.add(digest);
    }

    synchronized void mapped(PaperRecord r) {
        mapped++;
        count(r.mentions());
    }

    private void count(Iterable<Mention> mentions) {
        for (Mention m : mentions)
            for (ConceptRef ref : m.concepts()) {
                if (ref instanceof ConceptRef.Resolved res) mentionsByScheme.merge(res.scheme(), 1L, Long::sum);
                else if (ref instanceof ConceptRef.Unresolved u && u.code().equals(UNNORMALISED))
                    mentionsByScheme.merge("(unnormalised)", 1L, Long::sum);
                else {
                    mentionsByScheme.merge("(unresolved)", 1L, Long::sum);
                    unresolved.merge(ref.raw().isEmpty() ? "(no id)" : ref.raw(), 1L, Long::sum);
                }
            }
    }

    synchronized void planned(long mergedPapers, double planSeconds) {
        this.mergedPapers = mergedPapers;
        this.planSeconds = planSeconds;
    }

    /** Counts what the plan decided for one record (a paper's record, or a withdrawal). */
    synchronized void planned(PaperRecord r, IdentityPlan.Disposition fate) {
        switch (fate) {
            case NEW -> added++;
            case REVISION -> revised++;
            case DELETES -> deleted++;
            case NOT_FOUND -> deletionsNotFound++;
            default -> { }
        }
    }

    synchronized void triples(long n) {
        triples = n;
    }

    synchronized void graphs(long n) {
        graphs = n;
    }

    public synchronized long files() { return files; }
    public synchronized long read() { return mapped + skipped(); }
    public synchronized long mapped() { return mapped; }
    public synchronized long skipped() { return skippedByReason.values().stream().mapToLong(Long::longValue).sum(); }
    public synchronized long triples() { return triples; }
    /** The distinct named graphs written (one per paper and source). */
    public synchronized long graphs() { return graphs; }
    /** Papers made of records from several sources, or merged with papers the store held. */
    public synchronized long mergedPapers() { return mergedPapers; }
    /** Records written as source graphs the target did not hold. */
    public synchronized long added() { return added; }
    /** Records written over the target's graph of the same source (revised records). */
    public synchronized long revised() { return revised; }
    /** Withdrawals applied: records removed from the target, or from the run before them. */
    public synchronized long deleted() { return deleted; }
    /** Withdrawals of records neither the target nor the run held. */
    public synchronized long deletionsNotFound() { return deletionsNotFound; }
    /** How long the identity plan (the first reading of the inputs) took. */
    public synchronized double planSeconds() { return planSeconds; }
    /** The files read, in order, with their sizes and checksums. */
    public synchronized java.util.List<InputDigest> inputs() { return java.util.List.copyOf(inputs); }
    public synchronized long warnings() { return warningsByCode.values().stream().mapToLong(Long::longValue).sum(); }
    public synchronized Map<String, Long> skippedByReason() { return new TreeMap<>(skippedByReason); }
    public synchronized Map<String, Long> warningsByCode() { return new TreeMap<>(warningsByCode); }
    public synchronized Map<String, Long> mentionsByScheme() { return new TreeMap<>(mentionsByScheme); }
    public synchronized Map<String, Long> unresolvedIds() { return new TreeMap<>(unresolved); }

    public synchronized void print(PrintStream out) {
        out.printf("summary: files %d, records read %d, mapped %d, skipped %d%s%n", files, read(), mapped, skipped(),
                skippedByReason.isEmpty() ? "" : " " + skippedByReason);
        out.printf("summary: triples %d in %d graphs%n", triples, graphs);
        out.printf("summary: records added %d, revised %d; withdrawn %d (withdrawals of records not held %d)%n",
                added, revised, deleted, deletionsNotFound);
        out.printf(java.util.Locale.ROOT, "summary: papers merged from several sources %d (identity plan %.2f s)%n", mergedPapers, planSeconds);
        out.printf("summary: mentions by scheme %s%n", mentionsByScheme);
        long distinct = unresolved.size();
        long total = unresolved.values().stream().mapToLong(Long::longValue).sum();
        out.printf("summary: unresolved identifiers %d (%d distinct)%s%n", total, distinct,
                distinct == 0 ? "" : " e.g. " + firstEntries(unresolved, 10));
        out.printf("summary: problems %d%s%n", warnings() + skipped(),
                warningsByCode.isEmpty() ? "" : " warnings " + warningsByCode);
    }

    private static Map<String, Long> firstEntries(Map<String, Long> m, int n) {
        Map<String, Long> first = new LinkedHashMap<>();
        for (var e : m.entrySet()) {
            if (first.size() == n) break;
            first.put(e.getKey(), e.getValue());
        }
        return first;
    }
}
