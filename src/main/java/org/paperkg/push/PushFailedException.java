package org.paperkg.push;

/** A push that cannot go on: a permanent error from the server, or a transient one that outlasted the retries. */
public final class PushFailedException extends RuntimeException {
    public PushFailedException(String message) {
        super(message);
    }
}
