package org.paperkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.paperkg.util.FileTrees;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * The files of one {@code POST /kg/ingest}, spooled to a temporary folder of their own so the
 * ingest reads them like files given on a command line (format and gzip told from the content):
 * the request body as one file, or each file part of a {@code multipart/form-data} body. At most
 * {@code maxBytes} in all are taken; {@link #close} deletes the folder.
 */
final class UploadSpool implements AutoCloseable {

    /** The upload is larger than the server takes (answered 413). */
    static final class TooLarge extends Exception {
        TooLarge(long maxBytes) {
            super("The upload is larger than this server takes (" + megabytes(maxBytes) + " MB, its --max-upload-mb): "
                    + "send fewer files per request (paperkg push --batch-mb) or start the server with a larger --max-upload-mb.");
        }
    }

    /** The request holds no file to ingest (answered 400). */
    static final class NoFiles extends Exception {
        NoFiles(String why) {
            super(why);
        }
    }

    private final Path dir;
    private final List<Path> files = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, String> nameOfSpooled = new HashMap<>();

    private UploadSpool(Path dir) {
        this.dir = dir;
    }

    static UploadSpool of(HttpServletRequest request, long maxBytes) throws IOException, TooLarge, NoFiles {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) throw new TooLarge(maxBytes);
        UploadSpool spool = new UploadSpool(Files.createTempDirectory("paperkg-ingest"));
        try {
            spool.read(request, maxBytes);
            if (spool.files.isEmpty()) throw new NoFiles("The request holds no file: send one input file as the body, or multipart/form-data with file parts.");
            return spool;
        } catch (IOException | TooLarge | NoFiles | RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    private void read(HttpServletRequest request, long maxBytes) throws IOException, TooLarge {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            copy(request.getInputStream(), request.getParameter("name"), maxBytes, maxBytes);
            return;
        }
        // Jetty parses multipart bodies only for servlets configured for it; this one is set per request
        request.setAttribute(ServletContextRequest.MULTIPART_CONFIG_ELEMENT,
                new MultipartConfigElement(dir.toString(), maxBytes, maxBytes, 1 << 20));
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null) continue; // a form field, not a file
                try (InputStream in = part.getInputStream()) {
                    copy(in, part.getSubmittedFileName(), maxBytes - spooledBytes(), maxBytes);
                }
                part.delete();
            }
        } catch (IllegalStateException e) {
            // what Jetty throws once a part or the request passes the limits set above
            throw new TooLarge(maxBytes);
        } catch (ServletException e) {
            throw new IOException("the multipart body could not be read: " + e.getMessage(), e);
        }
    }

    /** Copies one file, refusing it once it passes {@code remaining} bytes ({@code limit} is the whole upload's). */
    private void copy(InputStream in, String given, long remaining, long limit) throws IOException, TooLarge {
        String name = displayName(given, files.size());
        // a folder per file keeps the file's own name: the run's provenance (and a sync's ledger) record it
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.matches("\\.*")) safe = "upload-" + (files.size() + 1); // "." or "..": no file name
        Path file = Files.createDirectories(dir.resolve(Integer.toString(files.size()))).resolve(safe);
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int r; (r = in.read(buffer)) != -1; ) {
                n += r;
                if (n > remaining) throw new TooLarge(limit);
                out.write(buffer, 0, r);
            }
        }
        files.add(file);
        names.add(name);
        nameOfSpooled.put(file.toString(), name);
    }

    private long spooledBytes() throws IOException {
        long n = 0;
        for (Path f : files) n += Files.size(f);
        return n;
    }

    /** The file name the client gave, without any folder; "upload-N" when it gave none. */
    private static String displayName(String given, int index) {
        if (given == null || given.isBlank()) return "upload-" + (index + 1);
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload-" + (index + 1) : name;
    }

    List<Path> files() {
        return List.copyOf(files);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /** A spooled file's path as the client named the file; anything else unchanged. */
    String clientName(String path) {
        return nameOfSpooled.getOrDefault(path, path);
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes >> 20);
    }

    @Override
    public void close() throws IOException {
        FileTrees.deleteTree(dir);
    }
}
