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
 * so memory does not grow with the number of cards in a file. A card over the {@link InputLimits}
 * (a huge line, too much text, too many authors or entities) is skipped with one TOO_LARGE problem
 * without ever being held whole.
 */
public final class CardReader implements RecordSource {

    private static final Pattern TITLE = Pattern.compile(" {0,3}#(\\s.*)?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final Pattern BREAK = Pattern.compile("(-\\s*){3,}|(\\*\\s*){3,}|(_\\s*){3,}");

    private final CardParser parser;
    private final InputLimits limits;

    public CardReader(PrefixTable prefixes) {
        this(prefixes, InputLimits.DEFAULTS);
    }

    public CardReader(PrefixTable prefixes, InputLimits limits) {
        this.parser = new CardParser(prefixes, limits);
        this.limits = limits;
    }

    @Override
    public void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        try (TextLines lines = TextLines.open(file, displayName, problems, limits.maxRecordChars())) {
            read(lines, displayName, records, problems);
        }
    }

    void read(TextLines lines, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        StringBuilder card = new StringBuilder();
        long cardStart = 1;
        boolean inFence = false;
        boolean sawText = false;
        boolean sawFooter = false;
        String tooLarge = null;
        String line;
        try {
            while ((line = lines.next()) != null) {
                if (FENCE.matcher(line).matches()) inFence = !inFence;
                if (!inFence && TITLE.matcher(line).matches()) {
                    emit(displayName, cardStart, card, false, tooLarge, records, problems);
                    card.setLength(0);
                    cardStart = lines.lineNumber();
                    sawFooter = false;
                    tooLarge = null;
                }
                if (!line.isBlank()) sawText = true;
                if (!inFence && BREAK.matcher(line.strip()).matches()) sawFooter = true;
                if (tooLarge != null) continue;
                // a card over the limit is not held: the rest of it is only scanned for the next title
                if (lines.lastLineTooLong()) {
                    tooLarge = "a line of " + lines.lastLineBytes() + " bytes at line " + lines.lineNumber()
                            + " (more than " + limits.maxRecordChars() + ")";
                    card.setLength(0);
                } else if (card.length() + line.length() > limits.maxRecordChars()) {
                    tooLarge = "more than " + limits.maxRecordChars() + " characters";
                    card.setLength(0);
                } else {
                    card.append(line).append('\n');
                }
            }
        } catch (EOFException | ZipException e) {
            // A cut or damaged gzip stream: the cards before the damage stand, the one in progress is
            // lost. Report it like a truncated card and let the run go on to the next file.
            String what = "gzip stream cut or damaged after line " + lines.lineNumber() + " (" + e.getMessage() + ")";
            if (card.toString().isBlank() && tooLarge == null)
                problems.report(new Problem(displayName, Math.max(1, lines.lineNumber()), Problem.Severity.WARN, "TRUNCATED", what));
            else
                problems.report(new Problem(displayName, cardStart, Problem.Severity.SKIP, "TRUNCATED", what + "; card skipped"));
            return;
        }
        if (!sawText) {
            problems.report(new Problem(displayName, Math.max(1, lines.lineNumber()), Problem.Severity.WARN,
                    "EMPTY_FILE", "nothing in this file (empty or blank)"));
            return;
        }
        boolean truncated = !sawFooter && !lines.endedWithNewline();
        emit(displayName, cardStart, card, truncated, tooLarge, records, problems);
    }

    private void emit(String file, long start, StringBuilder text, boolean truncated, String tooLarge,
                      Consumer<PaperRecord> records, ProblemSink problems) {
        if (tooLarge != null) {
            problems.report(new Problem(file, start, Problem.Severity.SKIP, "TOO_LARGE", "card has " + tooLarge + ": skipped"));
            return;
        }
        if (text.toString().isBlank()) return;
        parser.parse(new CardParser.Chunk(file, start, text.toString(), truncated), problems).ifPresent(records);
    }
}
