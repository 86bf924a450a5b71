package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files a {@code paperkg sync} of some folders is about, in the order they are applied: the data
 * files directly in each folder (not its subfolders), sorted by file name, which is the order PubMed
 * numbers its baseline and update files in ({@code pubmed26n0001.xml.gz} … {@code pubmed26n1400.xml.gz}).
 * Left out: hidden files, checksum files ({@code .md5}, {@code .sha256}) and a folder's README or
 * SOURCES. Each file's SHA-256 is computed, and its MD5 checked against the {@code NAME.md5} beside
 * it when there is one (NLM publishes one per file: a download cut short is caught before it is
 * applied).
 */
final class SyncFiles {

    /** A file to sync: its name (the ledger's key), path and the SHA-256 of its bytes. */
    record SyncFile(String name, Path path, String sha256) {}

    /** "MD5(pubmed26n0001.xml.gz)= 0a1b…" (NLM's form) or "0a1b…  pubmed26n0001.xml.gz" (md5sum's). */
    private static final Pattern MD5_LINE = Pattern.compile("(?i)(?:MD5\\s*\\([^)]*\\)\\s*=\\s*)?([0-9a-f]{32})\\b.*");

    private SyncFiles() {}

    /** The files of {@code paths} (folders, or files given one by one) by name; a name found twice is refused. */
    static List<SyncFile> list(List<Path> paths) throws IOException {
        Map<String, Path> byName = new java.util.TreeMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IllegalArgumentException(p + " does not exist: give folders of PubMed files (or the files)");
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> isData(f.getFileName().toString())).forEach(files::add);
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                Path before = byName.put(f.getFileName().toString(), f);
                if (before != null && !before.equals(f))
                    throw new IllegalArgumentException("two files are named " + f.getFileName() + " (" + before + " and " + f
                            + "): sync knows a file by its name, so give only one of them");
            }
        }
        List<SyncFile> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : byName.entrySet()) out.add(of(e.getKey(), e.getValue()));
        return out;
    }

    static boolean isData(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && !n.endsWith(".md5") && !n.endsWith(".sha256") && !n.startsWith("readme")
                && !n.startsWith("sources");
    }

    /** The file {@code file}, known as {@code name}, with its SHA-256 (and its MD5 checked against {@code name.md5} beside it). */
    static SyncFile of(String name, Path file) throws IOException {
        MessageDigest sha = digester("SHA-256"), md5 = digester("MD5");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                md5.update(buf, 0, n);
            }
        }
        Path md5File = file.resolveSibling(name + ".md5");
        if (Files.isRegularFile(md5File)) {
            String expected = expectedMd5(md5File);
            String actual = HexFormat.of().formatHex(md5.digest());
            if (expected == null)
                throw new IllegalArgumentException(md5File + " holds no MD5 checksum: fix or remove it before syncing " + name);
            if (!expected.equalsIgnoreCase(actual))
                throw new IllegalArgumentException(name + " does not match the checksum in " + md5File.getFileName() + " (MD5 "
                        + actual + ", expected " + expected + "): the file is damaged or cut short; download it again");
        }
        return new SyncFile(name, file, HexFormat.of().formatHex(sha.digest()));
    }

    private static String expectedMd5(Path md5File) throws IOException {
        for (String line : Files.readAllLines(md5File, StandardCharsets.UTF_8)) {
            Matcher m = MD5_LINE.matcher(line.strip());
            if (m.matches()) return m.group(1);
        }
        return null;
    }

    private static MessageDigest digester(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }
}
