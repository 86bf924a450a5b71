package org.paperkg.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/** A template's values by name; null values are left out (a section over a missing value renders nothing). */
final class Model {

    private Model() {}

    static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2)
            if (namesAndValues[i + 1] != null) m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return m;
    }
}
