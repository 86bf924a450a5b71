package org.paperkg.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperkg.query.QueryLibrary;

/**
 * A library query as its header comment describes it: the first line says what it answers, the
 * {@code Parameters:} part names each parameter as {@code ?name — what it is}, and the rest
 * (how it pages, an example) is kept as details.
 */
record LibraryEntry(String name, String summary, String details, List<Parameter> parameters, String text) {

    /** A parameter: its variable name and what its header says of it. */
    record Parameter(String name, String description) {}

    private static final Pattern PARAMETER = Pattern.compile("\\?([A-Za-z_][A-Za-z0-9_]*) — ");

    /** The library query of that name, empty when the library has none. */
    static Optional<LibraryEntry> load(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) return Optional.empty();
        String text;
        try {
            text = QueryLibrary.library(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text == null ? Optional.empty() : Optional.of(parse(name, text));
    }

    static LibraryEntry parse(String name, String text) {
        List<String> lines = QueryLibrary.header(text).lines().toList();
        String summary = lines.isEmpty() ? name : lines.get(0);
        StringBuilder params = new StringBuilder(), details = new StringBuilder();
        boolean inParameters = false;
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.startsWith("Parameters:")) inParameters = true;
            else if (line.startsWith("Example:")) inParameters = false;
            (inParameters ? params : details).append(line).append(' ');
        }
        List<Parameter> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(params);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : params.length();
            if (parameters.stream().map(Parameter::name).noneMatch(names.get(i)::equals))
                parameters.add(new Parameter(names.get(i), params.substring(spans.get(i)[1], end).strip()));
        }
        String rest = params.length() > 0 && names.isEmpty() ? params.toString().replaceFirst("^Parameters:\\s*(none\\.\\s*)?", "") : "";
        return new LibraryEntry(name, summary, (rest + " " + details).strip(), List.copyOf(parameters), text);
    }

    /** The parameter names, for the sentence that lists them. */
    List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }
}
