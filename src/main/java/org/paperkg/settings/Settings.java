package org.paperkg.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of the {@link Setting}s a process runs with. They are read once, from the system
 * properties and the environment as the process started ({@link #fromSystem}; the only place
 * paperkg reads either for a setting), and then only asked: {@code Settings.current().get(s)}.
 * A test that needs another value puts it in place for a block with {@link #override}, typed,
 * and the previous values come back when the block ends.
 */
public final class Settings {

    private static volatile Settings current;

    private final Map<String, String> raw;
    private final Map<Setting<?>, Optional<Object>> values = new ConcurrentHashMap<>();

    private Settings(Map<String, String> raw, Map<Setting<?>, Optional<Object>> given) {
        this.raw = raw;
        values.putAll(given);
    }

    /** The settings of this process, read from the system properties and environment at first use. */
    public static Settings current() {
        Settings s = current;
        if (s == null) {
            synchronized (Settings.class) {
                if (current == null) current = fromSystem();
                s = current;
            }
        }
        return s;
    }

    /** The system properties and environment variables as they are now. */
    public static Settings fromSystem() {
        Map<String, String> raw = new HashMap<>(System.getenv());
        System.getProperties().forEach((k, v) -> raw.put(k.toString(), v.toString()));
        return new Settings(Map.copyOf(raw), Map.of());
    }

    /** The value of {@code setting}: given, else its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) values.computeIfAbsent(setting, s -> Optional.ofNullable(raw.get(s.name())).map(s::parse)).orElse(setting.defaultValue());
    }

    /** These settings with {@code setting} at {@code value}. */
    public <T> Settings with(Setting<T> setting, T value) {
        Map<Setting<?>, Optional<Object>> given = new HashMap<>(values);
        given.put(setting, Optional.ofNullable(value));
        return new Settings(raw, given);
    }

    /**
     * Makes {@code setting} {@code value} for this process until the returned scope is closed; then
     * the settings are as before. For tests (one at a time: the settings are the process's).
     */
    public static <T> Scope override(Setting<T> setting, T value) {
        Settings before = current();
        current = before.with(setting, value);
        return () -> current = before;
    }

    /** The block during which an {@link #override} holds. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
