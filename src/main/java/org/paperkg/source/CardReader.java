package org.paperkg.source;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import org.paperkg.ids.PrefixTable;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Reads paper cards: a file holds one card or several in a row, each starting at its {@code # }
 * title line. Cards are cut apart line by line (outside fenced code) and each is parsed on its own,
 * so memory does not grow with the number of cards in a file. A card over the {@link InputLimits}
 * (a huge line, too much text, too many authors or entities) is skipped with one TOO_LARGE problem
 * without ever being held whole.
 * <p>
 * Cutting is cheap and parsing is not (most of a run's reading time): the cards of a file are
 * parsed on a small pool of threads, a bounded number ahead, and their records and problems handed
 * on in the order of the cards, so the output is the same as parsing them one after another.
 */
public final class CardReader implements RecordSource {

    private static final Pattern TITLE = Pattern.compile(" {0,3}#(\\s.*)?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final Pattern BREAK = Pattern.compile("(-\\s*){3,}|(\\*\\s*){3,}|(_\\s*){3,}");

    /** Cards parsed ahead of the one handed on next, at most. */
    private static final int AHEAD = 64;
    /**
     * Characters of card text in parsing, at most (one card may be larger): 64 cards near the size
     * limit would otherwise hold half a gigabyte.
     */
    private static final long AHEAD_CHARS = 4_000_000L;
    private static final ExecutorService PARSERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "paperkg-parse");
                t.setDaemon(true);
                return t;
            });

    private final CardParser parser;
    private final InputLimits limits;

    /** What parsing one card gave: its problems, in order, then its record (or none). */
    private record Parsed(List<Problem> problems, Optional<PaperRecord> record) {}

    private record InParsing(Future<Parsed> parsed, int chars) {}

    /** The cards of one file in parsing, oldest first; hands each on when done, in order. */
    private final class InOrder {
        private final ArrayDeque<InParsing> pending = new ArrayDeque<>();
        private long charsInParsing;
        private final Consumer<PaperRecord> records;
        private final ProblemSink problems;

        InOrder(Consumer<PaperRecord> records, ProblemSink problems) {
            this.records = records;
            this.problems = problems;
        }

        void parse(CardParser.Chunk chunk) {
            pending.add(new InParsing(PARSERS.submit(() -> {
                List<Problem> found = new ArrayList<>();
                Optional<PaperRecord> record = parser.parse(chunk, found::add);
                return new Parsed(found, record);
            }), chunk.text().length()));
            charsInParsing += chunk.text().length();
            while (pending.size() > AHEAD || (pending.size() > 1 && charsInParsing > AHEAD_CHARS)) handOn(next());
        }

        private Future<Parsed> next() {
            InParsing oldest = pending.poll();
            charsInParsing -= oldest.chars();
            return oldest.parsed();
        }

        /** A problem found while cutting: after the cards before it. */
        void report(Problem p) {
            drain();
            problems.report(p);
        }

        void drain() {
            while (!pending.isEmpty()) handOn(next());
        }

        /** After a failure: the cards still in parsing are dropped. */
        void cancel() {
            pending.forEach(p -> p.parsed().cancel(true));
            pending.clear();
            charsInParsing = 0;
        }

        private void handOn(Future<Parsed> f) {
            Parsed parsed;
            try {
                parsed = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing cards", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
            parsed.problems().forEach(problems::report);
            parsed.record().ifPresent(records);
        }
    }

    public CardReader(PrefixTable prefixes) {
        this(prefixes, InputLimits.DEFAULTS);
    }

    public CardReader(PrefixTable prefixes, InputLimits limits) {
        this.parser = new CardParser(prefixes, limits);
        this.limits = limits;
    }

    @Override
    public void read(Path file, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        InOrder cards = new InOrder(records, problems);
        // a problem of the text (bad bytes, a line too long) comes after the cards before it
        try (TextLines lines = TextLines.open(file, displayName, cards::report, limits.maxRecordChars())) {
            read(lines, displayName, cards);
            cards.drain();
        } finally {
            cards.cancel();
        }
    }

    /** Reads from {@code lines}, whose problems the caller reports. */
    void read(TextLines lines, String displayName, Consumer<PaperRecord> records, ProblemSink problems) throws IOException {
        InOrder cards = new InOrder(records, problems);
        try {
            read(lines, displayName, cards);
            cards.drain();
        } finally {
            cards.cancel();
        }
    }

    private void read(TextLines lines, String displayName, InOrder cards) throws IOException {
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
                    emit(displayName, cardStart, card, false, tooLarge, cards);
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
                cards.report(new Problem(displayName, Math.max(1, lines.lineNumber()), Problem.Severity.WARN, ProblemCode.TRUNCATED, what));
            else
                cards.report(new Problem(displayName, cardStart, Problem.Severity.SKIP, ProblemCode.TRUNCATED, what + "; card skipped"));
            return;
        }
        if (!sawText) {
            cards.report(new Problem(displayName, Math.max(1, lines.lineNumber()), Problem.Severity.WARN,
                    ProblemCode.EMPTY_FILE, "nothing in this file (empty or blank)"));
            return;
        }
        boolean truncated = !sawFooter && !lines.endedWithNewline();
        emit(displayName, cardStart, card, truncated, tooLarge, cards);
    }

    private void emit(String file, long start, StringBuilder text, boolean truncated, String tooLarge, InOrder cards) {
        if (tooLarge != null) {
            cards.report(new Problem(file, start, Problem.Severity.SKIP, ProblemCode.TOO_LARGE, "card has " + tooLarge + ": skipped"));
            return;
        }
        if (text.toString().isBlank()) return;
        cards.parse(new CardParser.Chunk(file, start, text.toString(), truncated));
    }
}
