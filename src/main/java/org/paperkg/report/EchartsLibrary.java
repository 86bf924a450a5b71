package org.paperkg.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * ECharts' browser build (dist/echarts.min.js) from the org.webjars.npm:echarts WebJar on the
 * class path, to be inlined in a page that must work without a network.
 */
final class EchartsLibrary {

    private static final String POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final String SCRIPT = "/META-INF/resources/webjars/echarts/%s/dist/echarts.min.js";

    private EchartsLibrary() {}

    /** The WebJar's version, from its Maven metadata. */
    static String version() throws IOException {
        try (InputStream in = EchartsLibrary.class.getResourceAsStream(POM)) {
            if (in == null) throw new IllegalStateException("the ECharts WebJar is not on the class path (" + POM + " missing)");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    /** The script text, checked to be safe inside an inline {@code <script>} element. */
    static String script() throws IOException {
        String path = String.format(SCRIPT, version());
        try (InputStream in = EchartsLibrary.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("the ECharts WebJar has no " + path);
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String lower = js.toLowerCase(Locale.ROOT);
            // either would end or derail an inline script element
            if (lower.contains("</script") || lower.contains("<!--"))
                throw new IllegalStateException(path + " contains '</script' or '<!--' and cannot be inlined");
            return js;
        }
    }
}
