package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Lenient getters for gson objects: absent, null and wrongly typed fields all read as absent. */
final class JsonFields {

    private JsonFields() {}

    /** A string or number field as text, else null. */
    static String text(JsonObject o, String key) {
        if (o == null) return null;
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    static JsonObject object(JsonObject o, String key) {
        if (o == null) return null;
        JsonElement e = o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** The objects of an array field (other elements left out); empty when there is no such array. */
    static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        JsonElement e = o == null ? null : o.get(key);
        if (e != null && e.isJsonArray())
            for (JsonElement item : (JsonArray) e)
                if (item.isJsonObject()) out.add(item.getAsJsonObject());
        return out;
    }

    /** An integer field, else null (absent, not a number, fractional or beyond a long). */
    static Long integer(JsonObject o, String key) {
        String t = text(o, key);
        if (t == null) return null;
        try {
            return Long.parseLong(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
