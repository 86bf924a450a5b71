package org.paperkg.pages;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The pages' mustache templates, kept as resources under {@code org/paperkg/pages/} (a layout each
 * page extends, one template per page), compiled once. {@code {{x}}} HTML-escapes its value, and no
 * template uses the unescaped {@code {{{x}}}} form, so text from the data always stays text.
 */
final class Templates {

    /** The stylesheet, served by the page servlet at {@link #STYLESHEET_PATH}. */
    static final String STYLESHEET_RESOURCE = "/org/paperkg/pages/paperkg.css";
    public static final String STYLESHEET_PATH = "/_pages/paperkg.css";

    private static final List<String> PAGES = List.of("paper", "person", "concept", "triples", "landing", "vocab", "table", "message");
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/paperkg/pages");
    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();

    static {
        for (String page : PAGES) COMPILED.put(page, FACTORY.compile(page + ".mustache"));
    }

    private Templates() {}

    /** Renders page {@code name} with {@code model}; the layout's header (home, search box, query page) is added. */
    static String render(String name, Map<String, Object> model, PageSite site) {
        Mustache template = COMPILED.get(name);
        if (template == null) throw new IllegalArgumentException("no page template " + name);
        Map<String, Object> scope = new LinkedHashMap<>(model);
        // {{#hasX}}: a list's wrapper (a table, a <ul>) only when the list has rows
        for (Map.Entry<String, Object> e : model.entrySet())
            if (e.getValue() instanceof List<?> list)
                scope.put("has" + Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1), !list.isEmpty());
        scope.put("stylesheet", STYLESHEET_PATH);
        scope.put("queryPage", site.queryPage());
        StringWriter out = new StringWriter();
        try {
            template.execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
