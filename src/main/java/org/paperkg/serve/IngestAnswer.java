package org.paperkg.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import org.paperkg.reading.RunSummary;
import org.paperkg.problem.Problem;

import com.google.gson.stream.JsonWriter;

/**
 * The JSON bodies of {@code /kg/ingest}: a run's summary (records read, mapped, skipped by reason,
 * papers merged, triples and graphs, problems listed with their codes up to a cap and counted in
 * full), an error, and the service's own description, which {@code paperkg push} looks for.
 */
final class IngestAnswer {

    /** The value of "service" in every answer: how a client tells a paperkg server. */
    static final String SERVICE = "paperkg-ingest";

    private IngestAnswer() {}

    static String summary(RunSummary s, IngestProblems problems) {
        return write(json -> {
            json.name("files").value(s.files());
            json.name("recordsRead").value(s.read());
            json.name("mapped").value(s.mapped());
            json.name("skipped").value(s.skipped());
            counts(json, "skippedByReason", s.skippedByReason());
            json.name("papersMerged").value(s.mergedPapers());
            json.name("added").value(s.added());
            json.name("revised").value(s.revised());
            json.name("deleted").value(s.deleted());
            json.name("deletionsNotFound").value(s.deletionsNotFound());
            json.name("triples").value(s.triples());
            json.name("graphs").value(s.graphs());
            counts(json, "warningsByCode", s.warningsByCode());
            problems(json, problems);
        });
    }

    /** A sync of a file applied before with the same bytes: nothing was written. */
    static String alreadyApplied(String name) {
        return write(json -> {
            json.name("alreadyApplied").value(true);
            json.name("message").value(name + " was applied before with the same content: nothing was written");
        });
    }

    static String error(String message, IngestProblems problems) {
        return write(json -> {
            json.name("error").value(message);
            if (problems != null) problems(json, problems);
        });
    }

    static String service(boolean updates, long maxUploadBytes) {
        return write(json -> {
            json.name("updates").value(updates);
            json.name("maxUploadBytes").value(maxUploadBytes);
            json.name("accepts").value("one file of cards, PubTator, BioC XML/JSON, PubMed XML or JATS XML (gzipped or not) as the body, or multipart/form-data with several; ?strict=true stops at the first problem");
        });
    }

    private static void problems(JsonWriter json, IngestProblems problems) throws IOException {
        json.name("problemCount").value(problems.total());
        json.name("problems").beginArray();
        for (Problem p : problems.listed()) {
            json.beginObject();
            json.name("file").value(p.file());
            json.name("line").value(p.line());
            json.name("severity").value(p.severity().name());
            json.name("code").value(p.code());
            json.name("message").value(p.message());
            json.endObject();
        }
        json.endArray();
    }

    private static void counts(JsonWriter json, String name, Map<String, Long> counts) throws IOException {
        json.name(name).beginObject();
        for (Map.Entry<String, Long> e : counts.entrySet()) json.name(e.getKey()).value(e.getValue());
        json.endObject();
    }

    private interface Fields {
        void write(JsonWriter json) throws IOException;
    }

    private static String write(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            json.name("service").value(SERVICE);
            fields.write(json);
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }
}
