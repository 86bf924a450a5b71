package org.paperkg.pages;

/**
 * A piece of text on a page, linked when {@code href} is not null. The href is always a path on
 * this server or an http(s) URL ({@link Links}); the template escapes both.
 */
public record Link(String text, String href) {

    public boolean linked() {
        return href != null;
    }
}
