package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServeOptionsTest {

    @Test
    void defaultsAreLocalReadOnly() {
        ServeOptions o = ServeOptions.defaults();
        assertEquals("127.0.0.1", o.host());
        assertEquals(3030, o.port());
        assertEquals(Duration.ofSeconds(30), o.timeout());
        assertFalse(o.allowUpdate());
        assertNull(o.passwordFile());
        assertEquals("kg", o.datasetName());
    }

    @Test
    void updatesWithoutPasswordFileAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServeOptions.builder().allowUpdate(true).build());
        assertTrue(e.getMessage().contains("passwordFile"), e.getMessage());
    }

    @Test
    void passwordFileWithoutUpdatesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServeOptions.builder().passwordFile(Path.of("pw")).build());
        assertTrue(e.getMessage().contains("allowUpdate"), e.getMessage());
    }

    @Test
    void badValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().port(-1).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().port(65536).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().timeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().host(" ").build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().datasetName("a/b").build());
        assertThrows(IllegalArgumentException.class, () -> ServeOptions.builder().datasetName("$").build());
        assertThrows(NullPointerException.class, () -> ServeOptions.builder().timeout(null).build());
    }

    @Test
    void otherHostsAndNamesAreAllowedWhenGiven() {
        ServeOptions o = ServeOptions.builder().host("0.0.0.0").port(0).datasetName("papers")
                .allowUpdate(true).passwordFile(Path.of("pw")).build();
        assertEquals("0.0.0.0", o.host());
        assertEquals(o, o.toBuilder().build());
    }
}
