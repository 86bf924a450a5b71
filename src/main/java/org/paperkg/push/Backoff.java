package org.paperkg.push;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retry delays: exponential from {@code initial}, doubled per attempt up to {@code cap}, with
 * jitter (so concurrent senders that failed together do not retry together); a server's
 * Retry-After is honoured, but never beyond the cap.
 */
public record Backoff(int maxRetries, Duration initial, Duration cap) {

    public Backoff {
        if (maxRetries < 0) throw new IllegalArgumentException("--retries must be 0 or more");
        if (initial.isNegative() || cap.isNegative()) throw new IllegalArgumentException("retry delays must not be negative");
    }

    /** The delay before retry number {@code retry} (1-based). */
    Duration delay(int retry, Duration retryAfter) {
        if (retryAfter != null) return min(retryAfter, cap);
        long base = initial.toMillis() << Math.min(retry - 1, 30);
        long capped = Math.min(Math.max(base, 0), cap.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
