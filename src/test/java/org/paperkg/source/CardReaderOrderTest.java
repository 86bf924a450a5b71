package org.paperkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.testutil.Cards;

/**
 * Cards are parsed on several threads, yet records and problems come out as if parsed one after
 * another: records in the order of the cards, and every problem after the record of the card
 * before its own and before its own card's record — problems of the parser (an unknown prefix) and
 * of the text (a bad byte) alike.
 */
class CardReaderOrderTest {

    private static final int CARDS = 600;

    @Test
    void recordsAndProblemsComeInTheOrderOfTheCards(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<Long> titleLines = new ArrayList<>();
        long line = 1;
        for (int i = 0; i < CARDS; i++) {
            String card = Cards.example().replace("PMC13027165", "PMC" + (3_000_000 + i));
            if (i % 5 == 0) card = card.replace("(OMIM:614878)", "(NOSUCH:" + i + ")"); // a problem of the parser
            byte[] bytes = (card + "\n").getBytes(StandardCharsets.UTF_8);
            if (i % 7 == 0) bytes = withBadByteInTheAbstract(bytes); // a problem of the text
            titleLines.add(line);
            for (byte b : bytes) if (b == '\n') line++;
            file.writeBytes(bytes);
        }
        Path cards = dir.resolve("cards.md");
        Files.write(cards, file.toByteArray());

        List<Object> events = new ArrayList<>();
        new CardReader(PrefixTable.defaults()).read(cards, "cards.md", events::add, events::add);

        long records = events.stream().filter(e -> e instanceof PaperRecord).count();
        assertEquals(CARDS, records, "every card read");
        long problems = events.size() - records;
        assertTrue(problems >= CARDS / 5 + CARDS / 7, "the planted problems were reported: " + problems);
        int card = 0; // the card whose record comes next
        for (Object e : events) {
            if (e instanceof PaperRecord r) {
                assertEquals(titleLines.get(card), r.origin().line(), "record of card " + card + " in its place");
                card++;
            } else {
                long at = ((org.paperkg.problem.Problem) e).line();
                long from = titleLines.get(card), to = card + 1 < CARDS ? titleLines.get(card + 1) : Long.MAX_VALUE;
                assertTrue(at >= from && at < to, "problem at line " + at + " reported before the record of card " + card
                        + " (lines " + from + "–" + to + "): " + e);
            }
        }
    }

    private static byte[] withBadByteInTheAbstract(byte[] card) {
        String text = new String(card, StandardCharsets.UTF_8);
        int at = text.indexOf("Osteoimmunology examines");
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8), after = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, out, 0, before.length);
        out[before.length] = (byte) 0xFF;
        System.arraycopy(after, 0, out, before.length + 1, after.length);
        return out;
    }
}
