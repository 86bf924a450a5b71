package org.paperkg.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LongIntMapTest {

    /** Many keys, the 0 key among them, each added to several times while the table grows. */
    @Test
    void countsEqualThoseOfAHashMapThroughGrowth() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long key = i % 5 == 0 ? 0L : random.nextInt(50_000) * 0x9E3779B97F4A7C15L;
            int n = 1 + random.nextInt(3);
            map.add(key, n);
            expected.merge(key, n, Integer::sum);
        }
        assertEquals(expected.size(), map.size());
        Map<Long, Integer> seen = new HashMap<>();
        map.forEach((k, v) -> seen.put(k, v));
        assertEquals(expected, seen);
        for (Map.Entry<Long, Integer> e : expected.entrySet()) assertEquals(e.getValue(), map.get(e.getKey()));
        assertTrue(map.containsKey(0L));
        assertFalse(map.containsKey(12345L));
        assertEquals(0, map.get(12345L));
    }
}
