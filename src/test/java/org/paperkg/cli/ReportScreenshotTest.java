package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paperkg report} opened in headless Chromium: the three charts render (each chart element
 * is marked by the page once ECharts has finished drawing it) and the screenshot shows them (enough
 * coloured pixels inside each chart's box: bars and nodes; axes and text are grey). The page is
 * the one with hostile labels of {@link ReportCommandTest}: had one broken out of its script
 * element, nothing would render, and its script would have renamed the page.
 */
class ReportScreenshotTest {

    private static final int WIDTH = 1000, HEIGHT = 2200;
    private static final String[] CHARTS = {"chart-years", "chart-diseases", "chart-network"};

    @TempDir
    Path dir;

    @Test
    void theChartsRenderInHeadlessChromium() throws Exception {
        Optional<HeadlessChromium> found = HeadlessChromium.find(dir.resolve("profile"));
        assumeTrue(found.isPresent(), "skipped: chromium was not found on the PATH; " + HeadlessChromium.INSTALL_HINT);
        HeadlessChromium chromium = found.get();

        Path page = dir.resolve("report.html");
        Captured run = ReportCommandTest.report(page);
        assertEquals(0, run.exitCode(), run.err());

        String dom = chromium.dumpDom(page, WIDTH, HEIGHT);
        Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(dom);
        assertTrue(title.find(), "a title");
        assertEquals("paperkg report (rendered)", title.group(1), "the page's script finished and no label's script ran");
        assertTrue(Pattern.compile("<body[^>]* data-rendered=\"true\"").matcher(dom).find(), "body marked rendered");

        Path png = dir.resolve("report.png");
        chromium.screenshot(page, png, WIDTH, HEIGHT);
        // kept for people to look at (build output, not committed)
        Files.copy(png, Path.of("target", "report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        for (String chart : CHARTS) {
            int[] r = rect(dom, chart);
            assertTrue(r[2] > 0 && r[3] > 0 && r[1] + r[3] <= image.getHeight(), chart + " lies in the screenshot: " + String.join(",", "" + r[1], "" + r[3]));
            long coloured = colouredPixels(image, r);
            // a bar chart of a few bars or a graph of seven nodes: thousands of coloured pixels; a blank box: none
            assertTrue(coloured >= 2000, chart + ": " + coloured + " coloured pixels in " + r[2] + "x" + r[3]);
        }
    }

    /** The x, y, width, height the page recorded on a chart element once it was drawn. */
    private static int[] rect(String dom, String id) {
        Matcher tag = Pattern.compile("<div id=\"" + id + "\"[^>]*>").matcher(dom);
        assertTrue(tag.find(), "chart element " + id);
        assertTrue(tag.group().contains("data-rendered=\"true\""), id + " was not drawn: " + tag.group());
        Matcher rect = Pattern.compile("data-rect=\"(\\d+),(\\d+),(\\d+),(\\d+)\"").matcher(tag.group());
        assertTrue(rect.find(), id + " has its box: " + tag.group());
        return new int[] {Integer.parseInt(rect.group(1)), Integer.parseInt(rect.group(2)), Integer.parseInt(rect.group(3)),
                Integer.parseInt(rect.group(4))};
    }

    /** Pixels whose colour channels differ by more than 60: the chart colours, not white, grey or black. */
    private static long colouredPixels(BufferedImage image, int[] r) {
        long n = 0;
        for (int y = r[1]; y < Math.min(r[1] + r[3], image.getHeight()); y++)
            for (int x = r[0]; x < Math.min(r[0] + r[2], image.getWidth()); x++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff, green = (rgb >> 8) & 0xff, blue = rgb & 0xff;
                if (Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 60) n++;
            }
        return n;
    }
}
