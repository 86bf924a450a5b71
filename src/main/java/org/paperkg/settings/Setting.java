package org.paperkg.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One named switch of paperkg, with its type, its default and what it does (RDF4J's
 * {@code RioSetting} is the model). A setting named in lower case is read from a system property
 * ({@code java -Dpaperkg.x=… -jar paperkg.jar …}), one in capitals from an environment variable;
 * {@link Settings} holds the values a process runs with, and {@link PaperkgSettings} lists them all.
 */
public final class Setting<T> {

    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final String values;
    private final String description;
    private final Function<String, T> parser;

    private Setting(String name, Class<T> type, T defaultValue, String values, String description, Function<String, T> parser) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.values = values;
        this.description = description;
        this.parser = parser;
    }

    /** {@code true} or {@code false} (any case); off by default. */
    public static Setting<Boolean> flag(String name, String description) {
        return new Setting<>(name, Boolean.class, false, "true | false", description, raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        });
    }

    /** On when the variable is set, whatever its value (as {@code PAPERKG_DEBUG=1} or {@code =yes}). */
    public static Setting<Boolean> whenSet(String name, String description) {
        return new Setting<>(name, Boolean.class, false, "set (any value) | unset", description, raw -> true);
    }

    /** A whole number of at least 1. */
    public static Setting<Integer> positive(String name, int defaultValue, String description) {
        return new Setting<>(name, Integer.class, defaultValue, "an integer ≥ 1", description, raw -> {
            int n = Integer.parseInt(raw.strip());
            if (n < 1) throw new IllegalArgumentException("less than 1");
            return n;
        });
    }

    /** One of {@code choices}, the first being the default. */
    public static Setting<String> oneOf(String name, String description, String... choices) {
        List<String> allowed = List.of(choices);
        return new Setting<>(name, String.class, choices[0], String.join(" | ", allowed), description, raw -> {
            if (!allowed.contains(raw)) throw new IllegalArgumentException("not one of " + allowed);
            return raw;
        });
    }

    /** Any whole number (a test's seed); {@code null}, the default, when not given. */
    public static Setting<Long> optionalLong(String name, String description) {
        return new Setting<>(name, Long.class, null, "an integer", description, raw -> Long.parseLong(raw.strip()));
    }

    public String name() {
        return name;
    }

    /** True for a setting read from an environment variable rather than a system property. */
    public boolean fromEnvironment() {
        return name.equals(name.toUpperCase(Locale.ROOT));
    }

    public Class<T> type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The values it takes, as documentation says them. */
    public String values() {
        return values;
    }

    public String description() {
        return description;
    }

    /** The value {@code raw} stands for; a value the setting does not take is an error that names it. */
    T parse(String raw) {
        try {
            return Objects.requireNonNull(parser.apply(raw));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("setting " + name + "=" + raw + ": " + e.getMessage() + " (takes " + values + ")", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
