package org.paperkg.settings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/settings.md says every setting paperkg reads, with its default: a setting cannot be added unseen. */
class SettingsDocTest {

    @Test
    void theDocumentListsEverySettingWithItsDefault() throws IOException {
        String doc = Files.readString(Path.of("docs/settings.md"));
        for (Setting<?> s : PaperkgSettings.all()) {
            String row = doc.lines().filter(l -> l.startsWith("| `" + s.name() + "`")).findFirst().orElse("");
            assertTrue(!row.isEmpty(), s.name() + " has a row in docs/settings.md");
            String shown = s.fromEnvironment() ? "unset" : String.valueOf(s.defaultValue());
            assertTrue(row.contains("| `" + shown + "` |"), s.name() + "'s row gives its default " + shown + ": " + row);
        }
    }
}
