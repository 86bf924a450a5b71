package org.paperkg.ontologytools.slice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.paperkg.ontology.DiseaseTypes;
import org.paperkg.problem.ProblemSink;
import org.paperkg.source.TextLines;

/**
 * Disease concept ids in a PubTator text file: mention lines are
 * {@code PMID start end text type ids [composite texts]} — the ids are in the sixth column (CDR adds a
 * seventh with the split texts of composite mentions); title/abstract lines and CID relation lines
 * are passed over.
 */
public final class PubTatorIds {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final MentionIds ids;

    public PubTatorIds(MentionIds ids) {
        this.ids = ids;
    }

    public static boolean looksLikePubTator(String firstLine) {
        return firstLine.matches("\\d+\\|[ta]\\|.*");
    }

    public void read(Path file, Consumer<String> curies, ProblemSink problems) throws IOException {
        String name = file.toString();
        try (TextLines lines = TextLines.open(file, name, problems)) {
            String line;
            while ((line = lines.next()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 6 || !NUMBER.matcher(f[1]).matches() || !NUMBER.matcher(f[2]).matches()) continue;
                if (DiseaseTypes.isDisease(f[4])) ids.read(f[5], name, lines.lineNumber(), curies, problems);
            }
        }
    }
}
