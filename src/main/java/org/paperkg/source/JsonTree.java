package org.paperkg.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;

/**
 * Reads one JSON value from a streaming {@link JsonReader} into a gson tree, remembering the line each
 * object starts on, so that problems can point into the file. Used one document at a time: memory
 * holds a document, never a whole collection.
 */
final class JsonTree {

    private static final Pattern LINE = Pattern.compile(" at line (\\d+) ");

    private final Map<JsonElement, Long> lines = new IdentityHashMap<>();
    private final InputLimits limits;
    private long chars;
    private long values;
    /** Why the value read is over the limits, or null; once over, the rest is skipped, not kept. */
    private String tooLarge;
    private long controlCharLine;
    private String controlChar;

    JsonTree() {
        this(InputLimits.DEFAULTS);
    }

    JsonTree(InputLimits limits) {
        this.limits = limits;
    }

    /** Why the value read is over the limits (it was read only in part), or null. */
    String tooLarge() {
        return tooLarge;
    }

    JsonElement read(JsonReader in) throws IOException {
        if (tooLarge == null && ++values > limits.maxRecordElements())
            tooLarge = "more than " + limits.maxRecordElements() + " JSON values";
        if (tooLarge != null) {
            in.skipValue();
            return JsonNull.INSTANCE;
        }
        switch (in.peek()) {
            case BEGIN_OBJECT: {
                JsonObject object = new JsonObject();
                lines.put(object, line(in));
                in.beginObject();
                while (in.hasNext()) {
                    String name = in.nextName();
                    chars += name.length();
                    object.add(name, read(in));
                }
                in.endObject();
                return object;
            }
            case BEGIN_ARRAY: {
                JsonArray array = new JsonArray();
                in.beginArray();
                while (in.hasNext()) array.add(read(in));
                in.endArray();
                return array;
            }
            case STRING: {
                String value = in.nextString();
                chars += value.length();
                if (chars > limits.maxRecordChars()) {
                    tooLarge = "more than " + limits.maxRecordChars() + " characters of text";
                    return JsonNull.INSTANCE;
                }
                if (!TextChars.isClean(value)) {
                    if (controlCharLine == 0) {
                        controlCharLine = line(in);
                        controlChar = TextChars.describeFirst(value);
                    }
                    value = TextChars.clean(value);
                }
                return new JsonPrimitive(value);
            }
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(in.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(in.nextBoolean());
            case NULL:
                in.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IllegalStateException("no JSON value at " + in.getPath());
        }
    }

    /**
     * The line of the first string that held a character a literal cannot (a control character or a
     * lone surrogate, written as a JSON escape), replaced by U+FFFD; 0 when there was none.
     */
    long controlCharLine() {
        return controlCharLine;
    }

    /** The first such character, e.g. "U+0002". */
    String controlChar() {
        return controlChar;
    }

    /** The line an object read by this tree starts on, else {@code fallback}. */
    long lineOf(JsonElement element, long fallback) {
        return lines.getOrDefault(element, fallback);
    }

    /** The reader's current line (gson tells it only in its description: "JsonReader at line 3 column 5 path $"). */
    static long line(JsonReader in) {
        Matcher m = LINE.matcher(in.toString());
        return m.find() ? Long.parseLong(m.group(1)) : 1;
    }
}
