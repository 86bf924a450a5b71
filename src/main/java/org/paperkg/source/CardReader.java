package org.paperkg.source;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemSink;

/**
 * Reads paper cards: a file holds one card or several in a row, each starting at its {@code # }
 * title line. Cards are cut apart line by line (outside fenced code) and each is parsed on its own,
 * so memory does not grow with the number of cards in a file.
 */
public final class CardReader implements RecordSource {

    private static final Pattern TITLE = Pattern.compile(" {0,3}#(\\s.*)?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final Pattern BREAK = Pattern.compile("(-\\s*){3,}|(\\*\\s*){3,}|(_\\s*){3,}");

    private final CardParser parser;

    public CardReader(PrefixTable prefixes) {
        this.parser = new CardParser(prefixes);
    }

    @Override
    public void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        try (TextLines lines = TextLines.open(file, displayName, problems)) {
            read(lines, displayName, records, problems);
        }
    }

    void read(TextLines lines, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        StringBuilder card = new StringBuilder();
        long cardStart = 1;
        boolean inFence = false;
        boolean sawText = false;
        boolean sawFooter = false;
        String line;
        try {
            while ((line = lines.next()) != null) {
                if (FENCE.matcher(line).matches()) inFence = !inFence;
                if (!inFence && TITLE.matcher(line).matches()) {
                    emit(displayName, cardStart, card, false, records, problems);
                    card.setLength(0);
                    cardStart = lines.lineNumber();
                    sawFooter = false;
                }
                if (!line.isBlank()) sawText = true;
                if (!inFence && BREAK.matcher(line.strip()).matches()) sawFooter = true;
                card.append(line).append('\n');
            }
        } catch (EOFException | ZipException e) {
            // A cut or damaged gzip stream: the cards before the damage stand, the one in progress is
            // lost. Report it like a truncated card and let the run go on to the next file.
            String what = "gzip stream cut or damaged after line " + lines.lineNumber() + " (" + e.getMessage() + ")";
            if (card.toString().isBlank())
                problems.report(new Problem(displayName, Math.max(1, lines.lineNumber()), Problem.Severity.WARN, "TRUNCATED", what));
            else
                problems.report(new Problem(displayName, cardStart, Problem.Severity.SKIP, "TRUNCATED", what + "; card skipped"));
            return;
        }
        if (!sawText) {
            problems.report(new Problem(displayName, Math.max(1, lines.lineNumber()), Problem.Severity.WARN,
                    "EMPTY_FILE", "no card in this file"));
            return;
        }
        boolean truncated = !sawFooter && !lines.endedWithNewline();
        emit(displayName, cardStart, card, truncated, records, problems);
    }

    private void emit(String file, long start, StringBuilder text, boolean truncated,
                      Consumer<PaperRecord> records, ProblemSink problems) {
        if (text.toString().isBlank()) return;
        parser.parse(new CardParser.Chunk(file, start, text.toString(), truncated), problems).ifPresent(records);
    }
}
