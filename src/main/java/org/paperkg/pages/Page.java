package org.paperkg.pages;

/** A page with the HTTP status it is answered with (200, or the 400/404/501/503 of a page that says what went wrong). */
public record Page(int status, String html) {}
