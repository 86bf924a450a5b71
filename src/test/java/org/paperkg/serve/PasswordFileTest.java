package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

    @TempDir
    Path dir;

    @Test
    void readsUsersSkippingCommentsAndBlankLines() throws IOException {
        Path f = write("# who may update\n\nalice:pa:ss,word\n  bob : x \n");
        assertEquals(Map.of("alice", "pa:ss,word", "bob", "x"), PasswordFile.read(f));
        assertEquals(List.of("alice", "bob"), List.copyOf(PasswordFile.read(f).keySet()));
    }

    @Test
    void malformedLinesAreReportedWithTheirLineNumber() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordFile.read(write("alice:x\nbob\n")));
        assertTrue(e.getMessage().endsWith(":2: expected user:password"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(write(":x\n")));
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(write("alice:\n")));
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(write("alice:x\nalice:y\n")));
    }

    @Test
    void fileWithoutUsersIsRejected() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(write("# nobody\n")));
    }

    @Test
    void missingFileIsReported() {
        assertThrows(UncheckedIOException.class, () -> PasswordFile.read(dir.resolve("absent")));
    }

    private Path write(String content) throws IOException {
        Path f = Files.createTempFile(dir, "pw", ".txt");
        Files.writeString(f, content);
        return f;
    }
}
