package org.paperkg.ontologytools.slice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.paperkg.ontology.DiseaseTypes;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Disease concept ids in BioC JSON (a PubTator3 export of one document, a collection with
 * {@code documents}, or an array of documents): annotations whose {@code infons.type} names a disease
 * give the ids of {@code infons.identifier} ({@code MESH:D…}). JSON has no line numbers: problems are
 * reported at line 0.
 */
public final class BioCJsonIds {

    private final MentionIds ids;

    public BioCJsonIds(MentionIds ids) {
        this.ids = ids;
    }

    public void read(Path file, Consumer<String> curies, ProblemSink problems) throws IOException {
        String name = file.toString();
        JsonValue root;
        try (InputStream in = BioCXmlIds.open(file)) {
            root = JSON.parseAny(in);
        } catch (JsonException e) {
            problems.report(new Problem(name, 0, Problem.Severity.SKIP, ProblemCode.BAD_JSON, "not JSON: " + e.getMessage()));
            return;
        }
        visitDocuments(root, doc -> {
            for (JsonValue p : array(doc, "passages"))
                if (p.isObject())
                    for (JsonValue a : array(p.getAsObject(), "annotations"))
                        if (a.isObject()) annotation(a.getAsObject(), name, curies, problems);
        });
    }

    private void annotation(JsonObject a, String file, Consumer<String> curies, ProblemSink problems) {
        JsonValue infons = a.get("infons");
        if (infons == null || !infons.isObject()) return;
        JsonObject in = infons.getAsObject();
        if (!DiseaseTypes.isDisease(string(in.get("type")))) return;
        String field = string(in.get("identifier"));
        if (field == null) field = string(in.get("MESH"));
        ids.read(field, file, 0, curies, problems);
    }

    private static void visitDocuments(JsonValue v, Consumer<JsonObject> doc) {
        if (v.isArray()) {
            for (JsonValue item : v.getAsArray()) visitDocuments(item, doc);
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            if (o.hasKey("passages")) doc.accept(o);
            else for (JsonValue d : array(o, "documents")) visitDocuments(d, doc);
        }
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isArray() ? v.getAsArray() : new JsonArray();
    }

    private static String string(JsonValue v) {
        if (v == null || v.isNull()) return null;
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString();
        return null;
    }
}
