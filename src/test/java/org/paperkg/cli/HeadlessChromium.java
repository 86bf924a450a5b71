package org.paperkg.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium binary run headless on a local file: the DOM after scripts ran, or a
 * screenshot. Virtual time lets the page's scripts finish before either is taken.
 */
public final class HeadlessChromium {

    public static final String INSTALL_HINT = "install Debian's chromium package (apt-get install --no-install-recommends chromium;"
            + " .ci/run does this) or set PAPERKG_CHROMIUM to a Chromium binary";

    private final Path binary;
    private final Path profile;

    private HeadlessChromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /** PAPERKG_CHROMIUM, else chromium or chromium-browser on the PATH. */
    public static Optional<HeadlessChromium> find(Path profile) {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("PAPERKG_CHROMIUM");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
            for (String name : List.of("chromium", "chromium-browser"))
                if (!dir.isEmpty()) candidates.add(Path.of(dir, name));
        return candidates.stream().filter(Files::isExecutable).findFirst().map(b -> new HeadlessChromium(b, profile));
    }

    /** The serialised DOM once the page's scripts have run. */
    String dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
        return dumpDom(page.toUri().toString(), width, height);
    }

    /** The serialised DOM of a page at a URL (a served page, e.g. http://127.0.0.1:PORT/). */
    public String dumpDom(String url, int width, int height) throws IOException, InterruptedException {
        return new String(run(url, width, height, "--dump-dom"), StandardCharsets.UTF_8);
    }

    /** A PNG of the first {@code width × height} pixels of the page. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page.toUri().toString(), width, height, "--screenshot=" + png.toAbsolutePath());
        if (!Files.isRegularFile(png)) throw new IOException("chromium wrote no screenshot " + png);
    }

    private byte[] run(String url, int width, int height, String action) throws IOException, InterruptedException {
        List<String> cmd = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--virtual-time-budget=10000", action, url);
        Path stdout = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path stderr = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s: " + cmd);
        }
        if (p.exitValue() != 0)
            throw new IOException("chromium exited with " + p.exitValue() + ": " + cmd + "\n" + Files.readString(stderr));
        return Files.readAllBytes(stdout);
    }
}
