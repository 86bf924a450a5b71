package org.paperkg.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts line feeds and notes the end of input and I/O errors, for XML input in an encoding other
 * than UTF-8 that the parser decodes itself (line counts are exact for ASCII-compatible encodings).
 */
final class CountingInputStream extends FilterInputStream implements InputStats {

    private long newlines;
    private boolean atEnd;
    private boolean sawContent;
    private IOException ioError;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = guarded(() -> super.read());
        if (b < 0) atEnd = true;
        else note(b);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = guarded(() -> super.read(buf, off, len));
        if (n < 0) atEnd = true;
        for (int i = off; i < off + Math.max(n, 0); i++) note(buf[i] & 0xff);
        return n;
    }

    private void note(int b) {
        if (b == '\n') newlines++;
        else if (!sawContent && b > ' ') sawContent = true;
    }

    private interface Read {
        int run() throws IOException;
    }

    private int guarded(Read r) throws IOException {
        try {
            return r.run();
        } catch (IOException e) {
            ioError = e;
            throw e;
        }
    }

    @Override
    public long newlines() {
        return newlines;
    }

    @Override
    public boolean atEnd() {
        return atEnd;
    }

    @Override
    public boolean sawContent() {
        return sawContent;
    }

    @Override
    public long badUtf8Line() {
        return -1;
    }

    @Override
    public IOException ioError() {
        return ioError;
    }
}
