package org.paperkg.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.ids.PrefixTable;
import org.paperkg.map.PaperIris;
import org.paperkg.source.Readers;
import org.paperkg.source.RecordSource;
import org.paperkg.testutil.Cards;

/**
 * What the planning pass keeps for the mapping is what a second reading would give: the same
 * records, problems and file checksums in the same order, whether every file fits in the budget,
 * none does, or it runs out part way.
 */
class PlanPassTest {

    @TempDir
    Path tmp;

    @Test
    void keptFilesAndFilesReadAgainGiveTheSameItems() throws IOException {
        Path dir = tmp.resolve("cards");
        for (int f = 0; f < 4; f++) Cards.writeMany(dir, "c" + f + ".md.gz", 100 * f, 30);
        List<Path> files = InputFiles.expand(List.of(dir), p -> {});
        RecordSource reader = Readers.all(PrefixTable.defaults(), null);
        PaperIris iris = new PaperIris(PaperIris.DEFAULT_BASE);

        PlanPass.Planned all = PlanPass.plan(reader, files, iris, null, Progress.none(), Long.MAX_VALUE);
        PlanPass.Planned none = PlanPass.plan(reader, files, iris, null, Progress.none(), 0);
        long firstFile = 0;
        for (ReadAhead.Item item : all.held()) {
            if (item.record() != null) firstFile += PlanPass.size(item.record());
            if (item.fileDone()) break;
        }
        // room for the first file and part of the second
        PlanPass.Planned part = PlanPass.plan(reader, files, iris, null, Progress.none(), firstFile + firstFile / 2);
        assertEquals(4, all.heldFiles());
        assertEquals(0, none.heldFiles());
        assertEquals(1, part.heldFiles(), "the budget runs out in the second file");

        List<String> expected = items(all, reader);
        assertEquals(124, expected.size(), "120 records and 4 file ends");
        assertEquals(expected, items(none, reader), "every file read again");
        assertEquals(expected, items(part, reader), "the first files kept, the rest read again");
    }

    /** Each item as its record's origin and identifiers, or its file's checksum. */
    private static List<String> items(PlanPass.Planned planned, RecordSource reader) throws IOException {
        List<String> out = new ArrayList<>();
        try (HeldThenRead read = new HeldThenRead(planned.held(), reader,
                planned.files().subList(planned.heldFiles(), planned.files().size()))) {
            for (ReadAhead.Item item; (item = read.next()) != null; ) {
                if (item.record() != null) out.add(item.record().origin() + " " + item.record().pmcid() + " " + item.record().doi());
                if (item.fileDone()) out.add("end " + item.digest());
            }
        }
        return out;
    }
}
