package org.paperkg.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Settings are typed: a value is parsed once into its type, a wrong one is refused with the setting's name, and an override ends with its block. */
class SettingsTest {

    private static final Setting<Integer> SIZE = Setting.positive("paperkg.test.size", 7, "a test's size");
    private static final Setting<String> MODE = Setting.oneOf("paperkg.test.mode", "a test's mode", "fast", "slow");

    @Test
    void aSettingNotGivenHasItsDefault() {
        Settings s = Settings.fromSystem();
        assertEquals(7, s.get(SIZE));
        assertEquals("fast", s.get(MODE));
        assertEquals(false, s.get(Setting.flag("paperkg.test.flag", "a test's flag")));
        assertNull(s.get(Setting.optionalLong("paperkg.test.seed", "a test's seed")));
    }

    @Test
    void aValueIsParsedIntoTheSettingsType() {
        assertEquals(3, SIZE.parse("3"));
        assertEquals("slow", MODE.parse("slow"));
        assertEquals(true, Setting.flag("paperkg.test.flag", "").parse("TRUE"));
        assertEquals(true, Setting.whenSet("PAPERKG_TEST", "").parse(""), "set, even to nothing");
        assertTrue(Setting.whenSet("PAPERKG_TEST", "").fromEnvironment());
    }

    @Test
    void aValueTheSettingDoesNotTakeIsRefusedByName() {
        for (String wrong : new String[] {"0", "-2", "many"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SIZE.parse(wrong));
            assertTrue(e.getMessage().startsWith("setting paperkg.test.size=" + wrong + ": "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> MODE.parse("medium"));
        assertThrows(IllegalArgumentException.class, () -> Setting.flag("paperkg.test.flag", "").parse("yes"));
    }

    @Test
    void anOverrideHoldsForItsBlockOnly() {
        int before = Settings.current().get(SIZE);
        try (Settings.Scope scope = Settings.override(SIZE, 42)) {
            assertEquals(42, Settings.current().get(SIZE));
            assertEquals("fast", Settings.current().get(MODE), "the others are as they were");
        }
        assertEquals(before, Settings.current().get(SIZE));
    }
}
