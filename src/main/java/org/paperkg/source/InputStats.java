package org.paperkg.source;

import java.io.IOException;

/**
 * What a reader of XML input saw of its bytes, for telling the causes of a parse error apart
 * (a file cut short, bad UTF-8, an I/O error of the gzip stream) without reading parser messages.
 */
interface InputStats {

    /** Line feeds delivered to the parser so far. */
    long newlines();

    /** True once the input has been read to its end. */
    boolean atEnd();

    /** True once any character other than white space was delivered. */
    boolean sawContent();

    /** The 1-based line of the first invalid UTF-8 byte, or -1. */
    long badUtf8Line();

    /** The I/O error the underlying stream raised (e.g. a truncated gzip stream), or null. */
    IOException ioError();
}
