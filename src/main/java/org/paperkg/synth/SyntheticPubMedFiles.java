package org.paperkg.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes synthetic papers as PubMed XML files named as PubMed names its own (pubmed26nNNNN.xml.gz):
 * a baseline of a numbered range, or a day's update file of new, revised and deleted records. Paper
 * i is the paper of synthetic card i ({@link SyntheticCards#paper}), drawn with the same seed and
 * the same range size as {@code synth --papers N [--first I]} draws the cards, so the two merge.
 */
public final class SyntheticPubMedFiles {
    private SyntheticPubMedFiles() {}

    /** A day's update: {@code added} new papers numbered from {@code addedFrom}, {@code revised} and {@code deleted} of [0, papers). */
    public record Update(int papers, int addedFrom, int added, int revised, int deleted, int perFile) {
        public Update {
            if (papers < 0 || added < 0 || revised < 0 || deleted < 0 || perFile < 1 || addedFrom < 0)
                throw new IllegalArgumentException("--papers, --new, --new-from, --revised and --deleted must be >= 0 and --per-file >= 1");
            if (revised + deleted > papers)
                throw new IllegalArgumentException("--revised + --deleted (" + (revised + deleted) + ") exceeds --papers (" + papers + ")");
            if (addedFrom < papers && added > 0)
                throw new IllegalArgumentException("--new-from (" + addedFrom + ") must not be below --papers (" + papers + "): new papers are new");
        }

        /** The update's file number: the one after the baseline files of [0, papers), so the name sorts after theirs. */
        public int fileNumber() {
            return (papers + perFile - 1) / perFile + 1;
        }
    }

    /** Writes papers {@code first} to {@code first + papers - 1}, {@code perFile} to a file; returns the number of files. */
    public static int writeBaseline(Path output, long seed, int first, int papers, int perFile) throws IOException {
        if (papers < 0 || perFile < 1 || first < 0) throw new IllegalArgumentException("--papers and --first must be >= 0 and --per-file >= 1");
        Files.createDirectories(output);
        SyntheticPubMed pubmed = new SyntheticPubMed(new SyntheticCards(seed, papers), seed);
        int files = 0;
        int end = first + papers;
        for (int from = first; from < end; from += perFile) {
            try (Writer w = GzipTextFile.writer(output.resolve(name(from / perFile + 1)))) {
                w.write(SyntheticPubMed.HEAD);
                for (int i = from; i < Math.min(end, from + perFile); i++) w.write(pubmed.article(i));
                w.write(SyntheticPubMed.TAIL);
            }
            files++;
        }
        return files;
    }

    /** Writes the update file; returns its path. New records first, then revisions, then the DeleteCitation list, as PubMed's. */
    public static Path writeUpdate(Path output, long seed, Update u) throws IOException {
        Files.createDirectories(output);
        // revised and deleted papers are drawn apart from each other, spread over the range
        SplittableRandom r = new SplittableRandom(seed * 31 + 17);
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < u.revised() + u.deleted()) picked.add(r.nextInt(u.papers()));
        TreeSet<Integer> deleted = new TreeSet<>();
        while (deleted.size() < u.deleted()) deleted.add(pickFrom(picked, r));
        picked.removeAll(deleted);

        Path file = output.resolve(name(u.fileNumber()));
        try (Writer w = GzipTextFile.writer(file)) {
            w.write(SyntheticPubMed.HEAD);
            if (u.added() > 0) {
                SyntheticPubMed added = new SyntheticPubMed(new SyntheticCards(seed, u.added()), seed);
                for (int i = u.addedFrom(); i < u.addedFrom() + u.added(); i++) w.write(added.article(i));
            }
            if (!picked.isEmpty()) {
                SyntheticPubMed existing = new SyntheticPubMed(new SyntheticCards(seed, u.papers()), seed);
                for (int i : picked) w.write(existing.revised(i));
            }
            if (!deleted.isEmpty()) {
                w.write("<DeleteCitation>\n");
                for (int i : deleted) w.write("<PMID Version=\"1\">" + SyntheticPaper.pmid(i) + "</PMID>\n");
                w.write("</DeleteCitation>\n");
            }
            w.write(SyntheticPubMed.TAIL);
        }
        return file;
    }

    private static int pickFrom(TreeSet<Integer> set, SplittableRandom r) {
        Integer at = set.ceiling(r.nextInt(set.last() + 1));
        return at != null ? at : set.first();
    }

    static String name(int number) {
        return String.format("pubmed26n%04d.xml.gz", number);
    }
}
