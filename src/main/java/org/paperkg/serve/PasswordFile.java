package org.paperkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the users allowed to update: one {@code user:password} per line, {@code #} starts a comment
 * line, blank lines are ignored. The password is everything after the first colon, so it may itself
 * contain colons or commas.
 */
public final class PasswordFile {

    private PasswordFile() {}

    /** Returns user to password, in file order. Fails on a malformed or empty file. */
    public static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read password file " + file, e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            int colon = line.indexOf(':');
            String where = file + ":" + (i + 1);
            if (colon <= 0)
                throw new IllegalArgumentException(where + ": expected user:password");
            String user = line.substring(0, colon).strip();
            String password = line.substring(colon + 1).strip();
            if (user.isEmpty() || password.isEmpty())
                throw new IllegalArgumentException(where + ": user and password must not be empty");
            if (users.putIfAbsent(user, password) != null)
                throw new IllegalArgumentException(where + ": user '" + user + "' appears twice");
        }
        if (users.isEmpty())
            throw new IllegalArgumentException("Password file " + file + " has no users");
        return Collections.unmodifiableMap(users);
    }
}
