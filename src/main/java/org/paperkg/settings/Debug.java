package org.paperkg.settings;

/**
 * Whether paperkg prints what it does for profiling and bug reports ({@link PaperkgSettings#DEBUG},
 * the environment variable PAPERKG_DEBUG): each step's wall time, the loaders' figures and a
 * failure's stack trace, on stderr.
 */
public final class Debug {

    private Debug() {}

    public static boolean enabled() {
        return Settings.current().get(PaperkgSettings.DEBUG);
    }
}
